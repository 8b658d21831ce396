import type { webApi } from '@slack/bolt';
import { slackBolt } from './bolt.js';
import { ConfigError, DependencyError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';

// ok:false codes worth trying again later, and those that mean the token or app is misconfigured.
const transientCodes = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
]);
const configCodes = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'missing_scope',
  'not_allowed_token_type',
  'team_access_not_granted',
]);
const forbiddenCodes = new Set([
  'not_in_channel',
  'is_archived',
  'channel_is_archived',
  'restricted_action',
  'cannot_dm_bot',
  'user_disabled',
]);

function isCoded(err: unknown): err is Error & { code: string } {
  return err instanceof Error && 'code' in err && typeof err.code === 'string';
}

/**
 * Turns a WebClient failure into the project's error kinds, so callers (flows, workers) decide
 * between retrying later (DependencyError) and giving up. Other errors pass through unchanged.
 */
export function fromSlackError(err: unknown, context: Record<string, unknown>): unknown {
  if (!isCoded(err)) return err;
  const { ErrorCode } = slackBolt().webApi;
  switch (err.code) {
    case ErrorCode.RequestError:
    case ErrorCode.HTTPError:
    case ErrorCode.RateLimitedError:
      return new DependencyError(`Slack API unavailable: ${err.message}`, context, { cause: err });
    case ErrorCode.PlatformError: {
      const code = (err as webApi.WebAPIPlatformError).data.error;
      const withCode = { ...context, slackError: code };
      if (transientCodes.has(code))
        return new DependencyError(`Slack API unavailable: ${code}`, withCode, { cause: err });
      if (configCodes.has(code))
        return new ConfigError(
          `Slack rejected the token (${code}): check SLACK_BOT_TOKEN, SLACK_APP_TOKEN and the app's scopes`,
          withCode,
          { cause: err },
        );
      if (code.endsWith('_not_found')) return new NotFoundError(`Slack: ${code}`, withCode, { cause: err });
      if (forbiddenCodes.has(code)) return new ForbiddenError(`Slack refused: ${code}`, withCode, { cause: err });
      return new ValidationError(`Slack refused the request: ${code}`, withCode, { cause: err });
    }
    default:
      return err;
  }
}
