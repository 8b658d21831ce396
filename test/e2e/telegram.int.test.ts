import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitedClient, startDelego, startTelegramDelego } from '../support/delego.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { testPrisma } from '../support/db.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');

describe('Telegram end to end (emulated Bot API, long polling)', () => {
  let emulator: TelegramEmulator;
  let stage: Awaited<ReturnType<typeof startTelegramDelego>> | undefined;

  beforeAll(async () => {
    stage = await startTelegramDelego({}, now);
    ({ emulator } = stage);
  });
  afterAll(() => stage?.stop());

  async function linkedUser(lang: 'it' | 'en') {
    const { client, code } = await invitedClient(lang, now);
    const user = emulator.user({ firstName: 'Mario', languageCode: lang });
    await user.sendCommand(`/start ${code}`);
    const [welcome] = await user.waitForReplies(1);
    expect(welcome!.text).toContain(client.name);
    return { user, client };
  }

  it('answers an unknown user with how to get access', async () => {
    const stranger = emulator.user({ languageCode: 'it' });
    await stranger.sendText('ciao');
    const [reply] = await stranger.waitForReplies(1);
    expect(reply!.text).toMatch(/codice d'invito/);
  });

  it.each([
    [
      'it',
      'Ricordami domani alle 15 di chiamare Rossi',
      /te lo ricordo domani alle 15:00/,
      'Metti in agenda il dentista giovedì alle 10:30',
      /Fissato: .*giovedì 26 novembre, 10:30–11:30/,
      'Traduci il contratto in inglese entro venerdì',
      /richiesta #\d+.*un'assistente se ne occupa/,
      'cosa ho questa settimana?',
      /La tua agenda/,
    ],
    [
      'en',
      'Remind me tomorrow at 3 to call the accountant',
      /remind you tomorrow at 15:00/,
      'Put the dentist in my calendar on Thursday at 10:30',
      /Booked: .*Thursday 26 November, 10:30–11:30/,
      'Translate the purchase agreement into Italian by Friday',
      /request #\d+.*an assistant is taking care of it/,
      'what do I have this week?',
      /Your agenda/,
    ],
  ] as const)(
    'runs reminder, booking, task and agenda flows in %s',
    async (lang, reminder, reminderReply, booking, bookingReply, task, taskReply, agenda, agendaReply) => {
      const { user, client } = await linkedUser(lang);

      await user.sendText(reminder);
      const [r] = await user.waitForReplies(1);
      expect(r!.text).toMatch(reminderReply);
      expect(r!.buttons.flat()).toHaveLength(2);

      await user.sendText(booking);
      expect((await user.waitForReplies(1))[0]!.text).toMatch(bookingReply);

      await user.sendText(task);
      expect((await user.waitForReplies(1))[0]!.text).toMatch(taskReply);

      await user.sendText(agenda);
      const [a] = await user.waitForReplies(1);
      expect(a!.text).toMatch(agendaReply);
      expect(a!.text).toMatch(/10:30/);

      // The cancel button under the reminder confirmation works through a callback query.
      await user.pressButton(r!.buttons[0]![0]!.data, r!.messageId);
      await user.waitForReplies(1);
      expect(await testPrisma().reminder.count({ where: { clientId: client.id, status: 'active' } })).toBe(0);

      // The whole conversation is logged, both ways (the reply is logged right after it is sent).
      expect(await testPrisma().message.count({ where: { clientId: client.id, direction: 'inbound' } })).toBe(5);
      await expect
        .poll(() => testPrisma().message.count({ where: { clientId: client.id, direction: 'outbound' } }))
        .toBe(5);
    },
  );

  it('handles help, a 10,000-character message, and emoji-only text', async () => {
    const { user, client } = await linkedUser('it');
    await user.sendCommand('/help');
    expect((await user.waitForReplies(1))[0]!.text).toMatch(/Ricordami domani alle 3/);

    await user.sendText(`Scrivi una relazione sul progetto. ${'Dettagli importanti. '.repeat(600)}`.slice(0, 10_000));
    expect((await user.waitForReplies(1))[0]!.text).toMatch(/richiesta #\d+/);
    expect((await testPrisma().ticket.findFirstOrThrow({ where: { clientId: client.id } })).details).toHaveLength(
      10_000,
    );

    // emoji only: acknowledged as a person would, nothing created
    await user.sendText('🙂🙂');
    expect((await user.waitForReplies(1))[0]!.text).toBe('Bene 👍');
  });
});

describe('Telegram webhook', () => {
  let emulator: TelegramEmulator;
  let app: Awaited<ReturnType<typeof startDelego>>;
  let stage: Awaited<ReturnType<typeof startTelegramDelego>> | undefined;

  beforeAll(async () => {
    stage = await startTelegramDelego(
      {
        PUBLIC_URL: 'https://delego.example.com',
        TELEGRAM_WEBHOOK_SECRET: 'webhook-secret-1',
      },
      now,
    );
    ({ app, emulator } = stage);
  });
  afterAll(() => stage?.stop());

  it('registers the webhook with its secret and refuses calls without it', async () => {
    expect(emulator.webhook()).toMatchObject({
      url: 'https://delego.example.com/telegram/webhook',
      secretToken: 'webhook-secret-1',
    });
    const update = {
      update_id: 999_001,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: 5, type: 'private' },
        from: { id: 5, is_bot: false, first_name: 'X' },
        text: 'ciao',
      },
    };
    const bad = await fetch(`${app.url}/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'wrong' },
      body: JSON.stringify(update),
    });
    expect(bad.status).toBe(401);
    const missing = await fetch(`${app.url}/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(update),
    });
    expect(missing.status).toBe(401);
    expect(emulator.callsOf('sendMessage')).toHaveLength(0);
  });

  it('handles a redelivered update once', async () => {
    const { client, code } = await invitedClient('it', now);
    const user = 4242;
    const post = (update: unknown) =>
      fetch(`${app.url}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'webhook-secret-1' },
        body: JSON.stringify(update),
      });
    const message = (updateId: number, text: string) => ({
      update_id: updateId,
      message: {
        message_id: updateId,
        date: 0,
        chat: { id: user, type: 'private' },
        from: { id: user, is_bot: false, first_name: 'Anna' },
        text,
        ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: 6 }] } : {}),
      },
    });
    expect((await post(message(800_001, `/start ${code}`))).status).toBe(200);
    const task = message(800_002, 'Scrivi una lettera di sollecito per il cliente Neri');
    expect((await post(task)).status).toBe(200);
    expect((await post(task)).status).toBe(200);
    expect(await testPrisma().ticket.count({ where: { clientId: client.id } })).toBe(1);
  });
});
