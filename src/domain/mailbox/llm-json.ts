import type { OpenAI } from 'openai';
import type { Logger } from '../../infra/logger.js';

/** The configured OpenAI-compatible API, as the mailbox's LLM uses it. */
export interface MailLlmDeps {
  /** a promise while the SDK loads (createOpenAiClient) */
  client: OpenAI | Promise<OpenAI>;
  model: string;
  timeoutMs: number;
  logger: Logger;
}

type ResponseFormat = OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming['response_format'];

/**
 * One answer under a strict JSON schema: the system prompt, the request as JSON, no retry (each
 * caller has its own fallback, so a slow or failing model must not hold the mailbox up longer).
 */
export async function askForJson(
  deps: MailLlmDeps,
  systemPrompt: string,
  request: unknown,
  responseFormat: ResponseFormat,
): Promise<string | null | undefined> {
  const completion = await (
    await deps.client
  ).chat.completions.create(
    {
      model: deps.model,
      messages: [
        { role: 'system', content: systemPrompt },
        { role: 'user', content: JSON.stringify(request) },
      ],
      response_format: responseFormat,
    },
    { timeout: deps.timeoutMs, maxRetries: 0 },
  );
  return completion.choices[0]?.message.content;
}
