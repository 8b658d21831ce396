import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import type { EmulatedUser } from '../support/telegram-emulator.js';
import { testPrisma } from '../support/db.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const DESK = 'C0CONV';
const db = testPrisma();

describe('the conversation keeps the thread (issue 16): Telegram client, Slack desk', () => {
  let chat: DeskChat;

  beforeAll(async () => {
    chat = await startDeskChat(now, 'slack-signing-secret-conversation', DESK);
  });
  afterAll(async () => {
    await chat?.stop();
  });

  const linked = (lang: 'it' | 'en') => chat.linked(lang);
  const say = (user: EmulatedUser, text: string) => chat.say(user, text);
  const press = (user: EmulatedUser, reply: { messageId: number }, data: string) => chat.press(user, reply, data);
  const threadPost = (ts: string, text: string) => chat.threadPost(ts, text);

  /** A request claimed by Giulia, who asks the client something in the thread. */
  async function talkingWithGiulia(lang: 'it' | 'en', request: string, question: string) {
    const { client, user } = await linked(lang);
    await say(user, request);
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    const ts = await chat.cardOf(ticket.id);
    await chat.giuliaAsks(user, ticket, ts, question);
    return { client, user, ticket, ts };
  }

  it.each([
    {
      lang: 'it' as const,
      request: 'Traduci il contratto di affitto in inglese entro venerdì',
      question: 'Mi mandi il PDF del contratto?',
      answers: ['te lo mando stasera, grazie', 'ok glielo mando domani mattina, grazie', 'cmq nn è urgente', 'chiama'],
      relayed: /^✓ Girato a Giulia \(richiesta #\d+\)\.$/,
      request2: 'ricordami domani alle 9 di pagare la bolletta',
      // a time of its own, but the words of Giulia's question: could be either
      unsure: 'domani alle 10 firmo il contratto dal commercialista',
      toGiulia: /^Per Giulia, richiesta #\d+$/,
      newOne: 'È una nuova richiesta',
    },
    {
      lang: 'en' as const,
      request: 'Translate the lease agreement into Italian by Friday',
      question: 'Could you send me the PDF of the lease?',
      answers: ["I'll send it tonight, thanks", 'sure, tomorrow morning', 'not urgent anyway', 'call me'],
      relayed: /^✓ Passed on to Giulia \(request #\d+\)\.$/,
      request2: 'remind me tomorrow at 9 to pay the bill',
      unsure: "tomorrow at 10 I sign the lease at the accountant's",
      toGiulia: /^For Giulia, request #\d+$/,
      newOne: 'It is a new request',
    },
  ])('answers to the assistant reach the thread without the reply gesture ($lang)', async (c) => {
    const { client, user, ticket, ts } = await talkingWithGiulia(c.lang, c.request, c.question);
    for (const answer of c.answers) {
      expect((await say(user, answer)).text).toMatch(c.relayed);
      await threadPost(ts, answer);
    }
    // a file with no caption, a moment later, goes to the ticket in conversation, not to the newest one
    chat.pause();
    await user.sendDocument({ fileName: 'contratto.pdf', mimeType: 'application/pdf', sizeBytes: 1000 });
    expect((await user.waitForReplies(1, 20_000))[0]!.text).toMatch(c.relayed);
    expect(await db.attachment.count({ where: { ticketId: ticket.id } })).toBe(1);

    // a clear request is still a request
    expect((await say(user, c.request2)).text).not.toMatch(c.relayed);
    expect(await db.reminder.count({ where: { clientId: client.id } })).toBe(1);

    // could be either: asked once, with buttons
    const asked = await say(user, c.unsure);
    expect(asked.buttons.flat().map((b) => b.text)).toEqual([expect.stringMatching(c.toGiulia), c.newOne]);
    expect((await press(user, asked, asked.buttons[0]![0]!.data)).text).toMatch(c.relayed);
    await threadPost(ts, c.unsure);
    // asked once: the choice holds for the next message that could be either, until Giulia writes again
    expect((await say(user, c.unsure)).text).toMatch(c.relayed);

    expect(await db.ticket.count({ where: { clientId: client.id } })).toBe(1);
    expect(await db.message.count({ where: { ticketId: ticket.id, direction: 'inbound' } })).toBe(
      1 + c.answers.length + 3,
    );
  });

  it('confirms once a word and the file right after it for Giulia, and redraws the card only when it changes', async () => {
    const { user, ticket, ts } = await talkingWithGiulia(
      'it',
      'Traduci la procura speciale in inglese entro lunedì',
      'Ha la procura firmata in PDF? Me la può mandare qui?',
    );
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4 procura\n'), Buffer.alloc(30_000, 65)]);
    const fileId = `procura-${ticket.id}`;
    chat.telegram.addFile(fileId, pdf);
    await user.sendText('ecco');
    await user.sendMessage({
      document: {
        file_id: fileId,
        file_unique_id: fileId,
        file_name: 'procura_speciale.pdf',
        mime_type: 'application/pdf',
        file_size: pdf.length,
      },
    });
    // a question for the bot after them: its answer comes once theirs would have
    await user.sendText('cosa ho domani?');
    const replies = await user.waitForReplies(2, 20_000);
    expect(replies.map((r) => r.text)).toEqual([
      `✓ Girato a Giulia (richiesta #${ticket.number}).`,
      expect.stringMatching(/^(Niente in programma domani|La tua agenda domani)/),
    ]);

    await chat.slack.waitForCall(
      'chat.update',
      (c) => c.body.ts === ts && JSON.stringify(c.body.blocks).includes('procura_speciale.pdf'),
      20_000,
    );
    const drawn = chat.slack.calls
      .filter((c) => c.method === 'chat.update' && c.body.ts === ts)
      .map((c) => JSON.stringify(c.body.blocks));
    expect(drawn.filter((blocks, i) => i > 0 && blocks === drawn[i - 1])).toEqual([]);
  });

  it('cancels by exact number, asks before cancelling by words, and says what exists (it)', async () => {
    const { client, user } = await linked('it');
    await say(user, 'Traduci il contratto di affitto in inglese');
    await say(user, 'Chiama la signora Colombo per il preventivo');
    await say(user, 'Scrivi un post sul nuovo ufficio');
    const [a, b, c] = await db.ticket.findMany({ where: { clientId: client.id }, orderBy: { number: 'asc' } });
    expect((await say(user, `annulla la richiesta ${a!.number}, era una cavolata`)).text).toBe(
      `Ho annullato la richiesta #${a!.number}: «${a!.summary}».`,
    );
    const status = async () =>
      (await db.ticket.findMany({ where: { clientId: client.id }, orderBy: { number: 'asc' } })).map((t) => t.status);
    expect(await status()).toEqual(['cancelled', 'open', 'open']);

    const missing = await say(user, 'annulla la richiesta #99999999');
    expect(missing.text).toBe(
      `Non hai una richiesta aperta #99999999. Hai 2 richieste aperte: #${b!.number} «${b!.summary}»; #${c!.number} «${c!.summary}».`,
    );

    const confirm = await say(user, 'annulla il post sul nuovo ufficio');
    expect(confirm.text).toBe(`Annullo «scrivere un post sul nuovo ufficio» (richiesta #${c!.number})?`);
    expect(confirm.buttons.flat().map((x) => x.text)).toEqual(['Sì', 'No']);
    expect(await status()).toEqual(['cancelled', 'open', 'open']);
    expect((await press(user, confirm, confirm.buttons[0]![1]!.data)).text).toBe('Va bene, non annullo niente.');
    expect(await status()).toEqual(['cancelled', 'open', 'open']);
    await say(user, 'annulla il post sul nuovo ufficio');
    expect((await say(user, '👍')).text).toBe(`Ho annullato la richiesta #${c!.number}: «${c!.summary}».`);
    expect(await status()).toEqual(['cancelled', 'open', 'cancelled']);

    expect((await say(user, 'annulla la cena con Marco')).text).toBe(
      `Non trovo «cena con Marco» tra appuntamenti, promemoria e richieste. In programma: #${b!.number} ${b!.summary}.`,
    );
  });

  it.each([
    {
      lang: 'it' as const,
      request: 'Traduci la perizia del geometra in inglese',
      question: 'Serve anche la versione firmata?',
      cancel: (n: number) => `annulla la richiesta ${n}`,
      byWords: 'annulla la perizia',
      asked: (n: number, summary: string) => `Giulia ci sta già lavorando. Annullo «${summary}» (richiesta #${n})?`,
      kept: 'Va bene, non annullo niente.',
      cancelled: (n: number, summary: string) => `Ho annullato la richiesta #${n}: «${summary}».`,
      deskLine: 'Il cliente ha annullato questa richiesta',
    },
    {
      lang: 'en' as const,
      request: 'Translate the surveyor report into Italian',
      question: 'Do you need the signed version too?',
      cancel: (n: number) => `cancel request ${n}`,
      byWords: 'cancel the surveyor report',
      asked: (n: number, summary: string) => `Giulia is already working on it. Cancel "${summary}" (request #${n})?`,
      kept: 'All right, I cancelled nothing.',
      cancelled: (n: number, summary: string) => `Cancelled request #${n}: "${summary}".`,
      deskLine: 'Il cliente ha annullato questa richiesta',
    },
  ])('asks before cancelling, by number or by words, a request an assistant is working on ($lang)', async (c) => {
    const { user, ticket, ts } = await talkingWithGiulia(c.lang, c.request, c.question);
    const status = async () => (await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status;
    const asked = await say(user, c.cancel(ticket.number));
    expect(asked.text).toBe(c.asked(ticket.number, ticket.summary));
    expect(asked.buttons.flat()).toHaveLength(2);
    expect(await status()).toBe('claimed');
    expect((await press(user, asked, asked.buttons[0]![1]!.data)).text).toBe(c.kept);
    expect(await status()).toBe('claimed');
    // found by words, it says the same
    expect((await say(user, c.byWords)).text).toBe(c.asked(ticket.number, ticket.summary));
    const again = await say(user, c.cancel(ticket.number));
    expect((await press(user, again, again.buttons[0]![0]!.data)).text).toBe(
      c.cancelled(ticket.number, ticket.summary),
    );
    expect(await status()).toBe('cancelled');
    await threadPost(ts, c.deskLine);
  });

  it('cancels by exact number and asks before cancelling by words (en)', async () => {
    const { client, user } = await linked('en');
    await say(user, 'Translate the purchase agreement into Italian');
    await say(user, 'Write a post about the new office');
    const [a, b] = await db.ticket.findMany({ where: { clientId: client.id }, orderBy: { number: 'asc' } });
    expect((await say(user, `cancel request ${a!.number}`)).text).toBe(
      `Cancelled request #${a!.number}: "${a!.summary}".`,
    );
    const confirm = await say(user, 'cancel the post about the new office');
    expect(confirm.text).toBe(`Cancel "${b!.summary}" (request #${b!.number})?`);
    expect((await say(user, 'ok')).text).toBe(`Cancelled request #${b!.number}: "${b!.summary}".`);
    expect((await say(user, `cancel #${a!.number}`)).text).toBe(
      `You have no open request #${a!.number}. You have no open requests, bookings or reminders.`,
    );
  });

  it.each([
    [
      'it' as const,
      'ricordami ogni lunedì alle 9 di mandare il report',
      'annulla il promemoria del report',
      /si ripete ogni lunedì: annullo tutta la serie\? Oppure solo la prossima volta, lunedì 30 novembre alle 9:00\?/,
      /^Va bene: salto solo lunedì 30 novembre alle 9:00\. «mandare il report» continua, la prossima volta lunedì 7 dicembre alle 9:00\.$/,
    ],
    [
      'en' as const,
      'remind me every Monday at 9 to send the report',
      'cancel the report reminder',
      /repeats every Monday: cancel the whole series\? Or only the next one, Monday 30 November at 9:00\?/,
      /^All right: I skip Monday 30 November at 9:00 only\. "send the report" goes on, next Monday 7 December at 9:00\.$/,
    ],
  ])(
    'a recurring reminder says the whole series would stop and offers only this time (%s)',
    async (lang, create, cancel, question, skipped) => {
      const { client, user } = await linked(lang);
      await say(user, create);
      const asked = await say(user, cancel);
      expect(asked.text).toMatch(question);
      expect(asked.buttons.flat()).toHaveLength(3);
      expect((await press(user, asked, asked.buttons[0]![1]!.data)).text).toMatch(skipped);
      const reminder = await db.reminder.findFirstOrThrow({ where: { clientId: client.id } });
      expect([reminder.status, reminder.nextOccurrenceAt?.toISOString()]).toEqual([
        'active',
        '2026-12-07T08:00:00.000Z',
      ]);
    },
  );

  it.each([
    [
      'it' as const,
      'ciao',
      'Ciao! Dimmi pure cosa ti serve.',
      '👍',
      'Bene 👍',
      'grazie',
      'Figurati!',
      // keys hit by mistake are asked to be said again, with no examples of requests
      'asdkjh qwe',
      'Scusa, non ho capito. Puoi riformulare?',
      'annulla',
      /^Non c'è niente da annullare/,
      /^Ciao! Sono Delego/,
    ],
    [
      'en' as const,
      'hello',
      'Hi! Tell me what you need.',
      'ok',
      'Good 👍',
      'thanks',
      "You're welcome!",
      'asdkjh qwe',
      'Sorry, I did not get that. Could you rephrase it?',
      'cancel',
      /^There is nothing to cancel/,
      /^Hi! I am Delego|Delego/,
    ],
  ])(
    'small talk gets short answers (%s)',
    async (lang, hi, hiReply, thumb, ack, thanks, welcome, nonsense, notUnderstood, cancel, nothing, help) => {
      const { client, user } = await linked(lang);
      expect((await say(user, hi)).text).toBe(hiReply);
      expect((await say(user, thumb)).text).toBe(ack);
      expect((await say(user, thanks)).text).toBe(welcome);
      expect((await say(user, nonsense)).text).toMatch(notUnderstood);
      expect((await say(user, cancel)).text).toMatch(nothing);
      expect((await say(user, cancel)).text).toMatch(nothing);
      await user.sendCommand('/help');
      expect((await user.waitForReplies(1, 20_000))[0]!.text).toMatch(help);
      expect(await db.ticket.count({ where: { clientId: client.id } })).toBe(0);
    },
  );

  it.each([
    ['it' as const, 'cosa ho venerdì?', 'da confermare', 'confermato'],
    ['en' as const, 'what do I have on Friday?', 'to be confirmed', 'confirmed'],
  ])(
    'the agenda never shows a cancelled office booking and says where the others stand (%s)',
    async (lang, ask, toConfirm, confirmed) => {
      const { client, user } = await linked(lang);
      const friday = (hhmm: string) => new Date(`2026-11-27T${hhmm}:00+01:00`);
      for (const [title, status, at] of [
        ['tavolo da Mario', 'cancelled', '20:00'],
        ['parrucchiere', 'requested', '15:00'],
        ['taxi per la stazione', 'confirmed', '18:00'],
      ] as const) {
        const ticket = await db.ticket.create({
          data: {
            clientId: client.id,
            summary: `Prenotare: ${title}`,
            details: title,
            category: 'booking',
            due: new Date('2026-11-27'),
          },
        });
        await db.booking.create({
          data: {
            clientId: client.id,
            title,
            status,
            ticketId: ticket.id,
            startsAt: friday(at),
            endsAt: friday(at.replace(':00', ':30')),
            changedAt: now,
          },
        });
      }
      const agenda = (await say(user, ask)).text;
      expect(agenda).not.toMatch(/tavolo|Prenotare/);
      expect(agenda).toContain(`15:00 parrucchiere (${toConfirm})`);
      expect(agenda).toContain(`18:00 taxi per la stazione (${confirmed})`);
    },
  );
});
