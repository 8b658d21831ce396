import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db.js';
import { invitedClient, startDelego } from '../support/delego.js';
import { startTelegramEmulator, type TelegramEmulator } from '../support/telegram-emulator.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const limit = 3;

/** People who are not clients are rate-limited per platform user, like clients. */
describe('a flood from an unknown user', () => {
  let telegram: TelegramEmulator;
  let app: Awaited<ReturnType<typeof startDelego>>;

  beforeAll(async () => {
    telegram = await startTelegramEmulator();
    app = await startDelego(
      { TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot, RATE_LIMIT_PER_MIN: String(limit) },
      now,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await telegram?.close();
  });

  it('is answered up to the limit, told once to slow down, then ignored, and cannot redeem an invite meanwhile', async () => {
    const stranger = telegram.user({
      userId: 900_000_000 + Math.floor(Math.random() * 90_000_000),
      languageCode: 'it',
    });
    for (let i = 0; i < limit; i++) await stranger.sendText(`ciao ${i}`);
    const answers = await stranger.waitForReplies(limit, 20_000);
    expect(answers.map((a) => a.text)).toEqual(
      Array.from({ length: limit }, () => expect.stringMatching(/codice d'invito/)),
    );

    await stranger.sendText('ciao ancora');
    expect((await stranger.waitForReplies(1, 20_000))[0]!.text).toMatch(/Stai scrivendo più in fretta/);

    // Past the refusal nothing is answered, and a valid invite code is not even looked at.
    const { client, code } = await invitedClient('it', now);
    for (const text of ['ciao?', "c'è qualcuno?", code]) await stranger.sendText(text);
    // Another user, not over any limit, is still answered: the bot kept working meanwhile.
    const other = telegram.user({ userId: 990_000_000 + Math.floor(Math.random() * 9_000_000), languageCode: 'it' });
    await other.sendText('buongiorno');
    expect((await other.waitForReplies(1, 20_000))[0]!.text).toMatch(/codice d'invito/);
    expect(stranger.unreadReplies()).toEqual([]);
    expect(await testPrisma().channelIdentity.count({ where: { clientId: client.id } })).toBe(0);
    expect(await testPrisma().invite.findFirstOrThrow({ where: { clientId: client.id } })).toMatchObject({
      usedAt: null,
    });
  });

  it('keeps counting each unknown user on their own', async () => {
    const first = telegram.user({ userId: 910_000_000 + Math.floor(Math.random() * 9_000_000), languageCode: 'en' });
    const second = telegram.user({ userId: 920_000_000 + Math.floor(Math.random() * 9_000_000), languageCode: 'en' });
    for (let i = 0; i <= limit; i++) await first.sendText(`hello ${i}`);
    expect((await first.waitForReplies(limit + 1, 20_000)).at(-1)!.text).toMatch(/faster than I can follow/);
    await second.sendText('hello');
    expect((await second.waitForReplies(1, 20_000))[0]!.text).toMatch(/invite code/);
  });
});
