import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitedClient, startTelegramDelego } from '../support/delego.js';
import { testPrisma } from '../support/db.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');

describe('fragments typed as people type on a phone (Telegram, emulated Bot API)', () => {
  let emulator: TelegramEmulator;
  let stage: Awaited<ReturnType<typeof startTelegramDelego>> | undefined;
  const db = testPrisma();

  beforeAll(async () => {
    stage = await startTelegramDelego({}, now);
    ({ emulator } = stage);
  });
  afterAll(() => stage?.stop());

  async function linkedUser(lang: 'it' | 'en' = 'it') {
    const { client, code } = await invitedClient(lang, now);
    const user = emulator.user({ firstName: 'Piero', languageCode: lang });
    await user.sendCommand(`/start ${code}`);
    await user.waitForReplies(1);
    return { user, client };
  }

  it('understands three fragments together and answers once', async () => {
    const { user, client } = await linkedUser();
    await user.sendText('ricordarmi');
    await user.sendText('di ordinare');
    await user.sendText('le viti');
    const [asked] = await user.waitForReplies(1);
    expect(asked!.text).toMatch(/^Quando te lo ricordo.*ordinare le viti/);
    await user.sendText('domani alle 9');
    const [saved] = await user.waitForReplies(1);
    expect(saved!.text).toMatch(/ordinare le viti/);
    const reminders = await db.reminder.findMany({ where: { clientId: client.id }, select: { text: true } });
    expect(reminders.map((r) => r.text)).toEqual(['ordinare le viti']);
    // three fragments and one answer, then the time and its answer: nothing else was said
    expect(user.unreadReplies()).toEqual([]);
    const logged = await db.message.findMany({
      where: { clientId: client.id, direction: 'inbound' },
      orderBy: { createdAt: 'asc' },
      select: { body: true },
    });
    expect(logged.map((m) => m.body).slice(-4)).toEqual(['ricordarmi', 'di ordinare', 'le viti', 'domani alle 9']);
  });

  it('answers words that stay alone once their moment has passed, and never holds a complete message', async () => {
    const { user, client } = await linkedUser('en');
    await user.sendText('remind me');
    const [asked] = await user.waitForReplies(1);
    expect(asked!.text).toMatch(/^What should I remind you of\?/);

    await user.sendText('remind me tomorrow at 9 to call the bank');
    const [saved] = await user.waitForReplies(1);
    expect(saved!.text).toMatch(/call the bank/);
    expect(await db.reminder.count({ where: { clientId: client.id } })).toBe(1);
  });
});
