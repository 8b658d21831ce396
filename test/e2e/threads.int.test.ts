import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import type { EmulatedUser } from '../support/telegram-emulator.js';
import { testPrisma } from '../support/db.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const DESK = 'C0THREADS';
const db = testPrisma();
const relayedTo = (number: number) => `✓ Girato a Giulia (richiesta #${number}).`;

/**
 * A client with two requests an assistant is working on, as the playthrough of a busy lawyer
 * found it: short answers go to the thread the assistant last spoke in, words that name a
 * request go to it, a request of its own is never held back with the answers, and "no scusa,
 * venerdì" moves what was just made.
 */
describe('which thread a message belongs to (Telegram client, Slack desk)', () => {
  let chat: DeskChat;

  beforeAll(async () => {
    chat = await startDeskChat(now, 'slack-signing-secret-threads', DESK);
  });
  afterAll(async () => {
    await chat?.stop();
  });

  const say = (user: EmulatedUser, text: string) => chat.say(user, text);
  const inboundOf = async (ticketId: string) =>
    (await db.message.findMany({ where: { ticketId, direction: 'inbound' }, orderBy: { createdAt: 'asc' } })).map(
      (m) => m.body,
    );

  /** Two requests, Giulia asking something in each: the translation first, then the letter. */
  async function twoThreads() {
    const { client, user } = await chat.linked('it');
    await say(user, 'mi serve la traduzione in inglese della procura speciale x lunedì');
    await say(user, 'poi scrivimi una lettera di diffida al condominio di via Manzoni');
    const [translation, letter] = await db.ticket.findMany({
      where: { clientId: client.id },
      orderBy: { number: 'asc' },
    });
    const translationTs = await chat.cardOf(translation!.id);
    await chat.giuliaAsks(user, translation!, translationTs, 'Ha la procura firmata in PDF?');
    expect((await say(user, 'sì')).text).toBe(relayedTo(translation!.number));
    const letterTs = await chat.cardOf(letter!.id);
    await chat.giuliaAsks(user, letter!, letterTs, 'Entro che giorno diamo al condominio per pagare?');
    return { client, user, translation: translation!, letter: letter! };
  }

  it('sends a short answer and a captionless file to the thread the assistant last asked in', async () => {
    const { user, translation, letter } = await twoThreads();
    expect((await say(user, 'il 12')).text).toBe(relayedTo(letter.number));
    chat.pause();
    await user.sendDocument({ fileName: 'ricevuta.pdf', mimeType: 'application/pdf', sizeBytes: 2000 });
    expect((await user.waitForReplies(1, 20_000))[0]!.text).toBe(relayedTo(letter.number));
    expect(await db.attachment.count({ where: { ticketId: letter.id } })).toBe(1);
    expect(await inboundOf(letter.id)).toEqual([expect.stringContaining('diffida'), 'il 12', '']);
    expect(await inboundOf(translation.id)).toEqual([expect.stringContaining('traduzione'), 'sì']);
  });

  it('reads "ah e" with the words that follow, and sends both to the request they name, with one answer', async () => {
    const { user, letter } = await twoThreads();
    await say(user, 'ricordami domani alle 9 di chiamare il notaio');
    await user.sendText('ah e');
    await user.sendText('la diffida mandala in copia anche all amministratore');
    const [answer] = await user.waitForReplies(1, 20_000);
    expect(answer!.text).toBe(relayedTo(letter.number));
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(user.unreadReplies()).toEqual([]);
    expect((await inboundOf(letter.id)).slice(-2)).toEqual([
      'ah e',
      'la diffida mandala in copia anche all amministratore',
    ]);
  });

  it('handles a request of its own while "which request?" is open, and keeps the held words for the tap', async () => {
    const { client, user, translation } = await twoThreads();
    await say(user, 'ricordami domani alle 9 di chiamare il notaio');
    const asked = await say(user, 'il preventivo del geometra è arrivato stamattina');
    expect(asked.text).toBe('È per la richiesta in corso o è una nuova richiesta?');
    expect((await say(user, 'pls remind me tomorrow 8am to print the brief for Monza')).text).toMatch(/^Done: /);
    expect(await db.reminder.count({ where: { clientId: client.id } })).toBe(2);
    // a request not opened by a request word is not held behind the question either
    const table = await say(user, 'poi mi prenoti un tavolo x 4 da rossi giovedi sera alle 8 e mezza');
    expect(table.text).not.toMatch(/tocca qui sopra|richiesta in corso/);
    expect(await db.booking.count({ where: { clientId: client.id } })).toBe(1);
    await say(user, '👍');
    expect((await say(user, 'grazie mille, per ora è tutto')).text).toBe('Figurati!');
    const toTranslation = asked.buttons.flat().find((b) => b.text.endsWith(`#${translation.number}`))!;
    expect((await chat.press(user, asked, toTranslation.data)).text).toBe(relayedTo(translation.number));
    expect((await inboundOf(translation.id)).at(-1)).toBe('il preventivo del geometra è arrivato stamattina');
  });

  it('takes a request of its own as new even after the client chose the request in progress for their answers', async () => {
    const { client, user, letter } = await twoThreads();
    await say(user, 'ricordami domani alle 9 di chiamare il notaio');
    const asked = await say(user, 'il preventivo del geometra è arrivato stamattina');
    const toLetter = asked.buttons.flat().find((b) => b.text.endsWith(`#${letter.number}`))!;
    expect((await chat.press(user, asked, toLetter.data)).text).toBe(relayedTo(letter.number));
    const translation = await say(user, 'mi traduci in francese il contratto di locazione? te lo giro ora');
    expect(translation.text).not.toBe(relayedTo(letter.number));
    expect(await db.ticket.count({ where: { clientId: client.id, category: 'translation' } })).toBe(2);
    const visit = await say(user, 'mercoledì alle 10 e mezza viene il geometra in studio');
    expect(visit.text).not.toBe(relayedTo(letter.number));
    expect(visit.text).toContain('mercoledì 25 novembre, 10:30');
    // words for the assistant still go where the client chose
    await say(user, 'la diffida la firmo io domani');
    expect((await inboundOf(letter.id)).at(-1)).toBe('la diffida la firmo io domani');
  });

  it('moves the reminder just made when the client corrects its day, keeping its time', async () => {
    const { client, user } = await chat.linked('it');
    expect((await say(user, 'ricordami giovedi alle 18 d passare in cancelleria')).text).toContain(
      'giovedì 26 novembre',
    );
    const moved = await say(user, 'no scusa venerdì nn giovedì');
    expect(moved.text).toBe('Spostato: te lo ricordo venerdì 27 novembre alle 18:00: "passare in cancelleria".');
    const reminder = await db.reminder.findFirstOrThrow({ where: { clientId: client.id } });
    expect(reminder.nextOccurrenceAt).toEqual(new Date('2026-11-27T18:00:00+01:00'));
    // a time alone stays on the reminder's day
    expect((await say(user, 'anzi, alle 17:30')).text).toContain('venerdì 27 novembre alle 17:30');
    expect(await db.reminder.count({ where: { clientId: client.id } })).toBe(1);
  });

  it('moves the reminder just made by a new offset said alone, in the unit said before', async () => {
    const { client, user } = await chat.linked('it');
    await say(user, 'ricordami tra 2 ore di ritirare le raccomandate');
    const dueAt = async () =>
      (await db.reminder.findFirstOrThrow({ where: { clientId: client.id } })).nextOccurrenceAt!.getTime();
    const first = await dueAt();
    // the clock moves on while the client reads: about two more hours than first asked
    expect((await say(user, 'no scusa tra 4')).text).toMatch(
      /^Spostato: te lo ricordo oggi alle 14:\d\d: "ritirare le raccomandate"\.$/,
    );
    expect((await dueAt()) - first).toBeGreaterThanOrEqual(2 * 3600_000);
    expect((await dueAt()) - first).toBeLessThanOrEqual(2 * 3600_000 + 120_000);
    expect((await say(user, 'anzi alle 5')).text).toBe(
      'Spostato: te lo ricordo oggi alle 17:00: "ritirare le raccomandate".',
    );
    expect(await dueAt()).toBe(new Date('2026-11-23T17:00:00+01:00').getTime());
    expect(await db.reminder.count({ where: { clientId: client.id } })).toBe(1);
  });

  it('moves the reminder just made on "make it 3 hours" (en)', async () => {
    const { client, user } = await chat.linked('en');
    await say(user, 'remind me in 1 hour to move the car');
    const dueAt = async () =>
      (await db.reminder.findFirstOrThrow({ where: { clientId: client.id } })).nextOccurrenceAt!.getTime();
    const first = await dueAt();
    expect((await say(user, 'no, make it 3 hours')).text).toMatch(
      /^Moved: I will remind you today at 13:\d\d: "move the car"\.$/,
    );
    expect((await dueAt()) - first).toBeGreaterThanOrEqual(2 * 3600_000);
    expect((await dueAt()) - first).toBeLessThanOrEqual(2 * 3600_000 + 120_000);
    expect(await db.reminder.count({ where: { clientId: client.id } })).toBe(1);
  });

  it("adds words to the reminder or the request just made, and the request's thread hears them", async () => {
    const { client, user } = await chat.linked('it');
    await say(user, 'ricordami domani alle 8 di ritirare il completo in lavanderia');
    const added = await say(user, 'ah e aggiungi che devo anche prendere le camicie');
    expect(added.text).toMatch(
      /^Aggiunto: te lo ricordo domani alle 8:00: "ritirare il completo in lavanderia e prendere le camicie"\.$/,
    );
    const reminder = await db.reminder.findFirstOrThrow({ where: { clientId: client.id } });
    expect(reminder.text).toBe('ritirare il completo in lavanderia e prendere le camicie');

    await say(user, 'Traduci il certificato di nascita di mia figlia in inglese');
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    const ts = await chat.cardOf(ticket.id);
    expect((await say(user, 'scrivi anche che serve la versione giurata')).text).toBe(
      `Aggiunto alla richiesta #${ticket.number}: «serve la versione giurata».`,
    );
    await chat.threadPost(ts, 'serve la versione giurata');
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).details).toMatch(
      /\nserve la versione giurata$/,
    );
    expect(await db.ticket.count({ where: { clientId: client.id } })).toBe(1);
    expect(await db.reminder.count({ where: { clientId: client.id } })).toBe(1);
  });

  it('adds words to the reminder just made (en)', async () => {
    const { client, user } = await chat.linked('en');
    await say(user, 'remind me tomorrow at 8 to pick up the suit');
    expect((await say(user, 'also add that I need to get the shirts')).text).toMatch(
      /^Added: I will remind you tomorrow at 8:00: "pick up the suit and get the shirts"\.$/,
    );
    expect((await db.reminder.findFirstOrThrow({ where: { clientId: client.id } })).text).toBe(
      'pick up the suit and get the shirts',
    );
  });

  it('moves the booking just made on "no wait, make it Thursday", and a new request opening with the same words as a new request', async () => {
    const { client, user } = await chat.linked('en');
    expect((await say(user, 'tmrw 9ish dentist')).text).toContain('tomorrow, 9:00–');
    expect((await say(user, 'no wait, make it Thursday')).text).toContain('Thursday 26 November');
    const booking = await db.booking.findFirstOrThrow({ where: { clientId: client.id } });
    expect(booking.startsAt).toEqual(new Date('2026-11-26T09:00:00+01:00'));
    await say(user, "let's say lunch with Marco Friday 1pm");
    expect(await db.booking.count({ where: { clientId: client.id } })).toBe(2);
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).startsAt).toEqual(booking.startsAt);
  });

  it('answers an introduction with examples, not "non ho capito", and a greeting before a request is the request', async () => {
    const { client, user } = await chat.linked('it');
    const intro = await say(
      user,
      'buongiorno, sn l avv. Ferri. lo studio mi ha detto di scriverle qui x le cose da fare',
    );
    expect(intro.text).toMatch(/^Ciao! Scrivimi come scriveresti alla tua assistente/);
    expect((await say(user, 'buongiorno, ricordami domani alle 9 di chiamare Rossi')).text).toMatch(/^Fatto: /);
    expect(await db.reminder.count({ where: { clientId: client.id } })).toBe(1);
    expect(await db.ticket.count({ where: { clientId: client.id } })).toBe(0);
  });
});
