import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import type { EmulatedUser } from '../support/telegram-emulator.js';
import { testPrisma } from '../support/db.js';

// Tuesday 1 December 2026, 10:00 in Rome.
const now = new Date('2026-12-01T10:00:00+01:00');
const DESK = 'C0OWNREQ';
const db = testPrisma();
const WHICH = 'È per la richiesta in corso o è una nuova richiesta?';

/**
 * What the playthrough of a busy accountant found while an assistant was working one of his
 * requests: words added to the table just asked for, corrections and new appointments while
 * "which request?" waits for a tap, new requests of their own after the assistant's question was
 * answered, and requests dropped by number or by the words a cancel verb governs.
 */
describe('requests of their own while an assistant works another (Telegram client, Slack desk)', () => {
  let chat: DeskChat;

  beforeAll(async () => {
    chat = await startDeskChat(now, 'slack-signing-secret-ownreq', DESK);
  });
  afterAll(async () => {
    await chat?.stop();
  });

  const say = (user: EmulatedUser, text: string) => chat.say(user, text);
  const ticketsOf = (clientId: string) => db.ticket.findMany({ where: { clientId }, orderBy: { number: 'asc' } });

  /** A letter Giulia is writing: she asked something, the client answered. */
  async function letterAnswered() {
    const { client, user } = await chat.linked('it');
    await say(user, 'scrivi una lettera di sollecito alla ditta Ferretti per la fattura di ottobre');
    const [letter] = await ticketsOf(client.id);
    const ts = await chat.cardOf(letter!.id);
    await chat.giuliaAsks(user, letter!, ts, 'Le allego anche copia della fattura o basta il numero?');
    expect((await say(user, 'basta il numero grazie')).text).toBe(`✓ Girato a Giulia (richiesta #${letter!.number}).`);
    return { client, user, letter: letter! };
  }

  it('adds "aggiungi che…" to the table the office was just asked to book, never a request of its own', async () => {
    const { client, user } = await chat.linked('it');
    const asked = await say(user, 'prenotami un tavolo da Carlo giovedi alle 21 x 4');
    expect(asked.text).toMatch(/^Chiedo all'ufficio di prenotare/);
    const [table] = await ticketsOf(client.id);
    const ts = await chat.cardOf(table!.id);
    const added = await say(user, 'aggiungi che ci serve un seggiolone, viene anche il bambino');
    expect(added.text).toBe(
      `Aggiunto alla richiesta #${table!.number}: «ci serve un seggiolone, viene anche il bambino».`,
    );
    await chat.threadPost(ts, 'ci serve un seggiolone');
    const tickets = await ticketsOf(client.id);
    expect(tickets).toHaveLength(1);
    expect(tickets[0]!.details).toMatch(/\nci serve un seggiolone, viene anche il bambino$/);
  });

  it("sends 'metti anche…' after the assistant's question to her thread, not to the request's words", async () => {
    const { user, letter } = await letterAnswered();
    const ts = await chat.cardOf(letter.id);
    await chat.giuliaAsks(user, letter, ts, 'Metto anche gli interessi di mora o solo il capitale?');
    expect((await say(user, 'metti anche la mora')).text).toBe(`✓ Girato a Giulia (richiesta #${letter.number}).`);
    await chat.threadPost(ts, 'metti anche la mora');
    expect((await db.ticket.findUniqueOrThrow({ where: { id: letter.id } })).details).not.toMatch(/mora/);
  });

  it('adds to the request opened a few minutes ago when other words came between, and says so when there is nothing to add to', async () => {
    const { client, user } = await chat.linked('it');
    const lonely = await say(user, 'aggiungi che deve essere pronto entro venerdì');
    expect(lonely.text).toMatch(/^Non so a cosa aggiungere «deve essere pronto entro venerdì»/);
    expect(await ticketsOf(client.id)).toHaveLength(0);
    await say(user, 'prenotami un tavolo da Carlo giovedi alle 21 x 4');
    await say(user, 'grazie');
    const [table] = await ticketsOf(client.id);
    expect((await say(user, 'aggiungi che preferisco fuori in veranda')).text).toBe(
      `Aggiunto alla richiesta #${table!.number}: «preferisco fuori in veranda».`,
    );
    expect(await ticketsOf(client.id)).toHaveLength(1);
  });

  it('books a dated appointment and opens a request with its own object once the assistant was answered', async () => {
    const { client, user, letter } = await letterAnswered();
    const call = await say(user, 'mercoledi prossimo alle 15 riunione col geometra x il cantiere Ferretti');
    expect(call.text).toMatch(/^Fissato: riunione/);
    expect(await db.booking.count({ where: { clientId: client.id } })).toBe(1);
    const electrician = await say(user, 'mi trovi un elettricista x il magazzino? salta sempre la corrente');
    expect(electrician.text).toMatch(/^Ho aperto la richiesta #\d+/);
    expect(await ticketsOf(client.id)).toHaveLength(2);
    // words that speak of the letter could still be for Giulia: asked
    expect((await say(user, 'mi scrivi anche una lettera uguale per la ditta Gatti?')).text).toBe(WHICH);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: letter.id } })).status).toBe('claimed');
  });

  it('applies corrections and takes new requests while "which request?" waits for a tap, and never says it got what it only holds', async () => {
    const { client, user, letter } = await letterAnswered();
    const asked = await say(user, 'la banca ha mandato il modulo firmato');
    expect(asked.text).toBe(WHICH);
    expect((await say(user, 'ricordami tra 2 ore di ritirare le raccomandate')).text).toMatch(/^Fatto: /);
    const dueAt = async () =>
      (await db.reminder.findFirstOrThrow({ where: { clientId: client.id } })).nextOccurrenceAt!.getTime();
    const first = await dueAt();
    expect((await say(user, 'no scusa tra 3')).text).toMatch(/^Spostato: te lo ricordo oggi alle 13:\d\d/);
    expect((await dueAt()) - first).toBeGreaterThanOrEqual(3600_000);
    expect((await say(user, 'giovedi alle 9 colazione con Marini')).text).toMatch(/^Fissato: colazione/);
    expect((await say(user, 'anzi venerdi')).text).toMatch(/^Spostato: colazione con Marini, venerdì 4 dicembre/);
    const still = await say(user, 'e il notaio dice che la bozza va bene');
    expect(still.text).not.toMatch(/Ricevuto/);
    expect(still.text).toMatch(/^Lo tengo insieme al messaggio di prima finché non tocchi qui sopra/);
    // the held words still wait for the tap, and go where it says
    const toLetter = asked.buttons.flat().find((b) => b.text.endsWith(`#${letter.number}`))!;
    expect((await chat.press(user, asked, toLetter.data)).text).toBe(
      `✓ Girato a Giulia (richiesta #${letter.number}).`,
    );
    expect(await db.reminder.count({ where: { clientId: client.id } })).toBe(1);
    expect(await db.booking.count({ where: { clientId: client.id } })).toBe(1);
  });

  it('cancels a request named by number with words that drop it, asking first when an assistant holds it', async () => {
    const { client, user, letter } = await letterAnswered();
    await say(user, 'cerca un fabbro per la serratura del magazzino');
    const smith = (await ticketsOf(client.id)).at(-1)!;
    expect((await say(user, `pratica ${smith.number} lasciala perdere, ho chiamato mio cugino`)).text).toBe(
      `Ho annullato la richiesta #${smith.number}: «${smith.summary}».`,
    );
    expect((await db.ticket.findUniqueOrThrow({ where: { id: smith.id } })).status).toBe('cancelled');
    const sure = await say(user, `la richiesta ${letter.number} non serve più, li ho sentiti al telefono`);
    expect(sure.text).toMatch(
      new RegExp(`^Giulia ci sta già lavorando\\. Annullo «.+» \\(richiesta #${letter.number}\\)\\?$`),
    );
    expect((await db.ticket.findUniqueOrThrow({ where: { id: letter.id } })).status).toBe('claimed');
  });

  it('cancels the item the verb governs, not the reason said after it, asking first', async () => {
    const { client, user } = await chat.linked('it');
    expect((await say(user, 'giovedi alle 11 call con il fornitore di carta')).text).toMatch(/^Fissato: /);
    await say(user, 'grazie');
    const sure = await say(user, "la call con il fornitore cancellala, l'hanno rimandata a febbraio");
    expect(sure.text).toBe('Annullo «call con il fornitore di carta», giovedì 3 dicembre alle 11:00?');
    expect(sure.buttons.flat().map((b) => b.text)).toEqual(['Sì', 'No']);
    expect((await say(user, 'si')).text).toMatch(/^Annullato: call con il fornitore di carta/);
    expect((await db.booking.findFirstOrThrow({ where: { clientId: client.id } })).status).toBe('cancelled');
  });

  it('adds to the table just asked for, drops a request by number and cancels what the verb governs (en)', async () => {
    const { client, user } = await chat.linked('en');
    await say(user, "book me a table at Carlo's on Thursday at 9pm for 4");
    const [table] = await ticketsOf(client.id);
    expect((await say(user, 'also add that we need a high chair')).text).toBe(
      `Added to request #${table!.number}: "we need a high chair".`,
    );
    await say(user, 'find me a locksmith for the office door');
    const smith = (await ticketsOf(client.id)).at(-1)!;
    expect((await say(user, `request ${smith.number}, drop it, my neighbour fixed it`)).text).toBe(
      `Cancelled request #${smith.number}: "${smith.summary}".`,
    );
    expect((await say(user, 'Friday at 3pm call with the printer supplier')).text).toMatch(/^Booked: /);
    const sure = await say(user, 'the supplier call, cancel it, they moved it to January');
    expect(sure.text).toMatch(/^Cancel "call with the printer supplier", Friday 4 December at /);
    expect(await ticketsOf(client.id)).toHaveLength(2);
  });
});
