import type { Logger as BoltLogger } from '@slack/bolt';
import { slackBolt } from './bolt.js';
import type { Logger } from '../../infra/logger.js';

type Level = 'debug' | 'info' | 'warn' | 'error';

/**
 * Bolt, the WebClient and Socket Mode log through this, so their lines land in the one pino
 * stream. They pass strings, objects and Errors positionally; an Error becomes pino's `err`.
 */
export function toBoltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'slack' });
  const write =
    (level: Level) =>
    (...parts: unknown[]): void => {
      const err = parts.find((part) => part instanceof Error);
      const text = parts
        .filter((part) => !(part instanceof Error))
        .map((part) => (typeof part === 'string' ? part : JSON.stringify(part)))
        .join(' ');
      if (err) log[level]({ err }, text || err.message);
      else log[level](text);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    // The pino level set by LOG_LEVEL governs; Bolt only calls this when given a logLevel.
    setLevel: () => undefined,
    getLevel: () => {
      const { LogLevel } = slackBolt();
      if (log.isLevelEnabled('debug')) return LogLevel.DEBUG;
      if (log.isLevelEnabled('info')) return LogLevel.INFO;
      if (log.isLevelEnabled('warn')) return LogLevel.WARN;
      return LogLevel.ERROR;
    },
    // The child logger's `component` field already names the source.
    setName: () => undefined,
  };
}
