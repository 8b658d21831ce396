import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import { createStaff, StaffBrowser } from '../support/staff.js';
import type { BotReply, EmulatedUser } from '../support/telegram-emulator.js';
import { testPrisma } from '../support/db.js';
import { eventually } from '../support/workers.js';

// Monday 11 January 2027, 8:15 in Bari: the week runs to Saturday the 16th.
const start = new Date('2027-01-11T08:15:00+01:00');
const at = (local: string) => new Date(`${local}+01:00`);
const DESK = 'C0PLAYTEST7';
const SECRET = 'slack-signing-secret-playtest-7';
const db = testPrisma();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Steps whose reply a demanding client would find wrong, as first seen (written before any fix).
 * A step listed here may fail; every other step must pass. The list shrinks as faults are fixed.
 */
const KNOWN_FAILING = new Set<string>([]);
/** The second round's steps as first seen, written after the first round's fixes. */
const KNOWN_FAILING_2 = new Set<string>([]);

/** Runs the checks step by step: a failing step is noted and the conversation goes on. */
function steps(known = KNOWN_FAILING) {
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
      console.log(`play-test 7: ${total - ids.length}/${total} right\n${failed.join('\n')}`);
      expect(ids.filter((id) => !known.has(id))).toEqual([]);
    },
  };
}

/**
 * Lucia, who runs a hairdresser's salon in Bari, over a week in January: she types fast between
 * two clients (typos, no accents, run-on sentences), sends the photo of a leaking basin and a
 * price list in PDF, answers Giulia's questions in the tickets' threads, has the office book a
 * dinner and corrects its day, sets, moves and cancels reminders, cancels requests by number
 * (hers, another client's, one that does not exist) and by words, asks her agenda and how a
 * request is going, and chats a little. The clock moves through the week.
 */
describe('a hairdresser in Bari over a week, with the Slack desk (play-test 7)', () => {
  let chat: DeskChat;
  let clock = start;

  beforeAll(async () => {
    chat = await startDeskChat(() => clock, SECRET, DESK, { RATE_LIMIT_PER_MIN: '1000' });
  });
  afterAll(async () => {
    await chat?.stop();
  });

  /** she reads each answer before writing again */
  const later = (ms = 20_000) => (clock = new Date(clock.getTime() + ms));
  const dayAt = (local: string) => (clock = at(local));
  const say = (user: EmulatedUser, text: string) => (later(), chat.say(user, text));
  const press = (user: EmulatedUser, reply: BotReply, text: string) => {
    later();
    const button = reply.buttons.flat().find((b) => b.text === text);
    return button ? chat.press(user, reply, button.data) : Promise.resolve(reply);
  };
  const relayedTo = (n: number) => `✓ Girato a Giulia (richiesta #${n}).`;
  const ticketAbout = (clientId: string, words: string) =>
    db.ticket.findFirstOrThrow({ where: { clientId, summary: { contains: words, mode: 'insensitive' } } });
  const activeReminders = (clientId: string) =>
    db.reminder.findMany({ where: { clientId, status: 'active' }, orderBy: { createdAt: 'asc' } });
  const statusOf = async (id: string) => (await db.ticket.findUniqueOrThrow({ where: { id } })).status;
  /** the uploads of files into a ticket's thread, as Giulia sees them in Slack */
  const threadUploads = (ts: string, count: number) =>
    eventually(
      'the uploads in the thread',
      async () => {
        const done = chat.slack.calls.filter(
          (c) => c.method === 'files.completeUploadExternal' && c.body.thread_ts === ts,
        );
        return done.length >= count ? done : undefined;
      },
      30_000,
    );
  /** Giulia opens the ticket's files from the back-office: the bytes the client sent */
  async function giuliaOpens(ticketNumber: number) {
    const staff = await createStaff('assistant');
    const browser = new StaffBrowser(chat.app.url);
    await browser.loginOk(staff.email);
    const page = await browser.page(`/admin/tickets/${ticketNumber}`);
    const links = [...page.html.matchAll(/href="(\/admin\/tickets\/\d+\/files\/[^"]+)"/g)].map((m) => m[1]!);
    return Promise.all(links.map(async (l) => Buffer.from(await (await browser.request(l)).arrayBuffer())));
  }

  it('in Italian: thirty messages over a week at the salon', async () => {
    // another client of the office, whose request Lucia must never touch
    const other = await chat.linked('it');
    await say(other.user, 'mi traducete in inglese il menu del ristorante entro venerdì?');
    const othersTicket = await ticketAbout(other.client.id, 'menu');

    const { client, user } = await chat.linked('it');
    const { check, done } = steps();
    const reply = async (text: string) => (await say(user, text)).text;

    // Monday 11 January, 8:15
    let r = await reply('buongiorno sono Lucia, ho un salone da parrucchiera a Bari. mi hanno detto di scrivere qui');
    await check('s1', () => expect(r).toMatch(/^Ciao! Scrivimi come scriveresti alla tua assistente/));

    r = await reply('ricordami domni alle 9 di ordinare le tinte dal fornitore');
    await check('s2', () =>
      expect(r).toBe('Fatto: te lo ricordo domani alle 9:00: "ordinare le tinte dal fornitore".'),
    );

    r = await reply('spostalo alle 10 che alle 9 ho la prima cliente');
    await check('s3', async () => {
      expect(r).toBe('Spostato: te lo ricordo domani alle 10:00: "ordinare le tinte dal fornitore".');
      expect((await activeReminders(client.id)).map((x) => x.nextOccurrenceAt)).toEqual([at('2027-01-12T10:00:00')]);
    });

    r = await reply('il lavandino del salone perde, mi trovate un idraulico entro mercoledi?');
    const plumber = await ticketAbout(client.id, 'idraulico').catch(() => ({ id: '', number: 0 }));
    await check('s4', () => expect(r).toMatch(/^Ho aperto la richiesta #\d+, da fare entro mercoledì 13 gennaio/));

    const plumberTs = await chat.cardOf(plumber.id);
    await chat.giuliaAsks(user, plumber, plumberTs, 'Che tipo di lavandino è? Mi manda una foto del tubo che perde?');
    r = await reply('è un lavatesta da parrucchiere, quello vicino alla finestra. adesso ti mando la foto');
    await check('s5', async () => {
      expect(r).toBe(relayedTo(plumber.number));
      await chat.threadPost(plumberTs, 'lavatesta da parrucchiere');
    });

    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(6_000, 7)]);
    chat.telegram.addFile(`pt7-photo-${client.id}`, photo);
    later();
    chat.pause();
    await user.sendMessage({
      photo: [
        {
          file_id: `pt7-photo-${client.id}`,
          file_unique_id: 'pt7-ph',
          width: 800,
          height: 600,
          file_size: photo.length,
        },
      ],
    });
    r = (await user.waitForReplies(1, 20_000))[0]!.text;
    await check('s6', async () => {
      expect(r).toMatch(
        new RegExp(
          `^(${relayedTo(plumber.number).replace(/[.()#✓]/g, '\\$&')}|Ho allegato il file alla richiesta #${plumber.number}\\.)$`,
        ),
      );
      const photos = await db.attachment.findMany({ where: { clientId: client.id, kind: 'photo' } });
      expect(photos.map((f) => f.ticketId)).toEqual([plumber.id]);
      await threadUploads(plumberTs, 1);
      expect((await giuliaOpens(plumber.number)).map(sha256)).toContain(sha256(photo));
    });

    await chat.giuliaAsks(user, plumber, plumberTs, "Grazie! L'idraulico può passare mattina o pomeriggio?");
    r = await reply('meglio la mattina presto, prima delle 9 che apro il salone');
    await check('s7', async () => {
      expect(r).toBe(relayedTo(plumber.number));
      await chat.threadPost(plumberTs, 'prima delle 9');
    });

    r = await reply('mi prenoti un tavolo x 6 da Nonna Rosa sabato sera alle 9? è il compleanno di mia sorella');
    await check('s8', () =>
      expect(r).toMatch(
        /^Chiedo all'ufficio di prenotare: tavolo da Nonna Rosa \(6 persone\), sabato 16 gennaio alle 21:00\./,
      ),
    );

    r = await reply('no scusa, giovedì');
    await check('s9', async () => {
      expect(r).toMatch(/tavolo da Nonna Rosa \(6 persone\), giovedì 14 gennaio alle 21:00/);
      const table = await db.booking.findFirst({ where: { clientId: client.id, title: { contains: 'Nonna Rosa' } } });
      expect(table?.startsAt).toEqual(at('2027-01-14T21:00:00'));
    });

    // Tuesday 12 January, 8:05
    dayAt('2027-01-12T08:05:00');
    r = await reply('cosa ho oggi?');
    await check('s10', () => {
      expect(r).toMatch(/^La tua agenda oggi:/);
      expect(r).toContain('10:00 promemoria: ordinare le tinte dal fornitore');
    });

    const listino = Buffer.concat([Buffer.from('%PDF-1.4 listino\n'), Buffer.alloc(20_000, 'l'.charCodeAt(0))]);
    chat.telegram.addFile(`pt7-pdf-${client.id}`, listino);
    later();
    chat.pause();
    await user.sendMessage({
      document: {
        file_id: `pt7-pdf-${client.id}`,
        file_unique_id: 'pt7-pdf',
        file_name: 'listino prezzi 2027.pdf',
        mime_type: 'application/pdf',
        file_size: listino.length,
      },
      caption: 'mi fate stampare 50 copie di questo listino entro venerdi? a colori',
    });
    r = (await user.waitForReplies(1, 20_000))[0]!.text;
    const prints = await ticketAbout(client.id, 'stampare').catch(() => ({ id: '', number: 0, summary: '' }));
    const printsTs = prints.id ? await chat.cardOf(prints.id) : '';
    await check('s11', async () => {
      expect(r).toMatch(/^Ho aperto la richiesta #\d+, da fare entro venerdì 15 gennaio/);
      expect(prints.summary).toMatch(/^stampare 50 copie/);
      const files = await db.attachment.findMany({ where: { clientId: client.id, kind: { not: 'photo' } } });
      expect(files.map((f) => [f.fileName, f.ticketId])).toEqual([['listino prezzi 2027.pdf', prints.id]]);
      const [upload] = await threadUploads(printsTs, 1);
      expect(String(upload!.body.initial_comment)).toContain('listino prezzi 2027.pdf');
      expect((await giuliaOpens(prints.number)).map(sha256)).toContain(sha256(listino));
    });

    await chat.giuliaAsks(user, prints, printsTs, 'Su carta normale o su cartoncino?');
    r = await reply('cartoncino se si puo, tipo quello dei biglietti da visita');
    await check('s12', async () => {
      expect(r).toBe(relayedTo(prints.number));
      await chat.threadPost(printsTs, 'cartoncino');
    });

    r = await reply(`a che punto è la richiesta ${prints.number}?`);
    await check('s13', () =>
      expect(r).toMatch(new RegExp(`^#${prints.number} «stampare 50 copie[^»]*»: se ne occupa Giulia`)),
    );

    r = await reply(`annulla la richiesta ${othersTicket.number}`);
    await check('s14', async () => {
      expect(r).toMatch(new RegExp(`^Non hai una richiesta aperta #${othersTicket.number}\\.`));
      expect(r).not.toContain('menu');
      expect(await statusOf(othersTicket.id)).toBe('open');
    });

    r = await reply('annulla la richiesta 99999');
    await check('s15', async () => {
      expect(r).toMatch(/^Non hai una richiesta aperta #99999\./);
      expect(r).not.toContain('menu');
      expect(await statusOf(plumber.id)).toBe('claimed');
      expect(await statusOf(prints.id)).toBe('claimed');
    });

    r = await reply('che freddo stamattina, qui a Bari non ci siamo abituati 🥶');
    await check('s16', async () => {
      expect(r).not.toMatch(/richiesta #/);
      expect(await db.ticket.count({ where: { clientId: client.id } })).toBe(3);
    });

    // Wednesday 13 January, 13:10, between two clients
    dayAt('2027-01-13T13:10:00');
    r = await reply(
      "allora senti ehm domani mattina alle 8 e mezza viene la rappresentante della L'Oréal per le nuove colorazioni quindi ricordami mezz'ora prima di preparare il campionario",
    );
    await check('s17', async () => {
      expect(r).toMatch(/^Fissato: [^,]*rappresentante della L'Oréal[^,]*, domani, 8:30–/);
      expect(r).toContain('E te lo ricordo domani alle 8:00.');
      const kit = await db.reminder.findFirst({ where: { clientId: client.id, text: { contains: 'campionario' } } });
      expect(kit?.nextOccurrenceAt).toEqual(at('2027-01-14T08:00:00'));
    });

    r = await reply('ricordami venerdi alle 18 di fare la chiusura cassa della settimana');
    await check('s18', () =>
      expect(r).toBe('Fatto: te lo ricordo venerdì 15 gennaio alle 18:00: "fare la chiusura cassa della settimana".'),
    );

    // "il promemoria della cassa" names that one reminder (the kind and a word of its text): done at
    // once, as the product decides for a one-off reminder named by its words; first written as asked
    const askReminder = await say(user, 'togli il promemoria della cassa, la fa mio marito');
    r = (await press(user, askReminder, 'Sì')).text;
    await check('s19', async () => {
      if (askReminder.buttons.length > 0)
        expect(askReminder.text).toContain('Annullo il promemoria «fare la chiusura cassa della settimana»');
      expect(r).toBe('Ho annullato il promemoria "fare la chiusura cassa della settimana".');
      expect((await activeReminders(client.id)).map((x) => x.text)).not.toContain(
        'fare la chiusura cassa della settimana',
      );
    });

    const askPrints = await say(user, `annulla la richiesta ${prints.number}, il listino lo stampo io in copisteria`);
    await check('s20', async () => {
      expect(askPrints.text).toBe(
        `Giulia ci sta già lavorando. Annullo «${prints.summary}» (richiesta #${prints.number})?`,
      );
      expect(await statusOf(prints.id)).toBe('claimed');
    });
    r = (await press(user, askPrints, 'Sì')).text;
    await check('s21', async () => {
      expect(r).toBe(`Ho annullato la richiesta #${prints.number}: «${prints.summary}».`);
      expect(await statusOf(prints.id)).toBe('cancelled');
      expect(await statusOf(plumber.id)).toBe('claimed');
      await chat.threadPost(printsTs, 'Il cliente ha annullato questa richiesta');
    });

    // inferred, not said by number: asked first, and "no" keeps it
    const askPlumber = await say(user, "lascia stare anche quella dell'idraulico");
    await check('s22', async () => {
      expect(askPlumber.text).toMatch(
        new RegExp(`Annullo «[^»]*idraulico[^»]*» \\(richiesta #${plumber.number}\\)\\?$`),
      );
      expect(await statusOf(plumber.id)).toBe('claimed');
    });
    r = (await press(user, askPlumber, 'No')).text;
    await check('s23', async () => {
      expect(r).toBe('Va bene, non annullo niente.');
      expect(await statusOf(plumber.id)).toBe('claimed');
      expect(await statusOf(othersTicket.id)).toBe('open');
    });

    // Thursday 14 January, 7:40
    dayAt('2027-01-14T07:40:00');
    r = await reply('che impegni ho oggi?');
    await check('s24', () => {
      expect(r).toMatch(/^La tua agenda oggi:/);
      expect(r).toMatch(/08:00 promemoria: preparare il campionario/);
      expect(r).toMatch(/08:30 [^\n]*L'Oréal/);
      expect(r).toContain('21:00 tavolo da Nonna Rosa (6 persone) (da confermare)');
    });

    r = await reply(`a che punto e la richiesta ${plumber.number}`);
    await check('s25', () =>
      expect(r).toMatch(new RegExp(`^#${plumber.number} «[^»]*idraulico[^»]*»: se ne occupa Giulia`)),
    );

    r = await reply('ricordami sabto mattina alle 8 di passare in banca x il POS');
    await check('s26', () =>
      expect(r).toBe('Fatto: te lo ricordo sabato 16 gennaio alle 8:00: "passare in banca per il POS".'),
    );

    r = await reply('anzi alle 8 e mezza');
    await check('s27', async () => {
      expect(r).toBe('Spostato: te lo ricordo sabato 16 gennaio alle 8:30: "passare in banca per il POS".');
      const bank = await db.reminder.findFirst({ where: { clientId: client.id, text: { contains: 'banca' } } });
      expect(bank?.nextOccurrenceAt).toEqual(at('2027-01-16T08:30:00'));
    });

    // Friday 15 January, 19:30
    dayAt('2027-01-15T19:30:00');
    r = await reply('quali richieste ho aperte?');
    await check('s28', () => {
      expect(r).toMatch(/^Le tue richieste in corso:/);
      expect(r).toContain('idraulico');
      expect(r).not.toContain('stampare');
      expect(r).not.toContain('menu');
    });

    r = await reply('che settimana pesante, meno male che ci siete voi');
    await check('s29', async () => {
      expect(r).not.toMatch(/richiesta #/);
      expect(await db.ticket.count({ where: { clientId: client.id } })).toBe(3);
    });

    r = await reply('grazie di tutto, buon fine settimana!');
    await check('s30', () => expect(r).toMatch(/^(Figurati!|A presto!)/));

    done(30);
  });

  it('second round: an accountant types cancels and moves in a hurry, the next Monday', async () => {
    // Monday 18 January 2027, 9:00 in Lecce: Thursday is the 21st, Friday the 22nd
    dayAt('2027-01-18T09:00:00');
    const { client, user } = await chat.linked('it');
    const { check, done } = steps(KNOWN_FAILING_2);
    const reply = async (text: string) => (await say(user, text)).text;

    let r = await reply('ricordmi alle 11 di mandare gli F24 ai clienti');
    await check('m1', () => expect(r).toBe('Fatto: te lo ricordo oggi alle 11:00: "mandare gli F24 ai clienti".'));

    r = await reply('mi prenotate la sala del coworking giovedi dalle 10 alle 12?');
    await check('m2', () =>
      expect(r).toMatch(/^Chiedo all'ufficio di prenotare: sala del coworking, giovedì 21 gennaio/),
    );

    // a pronoun is a guess: asked first, and "no" keeps the room
    const askRoom = await say(user, 'annullala');
    const liveRoom = () =>
      db.booking.count({
        where: { clientId: client.id, title: { contains: 'coworking' }, status: { in: ['requested', 'confirmed'] } },
      });
    await check('m3', async () => {
      expect(askRoom.text).toMatch(/^Annullo «sala del coworking», giovedì 21 gennaio/);
      expect(await liveRoom()).toBe(1);
    });
    r = (await press(user, askRoom, 'No')).text;
    await check('m4', async () => {
      expect(r).toBe('Va bene, non annullo niente.');
      expect(await liveRoom()).toBe(1);
    });

    r = await reply('mi fate il preventivo per il nuovo cliente Rizzi entro venerdi');
    const quote = await ticketAbout(client.id, 'Rizzi').catch(() => ({ id: '', number: 0, summary: '' }));
    await check('m5', () => expect(r).toMatch(/^Ho aperto la richiesta #\d+, da fare entro venerdì 22 gennaio/));

    r = await reply(`anulla la richiesta ${quote.number}`);
    await check('m6', async () => {
      expect(r).toBe(`Ho annullato la richiesta #${quote.number}: «${quote.summary}».`);
      expect(await statusOf(quote.id)).toBe('cancelled');
    });

    const twelve = () => db.ticket.findMany({ where: { number: 12 }, select: { status: true } });
    const before = await twelve();
    r = await reply('cancella la richiesta numero 12');
    await check('m7', async () => {
      expect(r).toMatch(/^Non hai una richiesta aperta #12\./);
      expect(await twelve()).toEqual(before);
      expect(await liveRoom()).toBe(1);
    });

    r = await reply(`a che punto e la richiesta ${quote.number}`);
    await check('m8', () => expect(r).toMatch(new RegExp(`^#${quote.number} «[^»]*Rizzi[^»]*»: annullata\\.`)));

    r = await reply('sposta il promemoria degli F24 alle 12 perche alle 11 ho un cliente');
    await check('m9', () => expect(r).toBe('Spostato: te lo ricordo oggi alle 12:00: "mandare gli F24 ai clienti".'));

    r = await reply('no scusa, alle 12 e mezza');
    await check('m10', async () => {
      expect(r).toBe('Spostato: te lo ricordo oggi alle 12:30: "mandare gli F24 ai clienti".');
      expect((await activeReminders(client.id)).map((x) => x.nextOccurrenceAt)).toEqual([at('2027-01-18T12:30:00')]);
    });

    r = await reply('cosa ho giovedi?');
    await check('m11', () => {
      expect(r).toMatch(/^La tua agenda (?:per )?giovedì 21 gennaio:/);
      expect(r).toMatch(/10:00 sala del coworking/);
    });

    r = await reply('ok grazie mille, buona giornata');
    await check('m12', () => expect(r).toMatch(/^(Figurati!|A presto!)/));

    done(12);
  });
});
