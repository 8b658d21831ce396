import { formatLocal } from '../../kernel/time.js';
import type { OpenAI } from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { z } from 'zod';
import { UnderstandingError } from '../../kernel/errors.js';
import type { Understanding, UnderstandingContext } from '../contract.js';
import { llmOutputSchema, type LlmOutput } from './schema.js';
import { toUnderstanding } from './output.js';
import { SYSTEM_PROMPT } from './prompt.js';

type ResponseFormat = OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming['response_format'];

export const llmFailureReasons = ['timeout', 'http_error', 'rate_limited', 'refusal', 'invalid_output'] as const;
export type LlmFailureReason = (typeof llmFailureReasons)[number];

export interface LlmUnderstander {
  /** Throws UnderstandingError with `context.reason` (an LlmFailureReason) when it cannot answer. */
  understand(text: string, ctx: UnderstandingContext): Promise<Understanding>;
}

export interface LlmUnderstanderOptions {
  /** a promise while the SDK loads (createOpenAiClient) */
  client: OpenAI | Promise<OpenAI>;
  model: string;
  /** how long to wait for the API's answer (default 8000) before the rules answer instead */
  timeoutMs?: number;
}

let responseFormat: Promise<ResponseFormat> | undefined;
/** Made at the first request: the SDK's helpers are loaded only when an LLM is configured. */
const responseFormatOnce = (): Promise<ResponseFormat> =>
  (responseFormat ??= import('openai/helpers/zod').then(({ zodResponseFormat }) =>
    zodResponseFormat(llmOutputSchema, 'understanding'),
  ));

/** The part of a chat completion this module reads; OpenAI-compatible servers vary. */
const completionSchema = z.object({
  choices: z.array(
    z.object({
      finish_reason: z.string().nullish(),
      message: z.object({ content: z.string().nullish(), refusal: z.string().nullish() }),
    }),
  ),
});

export function createLlmUnderstander(options: LlmUnderstanderOptions): LlmUnderstander {
  const timeoutMs = options.timeoutMs ?? 8000;
  return {
    async understand(text, ctx) {
      const completion = await requestCompletion(options.client, {
        model: options.model,
        messages: buildMessages(text, ctx),
        timeoutMs,
      });
      const output = readOutput(completion);
      const understanding = toUnderstanding(output, text, ctx);
      if (understanding === undefined)
        throw failure('invalid_output', 'LLM answer does not resolve to the contract', { intent: output.intent });
      return understanding;
    },
  };
}

const failureContextSchema = z.object({ reason: z.enum(llmFailureReasons), status: z.number().optional() });

/** Why an LLM understanding failed (and the HTTP status, if any), from an error thrown by `understand`. */
export function describeLlmFailure(err: unknown): { reason: LlmFailureReason; status?: number } | undefined {
  if (!(err instanceof UnderstandingError)) return undefined;
  const context = failureContextSchema.safeParse(err.context);
  return context.success ? context.data : undefined;
}

function failure(
  reason: LlmFailureReason,
  message: string,
  context: Record<string, unknown> = {},
  cause?: unknown,
): UnderstandingError {
  return new UnderstandingError(message, { reason, ...context }, cause === undefined ? undefined : { cause });
}

/** Only the message, its language and the client's local clock leave the process. */
function buildMessages(text: string, ctx: UnderstandingContext): ChatCompletionMessageParam[] {
  const localNow = formatLocal(ctx.now, ctx.tz, 'EEEE yyyy-MM-dd HH:mm');
  const lang = ctx.lang === undefined ? '' : `Client's language: ${ctx.lang}. `;
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'system', content: `${lang}Client's local date and time: ${localNow} (${ctx.tz}).` },
    { role: 'user', content: text },
  ];
}

async function requestCompletion(
  client: OpenAI | Promise<OpenAI>,
  request: { model: string; messages: ChatCompletionMessageParam[]; timeoutMs: number },
): Promise<unknown> {
  try {
    // No SDK retries: answering from the rules is the retry, and the client is waiting.
    return await (
      await client
    ).chat.completions.create(
      { model: request.model, messages: request.messages, response_format: await responseFormatOnce() },
      { timeout: request.timeoutMs, maxRetries: 0 },
    );
  } catch (err) {
    const { APIConnectionTimeoutError, APIError, RateLimitError } = await import('openai');
    if (err instanceof APIConnectionTimeoutError)
      throw failure('timeout', 'LLM request timed out', { timeoutMs: request.timeoutMs }, err);
    if (err instanceof RateLimitError) throw failure('rate_limited', 'LLM rate limited', { status: err.status }, err);
    if (err instanceof APIError) throw failure('http_error', 'LLM request failed', { status: err.status }, err);
    throw err;
  }
}

function readOutput(completion: unknown): LlmOutput {
  const parsed = completionSchema.safeParse(completion);
  if (!parsed.success) throw failure('invalid_output', 'LLM answer is not a chat completion');
  const [choice] = parsed.data.choices;
  if (choice === undefined) throw failure('invalid_output', 'LLM answer has no choice');
  if (choice.message.refusal || choice.finish_reason === 'content_filter')
    throw failure('refusal', 'LLM refused to answer');
  // Compatible servers differ on finish_reason; only a truncated answer is known to be unusable.
  if (choice.finish_reason === 'length' || !choice.message.content) {
    throw failure('invalid_output', 'LLM answer is incomplete', { finishReason: choice.finish_reason });
  }
  let json: unknown;
  try {
    json = JSON.parse(choice.message.content);
  } catch (err) {
    throw failure('invalid_output', 'LLM answer is not JSON', {}, err);
  }
  const output = llmOutputSchema.safeParse(json);
  if (!output.success)
    throw failure('invalid_output', 'LLM answer violates the output schema', { issues: output.error.issues.length });
  return output.data;
}
