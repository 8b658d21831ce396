import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import type { BotReply, EmulatedUser } from '../support/telegram-emulator.js';
import { testPrisma } from '../support/db.js';

// Monday 14 December 2026, 8:30 in Rome: Tuesday is the 15th, Wednesday the 16th, Thursday the
// 17th, Friday the 18th, next Monday the 21st.
const now = new Date('2026-12-14T08:30:00+01:00');
const at = (local: string) => new Date(`${local}+01:00`);
const DESK = 'C0PLAYTEST4';
const SECRET = 'slack-signing-secret-playtest-4';
const db = testPrisma();

/**
 * Steps whose reply a demanding client would find wrong, as first seen (written before any fix).
 * A step listed here may fail; every other step must pass. The list shrinks as faults are fixed.
 */
const KNOWN_FAILING = new Set<string>([]);

/**
 * Runs the conversation's checks step by step: a failing step is noted and the conversation goes
 * on, so every wrong reply shows; at the end, only steps in KNOWN_FAILING may have failed.
 */
function steps() {
  const failed: string[] = [];
  return {
    async check(id: string, body: () => unknown) {
      try {
        await body();
      } catch (err) {
        failed.push(`${id}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
        if (process.env.PLAYTEST_VERBOSE) console.log(`${id} got:\n${String((err as { actual?: unknown }).actual)}`);
      }
    },
    done(total: number) {
      const ids = failed.map((f) => f.split(':')[0]!);
      console.log(`play-test 4: ${total - ids.length}/${total} right\n${failed.join('\n')}`);
      expect(ids.filter((id) => !KNOWN_FAILING.has(id))).toEqual([]);
    },
  };
}

/**
 * Elena Ferri, a lawyer with a small studio, on a busy Monday in December: hearings and filing
 * deadlines, a meeting room, a courier and a translation the office handles (Giulia asks in the
 * desk's threads), a request asked about by its number, corrections, cancellations in her own
 * words, her agenda, a free hour, a run-on message dictated like a voice note, a recurring
 * reminder, and telling the office she is in court. Then James, a British expat with a wine shop
 * in Florence, writes ten messages in English. Each reply is checked as the client reads it.
 */
describe('a lawyer and a wine merchant on Telegram, with the Slack desk (play-test 4)', () => {
  let chat: DeskChat;

  beforeAll(async () => {
    chat = await startDeskChat(now, SECRET, DESK, { RATE_LIMIT_PER_MIN: '1000' });
  });
  afterAll(async () => {
    await chat?.stop();
  });

  const say = (user: EmulatedUser, text: string) => chat.say(user, text);
  const relayedTo = (number: number) => `✓ Girato a Giulia (richiesta #${number}).`;
  const ticketAbout = (clientId: string, words: string) =>
    db.ticket.findFirstOrThrow({ where: { clientId, summary: { contains: words, mode: 'insensitive' } } });
  /** a cancel asked back ("Annullo …?") is confirmed with its yes button, as the client would */
  async function cancelled(user: EmulatedUser, reply: BotReply, yes: string) {
    const button = reply.buttons.flat().find((b) => b.text === yes);
    return button ? chat.press(user, reply, button.data) : reply;
  }

  it('in Italian: thirty messages over a busy Monday', async () => {
    const { client, user } = await chat.linked('it');
    const { check, done } = steps();
    const reply = async (text: string) => (await say(user, text)).text;

    let r = await reply("buongiorno, sono l'avv. Elena Ferri dello studio Ferri. mi hanno detto di scrivere qui");
    await check('it1', () => expect(r).toMatch(/^Ciao! Scrivimi come scriveresti alla tua assistente/));

    r = await reply("oggi alle 10 ho udienza in tribunale per la causa Bianchi, ricordamelo mezz'ora prima");
    await check('it2', () => {
      expect(r).toMatch(/^Fissato: udienza in tribunale per la causa Bianchi, oggi, 10:00–11:00\./);
      expect(r).toContain('E te lo ricordo oggi alle 9:30.');
    });

    r = await reply('il deposito della memoria Verdi scade venerdì, ricordamelo 2 giorni prima');
    await check('it3', () =>
      expect(r).toMatch(/^Fatto: te lo ricordo mercoledì 16 dicembre alle 9:00: "[^"]*memoria Verdi[^"]*"\.$/),
    );

    r = await reply("domani alle 9:30 udienza Neri in corte d'appello");
    await check('it4', () => expect(r).toMatch(/^Fissato: udienza Neri in corte d'appello, domani, 9:30–10:30\./));

    r = await reply('mi prenotate la sala riunioni giovedì alle 15? vengono i clienti della Edilnord');
    await check('it5', () =>
      expect(r).toMatch(/^Chiedo all'ufficio di prenotare: sala riunioni, giovedì 17 dicembre alle 15:00\./),
    );

    r = await reply('anzi no, alle 11');
    await check('it6', async () => {
      expect(r).toMatch(/sala riunioni, giovedì 17 dicembre alle 11:00/);
      const room = await db.booking.findFirstOrThrow({ where: { clientId: client.id, title: 'sala riunioni' } });
      expect(room.startsAt).toEqual(at('2026-12-17T11:00:00'));
    });

    r = await reply('serve un corriere che porti i fascicoli Edilnord allo studio Marini entro le 12');
    await check('it7', () => expect(r).toMatch(/^Ho aperto la richiesta #\d+, da fare entro oggi alle 12:00: /));

    r = await reply('mi fate tradurre in inglese il contratto di locazione Rossi entro mercoledì?');
    await check('it8', async () => {
      expect(r).toMatch(/^Ho aperto la richiesta #\d+, da fare entro mercoledì 16 dicembre/);
      expect((await ticketAbout(client.id, 'tradurre')).summary).toBe(
        'tradurre in inglese il contratto di locazione Rossi',
      );
    });

    // Giulia asks in the translation's thread; the answer and then the contract reach her
    const translation = await ticketAbout(client.id, 'contratto');
    const translationTs = await chat.cardOf(translation.id);
    await chat.giuliaAsks(user, translation, translationTs, 'Le serve la traduzione giurata o basta una semplice?');
    r = await reply('giurata, è per il notaio');
    await check('it9', () => expect(r).toBe(relayedTo(translation.number)));

    chat.pause();
    await user.sendDocument({
      fileName: 'contratto Rossi.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 4000,
      caption: 'ecco il contratto da tradurre',
    });
    r = (await user.waitForReplies(1, 20_000))[0]!.text;
    await check('it10', async () => {
      expect(r).toBe(relayedTo(translation.number));
      const files = await db.attachment.findMany({ where: { clientId: client.id } });
      expect(files.map((f) => f.ticketId)).toEqual([translation.id]);
    });

    r = await reply('sono in udienza fino alle 13, non passatemi nessuno');
    await check('it11', () => expect(r).toMatch(/^(Ricevuto: hai da fare|Non disturbare) fino alle 13:00\./));

    const courier = await ticketAbout(client.id, 'corriere').catch(() => ({ number: 0, id: '' }));
    r = await reply(`a che punto è la richiesta ${courier.number}?`);
    await check('it12', () =>
      expect(r).toMatch(
        new RegExp(`^#${courier.number} «[^»]*corriere[^»]*»: aspetta che un'assistente la prenda in carico\\.`),
      ),
    );

    r = await reply('ricordami alle 17 di chiamare il cancelliere per il rinvio');
    await check('it13', () =>
      expect(r).toBe('Fatto: te lo ricordo oggi alle 17:00: "chiamare il cancelliere per il rinvio".'),
    );
    r = await reply('anzi no, alle 17:30');
    await check('it14', () =>
      expect(r).toBe('Spostato: te lo ricordo oggi alle 17:30: "chiamare il cancelliere per il rinvio".'),
    );

    r = await reply('stasera alle 20:30 cena con il collega Bruni da Cammillo');
    await check('it15', () => expect(r).toMatch(/^Fissato: cena con il collega Bruni da Cammillo, oggi, 20:30–/));

    r = await reply('ogni lunedì alle 8 ricordami di controllare le notifiche PEC');
    await check('it16', () =>
      expect(r).toBe(
        'Fatto: te lo ricordo ogni lunedì alle 8:00, a partire da lunedì 21 dicembre: "controllare le notifiche PEC".',
      ),
    );

    const slots = await say(user, "ho un'ora libera giovedì pomeriggio per ricevere il cliente Galli?");
    await check('it17', () => {
      expect(slots.text).toMatch(/^Spazi liberi di 60 minuti/);
      expect(slots.buttons.flat().length).toBeGreaterThan(0);
      expect(slots.buttons.flat().every((b) => !/^(ven|sab|dom|lun|mar|mer)/i.test(b.text))).toBe(true);
    });

    // dictated like a voice note: one run-on sentence, an appointment and a reminder before it
    r = await reply(
      "allora senti domani pomeriggio alle 15 viene in studio il signor Galli per la causa di lavoro quindi ricordami di preparare la procura un'ora prima",
    );
    await check('it18', async () => {
      expect(r).toMatch(/^Fissato: [^,]*Galli[^,]*, domani, 15:00–/);
      expect(r).toContain('E te lo ricordo domani alle 14:00.');
      const procura = await db.reminder.findFirst({ where: { clientId: client.id, text: { contains: 'procura' } } });
      expect(procura?.nextOccurrenceAt).toEqual(at('2026-12-15T14:00:00'));
    });

    // Giulia asks in the courier's thread
    const courierTs = await chat.cardOf(courier.id);
    await chat.giuliaAsks(user, courier, courierTs, 'A che indirizzo di preciso, e a chi li lascio?');
    r = await reply("via Ricasoli 12, terzo piano, alla segretaria dell'avv. Marini");
    await check('it19', () => expect(r).toBe(relayedTo(courier.number)));

    r = await reply('cosa ho domani?');
    await check('it20', () => {
      expect(r).toMatch(/^La tua agenda domani:/);
      expect(r).toContain("09:30 udienza Neri in corte d'appello");
      expect(r).toMatch(/15:00 [^\n]*Galli/);
      expect(r).toMatch(/14:00 promemoria: [^\n]*procura/);
    });

    r = (await cancelled(user, await say(user, 'la cena con Bruni salta, cancellala'), 'Sì')).text;
    await check('it21', () =>
      expect(r).toMatch(/^Annullato: cena con il collega Bruni da Cammillo, oggi alle 20:30\./),
    );

    r = await reply('grazie mille!');
    await check('it22', () => expect(r).toBe('Figurati!'));

    r = await reply("mi cerchi un interprete di tedesco per l'udienza di venerdì alle 9? il teste è austriaco");
    await check('it23', async () => {
      expect(r).toMatch(/^Ho aperto la richiesta #\d+/);
      expect((await ticketAbout(client.id, 'interprete')).summary).toMatch(/^cercare un interprete di tedesco/);
    });

    r = await reply('il ricorso Esposito scade il 22, ricordamelo il 21 alle 9');
    await check('it24', () =>
      expect(r).toMatch(/^Fatto: te lo ricordo lunedì 21 dicembre alle 9:00: "[^"]*ricorso Esposito[^"]*"\.$/),
    );

    r = await reply('ok');
    await check('it25', () => expect(r).toBe('Bene 👍'));

    r = await reply('quali richieste ho aperte?');
    await check('it26', () => {
      expect(r).toMatch(/^Le tue richieste in corso:/);
      for (const words of ['corriere', 'tradurre in inglese il contratto', 'interprete']) expect(r).toContain(words);
    });

    r = (await cancelled(user, await say(user, "togli il promemoria del cancelliere, l'ho già chiamato"), 'Sì')).text;
    await check('it27', () => expect(r).toBe('Ho annullato il promemoria "chiamare il cancelliere per il rinvio".'));

    r = await reply('udienza finita, ci sono di nuovo');
    await check('it28', () => expect(r).toBe('Ricevuto: sei di nuovo disponibile.'));

    r = await reply('che impegni ho giovedì?');
    await check('it29', () => expect(r).toMatch(/11:00 sala riunioni/));

    r = await reply('ricordami domani mattina alle 8 di prendere la toga, grazie');
    await check('it30', () => expect(r).toBe('Fatto: te lo ricordo domani alle 8:00: "prendere la toga".'));

    done(30);
  });

  it("the assistant's question, asked after the bot's, takes the answer", async () => {
    const { client, user } = await chat.linked('it');
    await say(user, 'serve un corriere che porti i fascicoli allo studio Marini entro le 12');
    const courier = await ticketAbout(client.id, 'corriere');
    expect((await say(user, 'ricordami di preparare la procura')).text).toMatch(/^Quando te lo ricordo/);
    await chat.giuliaAsks(user, courier, await chat.cardOf(courier.id), 'A che indirizzo di preciso?');
    expect((await say(user, 'via Ricasoli 12, terzo piano')).text).toBe(relayedTo(courier.number));
  });

  it('in English: ten messages from a wine merchant, the same day', async () => {
    const { user } = await chat.linked('en');
    const { check, done } = steps();
    const reply = async (text: string) => (await say(user, text)).text;

    let r = await reply(
      'morning! James here, I run the wine shop on via dei Neri. remind me at 11 to ring the Chianti supplier about the delivery',
    );
    await check('en1', () =>
      expect(r).toBe('Done: I will remind you today at 11:00: "ring the Chianti supplier about the delivery".'),
    );
    r = await reply('actually make it half 11');
    await check('en2', () =>
      expect(r).toBe('Moved: I will remind you today at 11:30: "ring the Chianti supplier about the delivery".'),
    );
    r = await reply('could you get a courier to collect 12 cases from the shop tomorrow morning?');
    await check('en3', () => expect(r).toMatch(/^I opened request #\d+/));
    r = await reply('wine tasting in the shop on thursday from 6 to 8pm');
    await check('en4', () => expect(r).toBe('Booked: wine tasting in the shop, Thursday 17 December, 18:00–20:00.'));
    r = await reply('dinner with the Antinori rep tomorrow at 8pm');
    await check('en5', () => expect(r).toMatch(/^Booked: dinner with the Antinori rep, tomorrow, 20:00–/));
    r = await reply("what's on tomorrow?");
    await check('en6', () => {
      expect(r).toMatch(/^Your agenda tomorrow:/);
      expect(r).toContain('20:00 dinner with the Antinori rep');
    });
    r = await reply('every friday at 5pm remind me to do the till count');
    await check('en7', () =>
      expect(r).toBe(
        'Done: I will remind you every Friday at 17:00, starting Friday 18 December: "do the till count".',
      ),
    );
    const slots = await say(user, 'have I got a free hour on wednesday afternoon?');
    await check('en8', () => {
      expect(slots.text).toMatch(/^Free slots of 60 minutes/);
      expect(slots.buttons.flat().length).toBeGreaterThan(0);
    });
    r = await reply('in a meeting with the bank till 3, hold my calls');
    await check('en9', () => expect(r).toMatch(/^Got it: you are busy until 15:00\./));
    r = (await cancelled(user, await say(user, 'scrap the dinner with the Antinori rep, he cancelled'), 'Yes')).text;
    await check('en10', () => expect(r).toMatch(/^Cancelled: dinner with the Antinori rep, tomorrow at 20:00\./));

    done(10);
  });
});
