import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import type { EmulatedUser } from '../support/telegram-emulator.js';
import { testPrisma } from '../support/db.js';

// Monday 7 December 2026, 10:00 in Rome: Thursday is the 10th, Friday the 11th, next week 14-20 December.
const now = new Date('2026-12-07T10:00:00+01:00');
const at = (local: string) => new Date(`${local}+01:00`);
const DESK = 'C0NAMEDREQ';
const db = testPrisma();
/** a number no client of this file has: ticket numbers are far below it */
const UNKNOWN = 987_654;

/**
 * What a play-test of new clients found about requests named by their number and bookings asked
 * for within a window: "sposta la richiesta 1001 a venerdì alle 10" moves that request's booking
 * (the desk hears it in the ticket's thread), "per la richiesta 1003: aggiungi che…" reaches 1003
 * even while an assistant talks about another request, and "la prossima sett in tarda mattinata"
 * reaches the office as that window, never as an invented Monday 11:00.
 */
describe('requests named by number, and booking windows (Telegram client, Slack desk)', () => {
  let chat: DeskChat;

  beforeAll(async () => {
    chat = await startDeskChat(now, 'slack-signing-secret-namedreq', DESK);
  });
  afterAll(async () => {
    await chat?.stop();
  });

  const say = (user: EmulatedUser, text: string) => chat.say(user, text);
  const ticketsOf = (clientId: string) => db.ticket.findMany({ where: { clientId }, orderBy: { number: 'asc' } });
  const bookingOf = (ticketId: string) => db.booking.findFirstOrThrow({ where: { ticketId } });
  /** the desk's card (a top-level post in the desk channel) carrying these words */
  const cardWith = (text: string) =>
    chat.slack.waitForCall(
      'chat.postMessage',
      (c) => c.body.channel === DESK && c.body.thread_ts === undefined && String(c.body.text).includes(text),
      20_000,
    );

  it("moves the booking of a request named by number, passing the change on to the office's thread", async () => {
    const { client, user } = await chat.linked('it');
    expect((await say(user, 'prenotami il dentista giovedì alle 10')).text).toMatch(/^Chiedo all'ufficio di prenotare/);
    const [dentist] = await ticketsOf(client.id);
    const ts = await chat.cardOf(dentist!.id);
    await say(user, 'traducimi in inglese il contratto di affitto');
    const moved = await say(user, `sposta la richiesta ${dentist!.number} a venerdì alle 10`);
    expect(moved.text).toBe(
      `Spostato: dentista, venerdì 11 dicembre alle 10:00. Ho passato la modifica all'ufficio (richiesta #${dentist!.number}).`,
    );
    expect((await bookingOf(dentist!.id)).startsAt).toEqual(at('2026-12-11T10:00:00'));
    await chat.threadPost(ts, 'Il cliente ha spostato la prenotazione');
    // the number said first, then the question: the status of that request
    expect((await say(user, `rif ${dentist!.number} a che punto siamo`)).text).toMatch(
      new RegExp(`^#${dentist!.number} «Prenotare: dentista»: aspetta che un'assistente la prenda in carico\\.`),
    );
    // a number that is not theirs, and one that is closed: said so, nothing moves
    const unknown = await say(user, `sposta la richiesta ${UNKNOWN} a lunedì alle 9`);
    expect(unknown.text).toMatch(new RegExp(`^Non hai una richiesta aperta #${UNKNOWN}\\. `));
    await db.ticket.update({ where: { id: dentist!.id }, data: { status: 'done' } });
    expect((await say(user, `sposta la richiesta ${dentist!.number} a lunedì alle 9`)).text).toBe(
      `La richiesta #${dentist!.number} è già chiusa: non posso più spostarla.`,
    );
    expect((await bookingOf(dentist!.id)).startsAt).toEqual(at('2026-12-11T10:00:00'));
  });

  it('moves the booking of a request named by number (en)', async () => {
    const { client, user } = await chat.linked('en');
    await say(user, 'book me a haircut at Franco on Thursday at 5pm');
    const [haircut] = await ticketsOf(client.id);
    const ts = await chat.cardOf(haircut!.id);
    const moved = await say(user, `move request ${haircut!.number} to Friday 10am`);
    expect(moved.text).toMatch(
      new RegExp(
        `^Moved: .*11 December at 10:00\\. I have passed the change on to the office \\(request #${haircut!.number}\\)\\.$`,
      ),
    );
    expect((await bookingOf(haircut!.id)).startsAt).toEqual(at('2026-12-11T10:00:00'));
    await chat.threadPost(ts, 'Il cliente ha spostato la prenotazione');
    expect((await say(user, `ref ${haircut!.number}, hows it going`)).text).toMatch(
      new RegExp(`^#${haircut!.number} «Book: .+»: `),
    );
    expect((await say(user, `move request ${UNKNOWN} to Monday 9am`)).text).toMatch(
      new RegExp(`^You have no open request #${UNKNOWN}\\. `),
    );
  });

  it('adds a note to the request it names, not to the one an assistant is talking about', async () => {
    const { client, user } = await chat.linked('it');
    await say(user, 'cerca un fabbro per la serratura del magazzino');
    await say(user, 'scrivi una lettera di sollecito alla ditta Ferretti per la fattura di ottobre');
    const [smith, letter] = await ticketsOf(client.id);
    const smithTs = await chat.cardOf(smith!.id);
    await chat.giuliaAsks(user, letter!, await chat.cardOf(letter!.id), 'Le allego anche la fattura?');
    const added = await say(user, `per la richiesta ${smith!.number}: aggiungi che serve entro venerdì`);
    expect(added.text).toBe(`Aggiunto alla richiesta #${smith!.number}: «serve entro venerdì».`);
    await chat.threadPost(smithTs, 'serve entro venerdì');
    expect((await db.ticket.findUniqueOrThrow({ where: { id: smith!.id } })).details).toMatch(/serve entro venerdì$/);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: letter!.id } })).details).not.toMatch(/venerdì/);
    const unknown = await say(user, `per la richiesta ${UNKNOWN}: aggiungi che serve la copia`);
    expect(unknown.text).toMatch(new RegExp(`^Non hai una richiesta aperta #${UNKNOWN}\\. `));
    await db.ticket.update({ where: { id: smith!.id }, data: { status: 'cancelled' } });
    expect((await say(user, `riguardo alla pratica ${smith!.number}, il portone è quello sul retro`)).text).toBe(
      `La richiesta #${smith!.number} è già chiusa: se serve ancora, scrivimi cosa e apro una nuova richiesta.`,
    );
    expect((await db.ticket.findUniqueOrThrow({ where: { id: letter!.id } })).details).not.toMatch(/portone/);
  });

  it('adds a note to the request it names while another is in conversation (en)', async () => {
    const { client, user } = await chat.linked('en');
    await say(user, 'find me a plumber for the kitchen sink');
    await say(user, 'write a reminder letter to Ferretti Ltd about the October invoice');
    const [plumber, letter] = await ticketsOf(client.id);
    const plumberTs = await chat.cardOf(plumber!.id);
    await chat.giuliaAsks(user, letter!, await chat.cardOf(letter!.id), 'Shall I attach the invoice?');
    const added = await say(user, `re request ${plumber!.number}, also add that the key is with the porter`);
    expect(added.text).toBe(`Added to request #${plumber!.number}: "the key is with the porter".`);
    await chat.threadPost(plumberTs, 'the key is with the porter');
    expect((await db.ticket.findUniqueOrThrow({ where: { id: letter!.id } })).details).not.toMatch(/porter/);
  });

  it('asks the office for the window the client gave, not an invented time', async () => {
    const { client, user } = await chat.linked('it');
    const asked = await say(user, 'prenotami il dermatologo la prossima sett in tarda mattinata');
    expect(asked.text).toMatch(
      /^Chiedo all'ufficio di prenotare: dermatologo\. Cercherà un posto la settimana prossima \(.+\), in tarda mattinata \(11:00–13:00\)\. /,
    );
    expect(asked.text).not.toMatch(/11:00\.|lunedì 14 dicembre alle/);
    const [ticket] = await ticketsOf(client.id);
    expect(ticket!.summary).toMatch(/dermatologo.*settimana prossima.*tarda mattinata/);
    const booking = await bookingOf(ticket!.id);
    expect(booking.startsAt).toBeNull();
    await cardWith('tarda mattinata');
  });

  it('asks the office for the window the client gave (en)', async () => {
    const { client, user } = await chat.linked('en');
    const asked = await say(user, 'book me a dermatologist next week late morning');
    expect(asked.text).toMatch(
      /^I am asking the office to book it: dermatologist\. It will look for a slot next week \(.+\), late in the morning \(11:00–13:00\)\. /,
    );
    const [ticket] = await ticketsOf(client.id);
    expect((await bookingOf(ticket!.id)).startsAt).toBeNull();
    await cardWith('late in the morning');
  });
  // written before the fix: a window said as the answer to "when?", and the agenda of a period it overlaps
  it('keeps a window given as the answer to "when?", as if said in the first message', async () => {
    const { client, user } = await chat.linked('it');
    expect((await say(user, 'prenotami il dermatologo')).text).toMatch(/giorno/);
    const asked = await say(user, 'la prossima sett in tarda mattinata');
    expect(asked.text).toMatch(
      /^Chiedo all'ufficio di prenotare: dermatologo\. Cercherà un posto la settimana prossima \(.+\), in tarda mattinata \(11:00–13:00\)\. /,
    );
    const [ticket, ...others] = await ticketsOf(client.id);
    expect(others).toEqual([]);
    expect(ticket!.summary).toMatch(/dermatologo.*settimana prossima.*tarda mattinata/);
    expect((await bookingOf(ticket!.id)).startsAt).toBeNull();
  });

  it('keeps a window given as the answer to "when?" (en)', async () => {
    const { client, user } = await chat.linked('en');
    await say(user, 'book me a dermatologist');
    const asked = await say(user, 'next week late morning');
    expect(asked.text).toMatch(/^I am asking the office to book it: dermatologist\. It will look for a slot next week/);
    const [ticket] = await ticketsOf(client.id);
    expect((await bookingOf(ticket!.id)).startsAt).toBeNull();
  });

  it('lists a booking waiting for a slot in the agenda of a period its window overlaps', async () => {
    const { user } = await chat.linked('it');
    await say(user, 'prenotami il dermatologo la prossima sett in tarda mattinata');
    const week = await say(user, 'cosa ho la settimana prossima?');
    expect(week.text).toMatch(
      /In attesa di conferma:\n• dermatologo, la settimana prossima \(.+\), in tarda mattinata/,
    );
    expect((await say(user, 'cosa ho venerdì 18?')).text).toMatch(/In attesa di conferma:\n• dermatologo/);
    expect((await say(user, 'cosa ho domani?')).text).not.toMatch(/dermatologo/);
  });

  it('lists a booking waiting for a slot in the agenda of a period its window overlaps (en)', async () => {
    const { user } = await chat.linked('en');
    await say(user, 'book me a dermatologist next week late morning');
    const week = await say(user, "what's on next week?");
    expect(week.text).toMatch(/Waiting for confirmation:\n• dermatologist, next week \(.+\), late in the morning/);
    expect((await say(user, 'what do I have tomorrow?')).text).not.toMatch(/dermatologist/);
  });
});
