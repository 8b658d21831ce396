/**
 * One error class per kind of failure. Each carries a stable string code and readonly
 * context, so callers branch on the kind (never on message text) and logs stay structured.
 */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'DEPENDENCY_UNAVAILABLE'
  | 'UNDERSTANDING_FAILED';

export abstract class DelegoError extends Error {
  abstract readonly code: ErrorCode;
  readonly context: Readonly<Record<string, unknown>>;

  constructor(message: string, context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.context = Object.freeze({ ...context });
  }
}

/** A setting is missing or malformed; the message names the variable and what it expects. */
export class ConfigError extends DelegoError {
  readonly code = 'CONFIG_INVALID';
}

/** Input from outside (a user, a webhook, a CLI flag, an LLM) does not have the expected shape. */
export class ValidationError extends DelegoError {
  readonly code = 'VALIDATION_FAILED';
}

export class NotFoundError extends DelegoError {
  readonly code = 'NOT_FOUND';
}

/** The caller may not act on this item (another client's reminder, an inactive assistant). */
export class ForbiddenError extends DelegoError {
  readonly code = 'FORBIDDEN';
}

/** The change collides with the current state (an overlapping booking, a ticket already claimed). */
export class ConflictError extends DelegoError {
  readonly code = 'CONFLICT';
}

/** PostgreSQL, Redis or a remote API does not answer; the operation may succeed later. */
export class DependencyError extends DelegoError {
  readonly code = 'DEPENDENCY_UNAVAILABLE';
}

/** The LLM path could not produce a valid understanding (timeout, refusal, bad output). */
export class UnderstandingError extends DelegoError {
  readonly code = 'UNDERSTANDING_FAILED';
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
