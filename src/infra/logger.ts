import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The one logger. JSON lines by default, pretty when a person watches a terminal.
 * Secrets and message bodies never go in at info level: callers log ids and sizes, and the
 * redact list is a safety net for fields that might carry them.
 */
export function createLogger(options: { level?: string; pretty?: boolean; stderr?: boolean } = {}): Logger {
  const pretty = options.pretty ?? (process.stdout.isTTY === true && process.env.CI !== 'true');
  const settings = {
    level: options.level ?? process.env.LOG_LEVEL ?? 'info',
    base: { app: 'delego' },
    redact: {
      paths: [
        '*.token',
        '*.password',
        '*.secret',
        '*.apiKey',
        '*.authorization',
        'headers.authorization',
        'config.*Token',
        'config.*Secret',
        'config.OPENAI_API_KEY',
      ],
      censor: '[redacted]',
    },
  };
  // Command-line tools whose stdout is data log to stderr.
  if (options.stderr) return pino(settings, pino.destination(2));
  return pino({
    ...settings,
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,app' },
          },
        }
      : {}),
  });
}
