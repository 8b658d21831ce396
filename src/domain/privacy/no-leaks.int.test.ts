import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../access/invites.js';
import { startApp, webhookSecret, type RunningApp } from '../../../test/faults/app.js';
import { testPrisma } from '../../../test/support/db.js';
import { startFakeOpenAi, type FakeOpenAi } from '../../../test/support/fake-openai.js';
import { startTelegramEmulator, type TelegramEmulator } from '../../../test/support/telegram-emulator.js';

const botToken = '987654:SECRET-bot-token-Xq7';
const openAiKey = 'sk-test-secret-key-Vw93';

/**
 * The whole application at LOG_LEVEL=info, driven through Telegram (webhook) with an LLM
 * configured: what reaches the log and what reaches the LLM.
 */
describe('privacy of logs and LLM requests', () => {
  let emulator: TelegramEmulator;
  let openai: FakeOpenAi;
  let app: RunningApp;
  const lines: string[] = [];

  beforeAll(async () => {
    emulator = await startTelegramEmulator({ token: botToken });
    openai = await startFakeOpenAi();
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    app = await startApp({
      env: {
        TELEGRAM_BOT_TOKEN: botToken,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        OPENAI_API_KEY: openAiKey,
        OPENAI_BASE_URL: openai.url,
        RATE_LIMIT_PER_MIN: '5',
        MAX_ATTACHMENT_MB: '1',
      },
      webhook: true,
      logger,
    });
  });
  afterAll(async () => {
    await app?.stop();
    await openai?.close();
    await emulator?.close();
  });

  it('never logs message texts, names or secrets at info level, and the LLM sees only the message', async () => {
    const prisma = testPrisma();
    const client = await prisma.client.create({ data: { name: 'Studio Legale Cavalcaselle', lang: 'it' } });
    const invite = await createInvite(prisma, client.id, new Date());
    const user = emulator.user({ firstName: 'Ottavia', lastName: 'Brambillasca', languageCode: 'it' });
    const say = async (text: string) => {
      expect((await user.sendText(text)).webhookStatus).toBe(200);
      return (await user.waitForReplies(1, 20_000))[0]!.text;
    };

    expect(await say('ciao sono Ottavia')).toMatch(/codice d'invito/);
    await user.sendCommand(`/start ${invite.code}`);
    expect((await user.waitForReplies(1, 20_000))[0]!.text).toContain(client.name);

    const reminder = 'Ricordami domani alle 15 di chiamare il notaio Quagliarella';
    expect(await say(reminder)).toMatch(/notaio Quagliarella/);
    expect(await say('Traduci il contratto Zanzibelli in inglese entro venerdì')).toMatch(/richiesta #\d+/);
    await user.sendDocument({
      fileName: 'referto-Pellegrinotti.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 5 * 1024 * 1024,
      caption: 'referto Pellegrinotti',
    });
    expect((await user.waitForReplies(1, 20_000))[0]!.text).toMatch(/supera i 1 MB/);

    // What the LLM got: its instructions, the date and time zone, and the message: nothing else.
    const chats = openai.requests.filter((r) => r.path === '/v1/chat/completions');
    expect(chats).toHaveLength(2);
    const first = chats[0]!.body as { messages: { role: string; content: string }[] };
    expect(first.messages.filter((m) => m.role === 'user')).toEqual([{ role: 'user', content: reminder }]);
    expect(first.messages.filter((m) => m.role !== 'system' && m.role !== 'user')).toEqual([]);
    const sent = JSON.stringify(chats.map((c) => c.body));
    for (const word of ['Cavalcaselle', 'Ottavia', 'Brambillasca', client.id, 'Pellegrinotti'])
      expect(sent).not.toContain(word);
    expect(JSON.stringify(chats[1]!.body)).not.toContain('Quagliarella');

    // Turned off for this client: the rules answer and nothing goes to the LLM.
    await prisma.client.update({ where: { id: client.id }, data: { llmEnabled: false } });
    expect(await say('Prenota il dentista Sbarbaglia giovedì alle 10')).toMatch(/Sbarbaglia/);
    expect(openai.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(2);

    // Over the limit of 5 a minute: one answer, then silence.
    expect(await say('Ricordami di chiamare Trombetti domani alle 9')).toMatch(/Trombetti/);
    expect(await say('Ricordami di chiamare Trombetti dopodomani alle 9')).toMatch(/più in fretta/);
    expect((await user.sendText('Ricordami di chiamare Trombetti lunedì alle 9')).webhookStatus).toBe(200);

    // Requests that are not genuine updates.
    const wrong = await fetch(`${app.url}/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'nope' },
      body: '{}',
    });
    expect(wrong.status).toBe(401);
    const malformed = await fetch(`${app.url}/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': webhookSecret },
      body: '{"update_id": 1, "message": {"text": "Zanzibelli',
    });
    expect(malformed.status).toBe(400);

    const log = lines.join('');
    const messages = lines.map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(messages).toEqual(
      expect.arrayContaining([
        'message understood',
        'LLM understanding failed, the rules answered',
        'message over the rate limit not processed',
      ]),
    );
    for (const secret of [botToken, botToken.split(':')[1]!, openAiKey, webhookSecret, invite.code])
      expect(log).not.toContain(secret);
    for (const word of [
      'Ottavia',
      'Brambillasca',
      'Cavalcaselle',
      'Quagliarella',
      'Zanzibelli',
      'Pellegrinotti',
      'Sbarbaglia',
      'Trombetti',
      'notaio',
      'dentista',
    ])
      expect(log).not.toContain(word);
  }, 90_000);
});
