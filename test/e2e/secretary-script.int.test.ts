import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import { testPrisma } from '../support/db.js';

// Monday 23 November 2026, 10:00 in Rome: "giovedì" is the 26th, "venerdì" the 27th.
const now = new Date('2026-11-23T10:00:00+01:00');
const DESK = 'C0SCRIPT';
const db = testPrisma();

/**
 * A morning of one Italian client, 40 messages: requests, answers to the assistant without the
 * reply gesture, a file, cancellations by number and by words, fragments and small talk. At the
 * end nothing is there that the client did not ask for, nothing changed that they did not mean,
 * and every answer to the assistant is in her thread.
 */
describe('a 40-message morning with the virtual office (Telegram client, Slack desk)', () => {
  let chat: DeskChat;
  beforeAll(async () => {
    // a quick typist: the whole morning is sent in well under a minute
    chat = await startDeskChat(now, 'slack-signing-secret-script', DESK, { RATE_LIMIT_PER_MIN: '100' });
  });
  afterAll(async () => {
    await chat?.stop();
  });

  it('ends with no junk ticket, no junk reminder, nothing changed by guess, every answer in the thread', async () => {
    const { client, user } = await chat.linked('it');
    const sent: string[] = [];
    const transcript: string[] = [];
    const say = async (text: string) => {
      sent.push(text);
      const reply = await chat.say(user, text);
      transcript.push(`> ${text}\n< ${reply.text.replace(/\n/g, '\n< ')}`);
      return reply;
    };
    const press = async (reply: { messageId: number }, label: string, buttons: { text: string; data: string }[][]) => {
      sent.push(`[${label}]`);
      const button = buttons.flat().find((b) => b.text === label);
      expect(button, `button ${label}`).toBeDefined();
      const answer = await chat.press(user, reply, button!.data);
      transcript.push(`> [${label}]\n< ${answer.text}`);
      return answer;
    };
    const tickets = () => db.ticket.findMany({ where: { clientId: client.id }, orderBy: { number: 'asc' } });
    try {
      expect((await say('ciao')).text).toBe('Ciao! Dimmi pure cosa ti serve.');
      await say('Traduci il contratto di affitto in inglese entro venerdì');
      const [translation] = await tickets();
      const ts = await chat.cardOf(translation!.id);
      await chat.giuliaAsks(user, translation!, ts, 'Mi mandi il PDF del contratto?');
      sent.push('(Giulia asks for the PDF)');

      const relayed = /^✓ Girato a Giulia \(richiesta #\d+\)\.$/;
      expect((await say('te lo mando stasera, grazie')).text).toMatch(relayed);
      expect((await say('ricordami domani alle 9 di pagare la bolletta')).text).toMatch(/pagare la bolletta/);
      expect((await say('👍')).text).toBe('Bene 👍');
      sent.push('(contratto.pdf, no caption)');
      await user.sendDocument({ fileName: 'contratto.pdf', mimeType: 'application/pdf', sizeBytes: 1000 });
      expect((await user.waitForReplies(1, 20_000))[0]!.text).toMatch(relayed);

      await say('prenotami un tavolo da Mario venerdì alle 20 per 4');
      // words added to the table just asked for join its request, never a request of their own
      expect((await say('aggiungi che vorrei un tavolo vicino alla finestra')).text).toMatch(
        /^Aggiunto alla richiesta #\d+: «vorrei un tavolo vicino alla finestra»\.$/,
      );
      // a time of its own, nothing of what Giulia asked: a request of its own, never held back
      expect((await say('riunione con Rossi giovedì alle 10')).text).toMatch(
        /^Fissato: riunione con Rossi, giovedì 26 novembre, 10:00–11:00/,
      );
      const clash = await say('giovedì ho udienza alle 9:30 in tribunale');
      expect(clash.text).toMatch(/hai già «riunione con Rossi»/);
      expect((await say("segnalo lo stesso alle 9:30, l'udienza non si sposta")).text).toMatch(/sovrapposto a/);
      expect((await say('cosa ho giovedì?')).text).toMatch(/09:30 udienza in tribunale[\s\S]*10:00 riunione con Rossi/);
      expect((await say('a che punto è la traduzione del contratto?')).text).toMatch(/Giulia/);

      sent.push('ricordarmi', 'di ordinare');
      await user.sendText('ricordarmi');
      await user.sendText('di ordinare');
      expect((await say('le viti')).text).toMatch(/ordinare le viti/);
      expect((await say('domani alle 16')).text).toMatch(/ordinare le viti/);

      expect((await say('annulla la richiesta 99999')).text).toMatch(/^Non hai una richiesta aperta #99999\. Hai /);
      const confirm = await say('annulla la riunione con Rossi');
      expect(confirm.text).toMatch(/^Annullo «riunione con Rossi»/);
      expect((await say('no')).text).toBe('Va bene, non annullo niente.');
      expect((await say('grazie')).text).toBe('Figurati!');
      expect((await say('perfetto')).text).toBe('Bene 👍');
      expect((await say('annulla')).text).toMatch(/^Non c'è niente da annullare/);

      await chat.giuliaAsks(user, translation!, ts, 'Preferisci inglese britannico o americano?');
      sent.push('(Giulia asks British or American)');
      expect((await say('britannico, grazie')).text).toMatch(relayed);
      expect((await say('cmq nn è urgente')).text).toMatch(relayed);
      expect((await say('cancella il promemoria della bolletta')).text).toMatch(/bolletta/);

      const office = (await tickets()).find((t) => t.category === 'booking')!;
      expect((await say(`annulla la richiesta #${office.number}`)).text).toMatch(/^Annullato: tavolo da Mario/);
      expect((await say('ok')).text).toBe('Bene 👍');
      const slots = await say("trovami un'ora libera mercoledì pomeriggio");
      await press(slots, slots.buttons[0]![0]!.text, slots.buttons);
      expect((await say('ricordami ogni lunedì alle 8 di controllare la posta')).text).toMatch(/controllare la posta/);
      const series = await say('annulla il promemoria della posta');
      await press(series, 'Solo questa volta', series.buttons);
      expect((await say('che ho domani?')).text).toMatch(/ordinare le viti/);
      expect((await say('buonasera')).text).toBe('Ciao! Dimmi pure cosa ti serve.');
      expect((await say('il tavolo da Mario è prenotato?')).text).toBe(
        `#${office.number} «${office.summary}»: l'hai annullata tu; l'ufficio sta disdicendo la prenotazione.`,
      );
      expect((await say('la traduzione è pronta?')).text).toMatch(/se ne occupa Giulia[\s\S]*britannico o americano/);
      expect((await say('ok grazie')).text).toMatch(/Bene|Figurati/);
      expect(sent.length).toBeGreaterThanOrEqual(40);

      // nothing the client did not ask for
      const all = await tickets();
      expect(all.map((t) => [t.category, t.status])).toEqual([
        ['translation', 'claimed'],
        // the client cancelled the table: the desk still has to call it off with the restaurant
        ['booking', 'open'],
      ]);
      const reminders = await db.reminder.findMany({ where: { clientId: client.id }, orderBy: { createdAt: 'asc' } });
      expect(reminders.map((r) => [r.text, r.status])).toEqual([
        ['pagare la bolletta', 'cancelled'],
        ['ordinare le viti', 'active'],
        ['controllare la posta', 'active'],
      ]);
      const bookings = await db.booking.findMany({ where: { clientId: client.id }, orderBy: { startsAt: 'asc' } });
      expect(bookings.map((b) => [b.title, b.status])).toEqual([
        ['Appuntamento', 'confirmed'],
        ['udienza in tribunale', 'confirmed'],
        ['riunione con Rossi', 'confirmed'],
        [expect.stringMatching(/tavolo/), 'cancelled'],
      ]);
      // every answer to Giulia is in her thread, and nothing else is
      const inThread = await db.message.findMany({
        where: { ticketId: translation!.id, direction: 'inbound' },
        orderBy: { createdAt: 'asc' },
        select: { body: true, kind: true },
      });
      expect(inThread.map((m) => m.body ?? m.kind)).toEqual([
        'Traduci il contratto di affitto in inglese entro venerdì',
        'te lo mando stasera, grazie',
        expect.anything(),
        'britannico, grazie',
        'cmq nn è urgente',
      ]);
    } catch (err) {
      // the morning so far, to see where it went wrong
      console.log(transcript.join('\n'));
      throw err;
    }
  }, 180_000);
});
