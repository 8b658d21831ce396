import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import type { BotReply, EmulatedUser } from '../support/telegram-emulator.js';
import { testPrisma } from '../support/db.js';

// Saturday 12 December 2026, 9:00 in Rome: tomorrow is Sunday the 13th, Monday the 14th.
const now = new Date('2026-12-12T09:00:00+01:00');
const at = (local: string) => new Date(`${local}+01:00`);
const DESK = 'C0PLAYTEST6';
const SECRET = 'slack-signing-secret-playtest-6';
const db = testPrisma();

/**
 * Runs the conversation's checks step by step: a failing step is noted and the conversation goes
 * on, so every wrong reply shows; at the end, every step must have passed.
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
      console.log(`play-test 6: ${total - ids.length}/${total} right\n${failed.join('\n')}`);
      expect(ids).toEqual([]);
    },
  };
}

/**
 * Rosa, who runs a clothes shop in Bologna, on a Saturday of the Christmas sales: she mostly
 * talks to her phone (voice notes, transcribed by the OpenAI-compatible server), sends the photo
 * of an invoice right after asking the office about it, and types a few fragments between two
 * customers. Each reply is checked as Rosa would read it.
 */
describe('a clothes-shop owner who sends voice notes and photos (play-test 6)', () => {
  let chat: DeskChat;
  let openai: FakeOpenAi;
  let voiceNotes = 0;

  beforeAll(async () => {
    openai = await startFakeOpenAi();
    chat = await startDeskChat(now, SECRET, DESK, {
      RATE_LIMIT_PER_MIN: '1000',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: openai.url,
    });
  });
  afterAll(async () => {
    await chat?.stop();
    await openai?.close();
  });

  const say = (user: EmulatedUser, text: string) => chat.say(user, text);
  /** Rosa records a voice note; the server transcribes it as `words` */
  async function speak(user: EmulatedUser, words: string): Promise<BotReply> {
    const fileId = `pt6-voice-${++voiceNotes}-${Date.now()}`;
    openai.setTranscript(words);
    chat.telegram.addFile(fileId, Buffer.from(`OggS voice note ${voiceNotes}`));
    chat.pause();
    await user.sendMessage({
      voice: { file_id: fileId, file_unique_id: fileId, duration: 6, mime_type: 'audio/ogg', file_size: 30 },
    });
    return (await user.waitForReplies(1, 20_000))[0]!;
  }
  const heard = (words: string, answer: string) => `Ho capito: "${words}"\n${answer}`;
  const liveBookings = (clientId: string) =>
    db.booking.findMany({ where: { clientId, status: { in: ['requested', 'confirmed'] } } });
  const activeReminders = (clientId: string) =>
    db.reminder.findMany({ where: { clientId, status: 'active' }, orderBy: { createdAt: 'asc' } });
  const yesOf = (reply: BotReply) => reply.buttons.flat().find((b) => b.text === 'Sì');

  it('in Italian: twenty messages over a Saturday of sales', async () => {
    const { client, user } = await chat.linked('it');
    const { check, done } = steps();

    // 1-2. a reminder by voice with the hour in words, then corrected by voice
    let w = 'ricordami alle sei meno un quarto di chiudere la cassa';
    let r = await speak(user, w);
    await check('v1', () =>
      expect(r.text).toBe(heard(w, 'Fatto: te lo ricordo oggi alle 17:45: "chiudere la cassa".')),
    );
    w = 'no aspetta, alle sette';
    r = await speak(user, w);
    await check('v2', async () => {
      expect(r.text).toBe(heard(w, 'Spostato: te lo ricordo oggi alle 19:00: "chiudere la cassa".'));
      expect((await activeReminders(client.id)).map((x) => x.nextOccurrenceAt)).toEqual([at('2026-12-12T19:00:00')]);
    });

    // 3. a typed fragment between two customers: her own evening
    r = await say(user, 'stasera alle 8 e mezza pizza con le ragazze');
    await check('t3', () => expect(r.text).toMatch(/^Fissato: pizza con le ragazze, oggi, 20:30–/));

    // 4. a table the office books, by voice, numbers in words
    w = 'mi prenoti un tavolo per quattro da Gino domani sera alle otto?';
    r = await speak(user, w);
    await check('v4', () =>
      expect(r.text).toMatch(
        /^Ho capito: "[^\n]*"\nChiedo all'ufficio di prenotare: tavolo da Gino \(4 persone\), (domani|domenica 13 dicembre) alle 20:00\./,
      ),
    );

    // 5-6. a delegation by voice, then the invoice's photo right after: attached to that request
    w = 'senti chiama il fornitore Tessuti Ferri e digli che la fattura di novembre è sbagliata, ti mando la foto';
    r = await speak(user, w);
    const supplier = await db.ticket.findFirst({
      where: { clientId: client.id, summary: { contains: 'Tessuti Ferri', mode: 'insensitive' } },
    });
    await check('v5', () => {
      expect(r.text).toMatch(/^Ho capito: "[^\n]*"\nHo aperto la richiesta #\d+/);
      expect(supplier?.summary).toMatch(/^chiamare il fornitore Tessuti Ferri/);
    });
    chat.pause();
    await user.sendMessage({
      photo: [
        { file_id: `pt6-invoice-${client.id}`, file_unique_id: 'pt6-inv', width: 900, height: 1200, file_size: 8000 },
      ],
    });
    r = (await user.waitForReplies(1, 20_000))[0]!;
    await check('p6', async () => {
      expect(r.text).toBe(`Ho allegato il file alla richiesta #${supplier?.number}.`);
      // the voice notes' audio is kept too: the photo is what this step sent
      const photos = await db.attachment.findMany({ where: { clientId: client.id, kind: 'photo' } });
      expect(photos.map((f) => f.ticketId)).toEqual([supplier?.id]);
    });

    // 7-8. Monday's appointment by voice; Monday's agenda typed
    w = 'lunedì mattina alle dieci viene il rappresentante della Benetton';
    r = await speak(user, w);
    await check('v7', () =>
      expect(r.text).toMatch(
        /^Ho capito: "[^\n]*"\nFissato: rappresentante della Benetton, lunedì 14 dicembre, 10:00–11:00\./,
      ),
    );
    r = await say(user, 'cosa ho lunedì?');
    await check('t8', () => {
      // "per lunedì 14 dicembre" is as right as the heading first expected
      expect(r.text).toMatch(/^La tua agenda (?:per )?lunedì 14 dicembre:/);
      expect(r.text).toContain('10:00 rappresentante della Benetton');
    });

    // 9-10. a cancellation in her words, by voice: asked first, then done
    w = 'la pizza di stasera salta, cancellala';
    const ask = await speak(user, w);
    await check('v9', async () => {
      expect(ask.text).toContain('pizza con le ragazze');
      expect(ask.text).toMatch(/Annullo «pizza con le ragazze», oggi alle 20:30\?/);
      expect(yesOf(ask)).toBeDefined();
      expect((await liveBookings(client.id)).map((b) => b.title)).toContain('pizza con le ragazze');
    });
    const yes = yesOf(ask);
    r = yes ? await chat.press(user, ask, yes.data) : ask;
    await check('b10', async () => {
      expect(r.text).toMatch(/^Annullato: pizza con le ragazze, oggi alle 20:30\./);
      expect((await liveBookings(client.id)).map((b) => b.title)).not.toContain('pizza con le ragazze');
    });

    // 11. a voice note nobody can transcribe: a polite answer, the audio kept for an assistant
    openai.failTranscriptions(true);
    try {
      r = await speak(user, '');
    } finally {
      openai.failTranscriptions(false);
    }
    await check('v11', async () => {
      expect(r.text).toMatch(
        /^Non sono riuscito ad ascoltare il tuo messaggio vocale, quindi lo ascolterà un assistente \(richiesta #\d+\)\.$/,
      );
      const voiceTicket = await db.ticket.findFirstOrThrow({
        where: { clientId: client.id, summary: 'Messaggio vocale' },
        include: { attachments: true },
      });
      expect(voiceTicket.attachments.map((a) => a.kind)).toEqual(['voice']);
    });

    // 12. how the supplier's request is going, typed
    r = await say(user, 'a che punto è la richiesta del fornitore?');
    await check('t12', () =>
      expect(r.text).toMatch(
        new RegExp(`^#${supplier?.number} «chiamare il fornitore Tessuti Ferri[^»]*»: aspetta che un'assistente`),
      ),
    );

    // 13. a long rambling voice note with two requests in it
    w =
      'allora senti, oggi è un delirio, con i saldi è entrata gente tutta la mattina e la ragazza nuova non sa ancora usare il POS, comunque due cose: ricordami domani alle dieci di fare le foto della vetrina per Instagram, e poi lunedì alle tre ho il commercialista qui in negozio';
    r = await speak(user, w);
    // Two requests at different times in one message go to the desk whole (the contract's reading of
    // several requests): nothing is dropped, and no reminder swallows the accountant's visit.
    await check('v13', async () => {
      expect(r.text).toMatch(/^Ho capito: "[^\n]*"\nHo aperto la richiesta #\d+/);
      const both = await db.ticket.findFirstOrThrow({ where: { clientId: client.id }, orderBy: { number: 'desc' } });
      expect(both.details).toContain('fare le foto della vetrina per Instagram');
      expect(both.details).toContain('lunedì alle tre ho il commercialista');
      expect((await activeReminders(client.id)).filter((x) => x.text.includes('vetrina'))).toEqual([]);
    });

    // 14. typed like a text between customers
    r = await say(user, 'ricordami dmn alle 9 e mezza di portare i cartellini dei saldi');
    await check('t14', () =>
      expect(r.text).toBe('Fatto: te lo ricordo domani alle 9:30: "portare i cartellini dei saldi".'),
    );

    // 15. a weekly reminder by voice
    w = 'ricordami ogni sabato alle otto di mattina di cambiare la vetrina';
    r = await speak(user, w);
    await check('v15', () =>
      expect(r.text).toBe(
        heard(w, 'Fatto: te lo ricordo ogni sabato alle 8:00, a partire da sabato 19 dicembre: "cambiare la vetrina".'),
      ),
    );

    // 16-17. busy with a customer by voice; free again, typed
    w = 'sono con una cliente fino alle undici, non passatemi nessuno';
    r = await speak(user, w);
    await check('v16', async () => {
      expect(r.text).toMatch(/^Ho capito: "[^\n]*"\nRicevuto: hai da fare fino alle 11:00\./);
      expect((await db.client.findUniqueOrThrow({ where: { id: client.id } })).availabilityUntil).toEqual(
        at('2026-12-12T11:00:00'),
      );
    });
    r = await say(user, 'ok ci sono di nuovo');
    await check('t17', () => expect(r.text).toBe('Ricevuto: sei di nuovo disponibile.'));

    // 18. a reminder cancelled in her words, by voice: asked first, then done
    w = 'togli il promemoria della cassa, la chiude mia figlia stasera';
    const askReminder = await speak(user, w);
    const yesReminder = yesOf(askReminder);
    r = yesReminder ? await chat.press(user, askReminder, yesReminder.data) : askReminder;
    await check('v18', async () => {
      expect(askReminder.text).toContain('Annullo il promemoria «chiudere la cassa»');
      expect(r.text).toBe('Ho annullato il promemoria "chiudere la cassa".');
      expect((await activeReminders(client.id)).map((x) => x.text)).not.toContain('chiudere la cassa');
    });

    // 19. tomorrow's agenda, typed
    r = await say(user, 'che impegni ho domani?');
    await check('t19', () => {
      expect(r.text).toMatch(/^La tua agenda domani:/);
      expect(r.text).toContain('09:30 promemoria: portare i cartellini dei saldi');
      // the shop-window photos are in the request of step 13, with the desk: not on the agenda yet
      expect(r.text).not.toContain('vetrina');
      expect(r.text).toContain('20:00 tavolo da Gino (4 persone) (da confermare)');
    });

    // 20. thanks, by voice
    w = 'grazie mille, sei un angelo';
    r = await speak(user, w);
    await check('v20', () => expect(r.text).toBe(heard(w, 'Figurati!')));

    done(20);
  });
});
