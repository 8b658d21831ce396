import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rateLimited, slackError, startFakeSlack, type FakeSlack } from '../../../test/support/fake-slack.js';
import { ConfigError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { createLogger } from '../../infra/logger.js';
import type { ChannelSender } from '../../kernel/messaging.js';
import { createSlackApp } from './app.js';
import { createSlackSender } from './sender.js';

const logger = createLogger({ level: 'silent', pretty: false });
/** Replays are tested against Redis (test/authz/slack-replay.int.test.ts); here every interaction is new. */
const everyInteractionNew = async () => true;
let fake: FakeSlack;
let sender: ChannelSender;

beforeAll(async () => {
  fake = await startFakeSlack();
  const slack = createSlackApp({
    botToken: 'xoxb-test',
    signingSecret: 'test-signing-secret',
    apiUrl: fake.apiUrl,
    firstSeen: everyInteractionNew,
    logger,
  });
  sender = createSlackSender(slack.app.client);
});

afterAll(() => fake.close());

beforeEach(() => fake.reset());

const methods = () => fake.calls.map((call) => call.method);

describe('Slack DM sender', () => {
  it('posts the text, then uploads the file through the external upload flow', async () => {
    const content = Buffer.from('%PDF-1.4 fattura 2025/17');

    const result = await sender.send('D0MARIO', {
      text: 'Ecco la fattura',
      file: { name: 'fattura-17.pdf', mimeType: 'application/pdf', content },
    });

    expect(methods()).toEqual([
      'chat.postMessage',
      'files.getUploadURLExternal',
      'upload',
      'files.completeUploadExternal',
    ]);
    const [posted, getUrl, upload, complete] = fake.calls;
    expect(result.externalMessageId).toMatch(/^\d+\.\d{6}$/);
    expect(posted?.body).toMatchObject({ channel: 'D0MARIO', text: 'Ecco la fattura' });
    expect(getUrl?.body).toMatchObject({ filename: 'fattura-17.pdf', length: String(content.length) });
    expect((upload?.body.content as Buffer).equals(content)).toBe(true);
    expect(complete?.body).toMatchObject({
      channel_id: 'D0MARIO',
      files: [{ id: upload?.body.file_id, title: 'fattura-17.pdf' }],
    });
  });

  it('sends a file alone without an empty text message', async () => {
    const result = await sender.send('D0MARIO', {
      text: '',
      file: { name: 'nota.txt', mimeType: 'text/plain', content: Buffer.from('ciao') },
    });

    expect(methods()).toEqual(['files.getUploadURLExternal', 'upload', 'files.completeUploadExternal']);
    expect(result).toEqual({});
  });

  it('replies in the thread of the message it answers', async () => {
    await sender.send('D0MARIO', {
      text: 'Fatto',
      replyToExternalMessageId: '1700000000.000100',
      file: { name: 'a.txt', mimeType: 'text/plain', content: Buffer.from('a') },
    });

    expect((await fake.waitForCall('chat.postMessage')).body.thread_ts).toBe('1700000000.000100');
    expect((await fake.waitForCall('files.completeUploadExternal')).body.thread_ts).toBe('1700000000.000100');
  });

  it('returns the ts of the posted message, increasing from one message to the next', async () => {
    const first = await sender.send('D0MARIO', { text: 'uno' });
    const second = await sender.send('D0MARIO', { text: 'due' });

    expect(Number(second.externalMessageId)).toBeGreaterThan(Number(first.externalMessageId));
  });

  it('waits out a rate limit and delivers the message', async () => {
    let answered = 0;
    fake.respond('chat.postMessage', () => (answered++ === 0 ? rateLimited(1) : undefined));

    const started = Date.now();
    const result = await sender.send('D0MARIO', { text: 'Promemoria: chiamare il commercialista' });

    expect(result.externalMessageId).toEqual(expect.any(String));
    expect(methods()).toEqual(['chat.postMessage', 'chat.postMessage']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  it('reports a DM that no longer exists as NotFoundError and a revoked token as ConfigError', async () => {
    fake.respond('chat.postMessage', () => slackError('channel_not_found'));
    await expect(sender.send('D0GONE', { text: 'ciao' })).rejects.toBeInstanceOf(NotFoundError);

    fake.respond('chat.postMessage', () => slackError('token_revoked'));
    await expect(sender.send('D0MARIO', { text: 'ciao' })).rejects.toBeInstanceOf(ConfigError);
  });

  it('refuses a message with nothing to show, without calling Slack', async () => {
    await expect(sender.send('D0MARIO', { text: '  ' })).rejects.toBeInstanceOf(ValidationError);
    expect(fake.calls).toEqual([]);
  });
});

describe('createSlackApp start', () => {
  it('fails with ConfigError when Slack rejects the bot token', async () => {
    fake.respond('auth.test', () => slackError('invalid_auth'));
    const slack = createSlackApp({
      botToken: 'xoxb-wrong',
      signingSecret: 'test-signing-secret',
      apiUrl: fake.apiUrl,
      firstSeen: everyInteractionNew,
      logger,
    });

    await expect(slack.start()).rejects.toBeInstanceOf(ConfigError);
  });

  it('in Socket Mode connects through the same API URL, and fails with ConfigError when Slack rejects the app token', async () => {
    fake.respond('apps.connections.open', () => slackError('invalid_auth'));
    const slack = createSlackApp({
      botToken: 'xoxb-test',
      appToken: 'xapp-wrong',
      apiUrl: fake.apiUrl,
      firstSeen: everyInteractionNew,
      logger,
    });

    await expect(slack.start()).rejects.toBeInstanceOf(ConfigError);
    expect(slack.router).toBeUndefined();
    expect((await fake.waitForCall('apps.connections.open')).token).toBe('xapp-wrong');
  });

  it('needs a signing secret or an app token', () => {
    expect(() => createSlackApp({ botToken: 'xoxb-test', firstSeen: everyInteractionNew, logger })).toThrow(
      ConfigError,
    );
  });
});
