import type { OpenAI } from 'openai';
import type { Logger } from '../infra/logger.js';
import type { Understanding, UnderstandingContext } from './contract.js';
import {
  createLlmUnderstander,
  describeLlmFailure,
  type LlmFailureReason,
  type LlmUnderstander,
} from './llm/understander.js';
import { understandRules } from './rules.js';

export type FallbackReason = LlmFailureReason | 'disabled';

export interface UnderstandResult {
  understanding: Understanding;
  source: 'rules' | 'llm';
  /** why the rules answered although an LLM is configured */
  fallbackReason?: FallbackReason;
}

export type UnderstandOptions = UnderstandingContext & {
  /** false when this client or message must not leave the process (e.g. a per-client opt-out) */
  llmAllowed?: boolean;
};

export type Understand = (text: string, ctx: UnderstandOptions) => Promise<UnderstandResult>;

/**
 * The one entry point: the LLM when one is configured and allowed, the rules otherwise and
 * whenever the LLM fails, so a message always gets an understanding.
 */
export function createUnderstander(deps: { llm?: LlmUnderstander; logger: Logger }): Understand {
  return async (text, { llmAllowed, ...ctx }) => {
    if (deps.llm === undefined) return { understanding: understandRules(text, ctx), source: 'rules' };
    if (llmAllowed === false)
      return { understanding: understandRules(text, ctx), source: 'rules', fallbackReason: 'disabled' };
    const startedAt = Date.now();
    try {
      const understanding = officeBackstop(await deps.llm.understand(text, ctx), text, ctx);
      return { understanding: windowBackstop(understanding, text, ctx), source: 'llm' };
    } catch (err) {
      const failure = describeLlmFailure(err);
      if (failure === undefined) throw err;
      // Reason, status and size only: the message body never reaches the logs.
      deps.logger.warn(
        { ...failure, elapsedMs: Date.now() - startedAt, chars: text.length },
        'LLM understanding failed, the rules answered',
      );
      return { understanding: understandRules(text, ctx), source: 'rules', fallbackReason: failure.reason };
    }
  };
}

/**
 * A booking the model put on the client's own agenda although the rules see an outside party
 * ("prenota un tavolo da Mario"): the office books it. Missing that would confirm a table no one
 * reserved, so the rules' reading wins in that one direction.
 */
function officeBackstop(u: Understanding, text: string, ctx: UnderstandingContext): Understanding {
  if (u.intent !== 'booking' || u.viaOffice) return u;
  const rules = understandRules(text, ctx);
  if (rules.intent !== 'booking' || !rules.viaOffice) return u;
  return {
    ...u,
    viaOffice: true,
    ...(u.partySize === undefined && rules.partySize !== undefined ? { partySize: rules.partySize } : {}),
  };
}

/**
 * A booking the office makes, said as a window ("la prossima sett in tarda mattinata"): the LLM
 * path reads the days and hours from the time words the model copied (llm/output.ts); when those
 * words gave none, or the office was the rules' reading only, the rules' window fills in, so the
 * office looks within it rather than at a time the client never chose.
 */
function windowBackstop(u: Understanding, text: string, ctx: UnderstandingContext): Understanding {
  if (u.intent !== 'booking' || !u.viaOffice || u.from !== undefined) return u;
  const rules = understandRules(text, ctx);
  if (rules.intent !== 'booking' || rules.from === undefined || rules.to === undefined) return u;
  const hours = rules.timeFrom && rules.timeTo ? { timeFrom: rules.timeFrom, timeTo: rules.timeTo } : {};
  return { ...u, from: rules.from, to: rules.to, ...hours };
}

/**
 * The OpenAI client, or none when no key is configured (the rules then answer alone). The SDK is
 * loaded only when a key is set, not at every start: hence a promise.
 */
export function createOpenAiClient(config: {
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
}): Promise<OpenAI> | undefined {
  const apiKey = config.OPENAI_API_KEY;
  if (apiKey === undefined) return undefined;
  return import('openai').then(({ OpenAI }) => new OpenAI({ apiKey, baseURL: config.OPENAI_BASE_URL ?? null }));
}

/** The LLM understander the configuration asks for, or none when no key is set. */
export function llmFromConfig(config: {
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_MODEL: string;
  OPENAI_TIMEOUT_MS: number;
}): LlmUnderstander | undefined {
  const client = createOpenAiClient(config);
  return client
    ? createLlmUnderstander({ client, model: config.OPENAI_MODEL, timeoutMs: config.OPENAI_TIMEOUT_MS })
    : undefined;
}
