import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../kernel/errors.js';
import { loadConfig } from './index.js';

describe('configuration', () => {
  it('starts with embedded defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      ROLE: 'all',
      PORT: 3000,
      DEFAULT_TZ: 'Europe/Rome',
      DEFAULT_LANG: 'it',
      DESK_LANG: 'it',
      DATA_DIR: './data',
      OPENAI_TIMEOUT_MS: 8000,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.TELEGRAM_BOT_TOKEN).toBeUndefined();
  });

  it('treats empty values from a .env file as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: ' ', TELEGRAM_BOT_TOKEN: '' }).PORT).toBe(3000);
  });

  it('names the variable and what it expects, on one line, without echoing the value', () => {
    let error: unknown;
    try {
      loadConfig({ DATABASE_URL: 'nonsense' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Invalid configuration: DATABASE_URL: expected a PostgreSQL URL/);
    expect(message).not.toContain('\n');
    expect(message).not.toContain('nonsense');
  });

  it.each([
    ['PORT', '70000', /PORT: expected a TCP port/],
    ['DEFAULT_TZ', 'Europe/Milano', /DEFAULT_TZ: expected an IANA time zone/],
    ['DEFAULT_LANG', 'fr', /DEFAULT_LANG: expected it or en/],
    ['DESK_LANG', 'de', /DESK_LANG: expected it or en/],
    ['ROLE', 'scheduler', /ROLE: expected one of all, web, bot, worker/],
    ['TELEGRAM_BOT_TOKEN', 'abc', /TELEGRAM_BOT_TOKEN: expected a bot token from BotFather/],
    ['SLACK_DESK_CHANNEL', '#desk', /SLACK_DESK_CHANNEL: expected a Slack channel id/],
    ['REDIS_URL', 'localhost:6379', /REDIS_URL: expected a Redis URL/],
    ['TRUST_PROXY', 'yes', /TRUST_PROXY: expected a number of proxy hops between 1 and 10, or a comma-separated list/],
    ['TRUST_PROXY', '0', /TRUST_PROXY: expected a number of proxy hops/],
    ['TRUST_PROXY', '10.0.0.0/33', /TRUST_PROXY: expected a number of proxy hops/],
    ['TRUST_PROXY', '10.0.0.1, example.com', /TRUST_PROXY: expected a number of proxy hops/],
    ['SESSION_SECRET', 'too short', /SESSION_SECRET: expected 32-256 printable characters/],
  ])('refuses a bad %s', (name, value, pattern) => {
    expect(() => loadConfig({ [name]: value })).toThrow(pattern);
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', DEFAULT_LANG: 'de' })).toThrow(/PORT: .*; DEFAULT_LANG: /);
  });

  it('requires the Slack settings to come together', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-3' })).toThrow(/SLACK_BOT_TOKEN needs SLACK_SIGNING_SECRET/);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-3', SLACK_SIGNING_SECRET: 'shhh-secret' }).SLACK_BOT_TOKEN).toBe(
      'xoxb-1-2-3',
    );
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-3', SLACK_APP_TOKEN: 'xapp-1-2' }).SLACK_APP_TOKEN).toBe('xapp-1-2');
  });

  it('reads numbers from strings', () => {
    expect(loadConfig({ PORT: '8080', OPENAI_TIMEOUT_MS: '500' })).toMatchObject({
      PORT: 8080,
      OPENAI_TIMEOUT_MS: 500,
    });
  });

  it('reads TRUST_PROXY as a hop count or a list of proxy addresses and networks', () => {
    expect(loadConfig({}).TRUST_PROXY).toBeUndefined();
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5,::1, fd00::/8' }).TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      '192.168.1.5',
      '::1',
      'fd00::/8',
    ]);
  });
});
