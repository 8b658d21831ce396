import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import { blockActionsPayload, interactionBody, postSigned, viewSubmissionPayload } from '../support/fake-slack.js';
import type { BotReply, EmulatedUser } from '../support/telegram-emulator.js';
import { testPrisma } from '../support/db.js';

// Tuesday 1 December 2026, 9:30 in Rome: Thursday is the 3rd, Friday the 4th, Saturday the 5th.
const now = new Date('2026-12-01T09:30:00+01:00');
const at = (local: string) => new Date(`${local}+01:00`);
const DESK = 'C0PLAYTEST3';
const SECRET = 'slack-signing-secret-playtest-3';
const db = testPrisma();

/**
 * Carla, who runs a hair salon, in her first conversations: reminders typed on a phone, her own
 * appointments and the office's, two requests Giulia works on in the Slack desk (a question
 * answered, a price list sent as a file), a request cancelled by its number, her agenda, and
 * telling the office she is busy with a client. Each reply is checked as Carla would read it;
 * `expect.soft` lets the whole conversation run, so every wrong reply shows.
 */
describe('a hairdresser on Telegram, with the Slack desk (play-test 3)', () => {
  let chat: DeskChat;

  beforeAll(async () => {
    // Carla reads each answer before writing (20 s on the test's clock), but the run itself is
    // quicker than the per-minute message limit, which counts real seconds.
    chat = await startDeskChat(now, SECRET, DESK, { RATE_LIMIT_PER_MIN: '1000' });
  });
  afterAll(async () => {
    await chat?.stop();
  });

  const say = (user: EmulatedUser, text: string) => chat.say(user, text);
  const relayedTo = (number: number) => `✓ Girato a Giulia (richiesta #${number}).`;
  const activeReminders = (clientId: string) =>
    db.reminder.findMany({ where: { clientId, status: 'active' }, orderBy: { createdAt: 'asc' } });
  const liveBookings = (clientId: string) =>
    db.booking.findMany({ where: { clientId, status: { in: ['requested', 'confirmed'] } } });
  const inboundOf = async (ticketId: string) =>
    (await db.message.findMany({ where: { ticketId, direction: 'inbound' }, orderBy: { createdAt: 'asc' } })).map(
      (m) => m.body,
    );
  const buttons = (reply: BotReply) => reply.buttons.flat();

  /** Giulia presses "Fatto" on the card and submits the done modal with her time and outcome. */
  async function giuliaCloses(ticketId: string, ts: string, minutes: number, outcome: string) {
    const post = (body: Parameters<typeof postSigned>[2]) => postSigned(`${chat.app.url}/slack/events`, SECRET, body);
    await post(
      interactionBody(
        blockActionsPayload({
          actionId: 'desk:done',
          value: ticketId,
          user: chat.giuliaSlackId,
          channel: DESK,
          messageTs: ts,
        }),
      ),
    );
    await chat.slack.waitForCall(
      'views.open',
      (c) => (c.body.view as { private_metadata?: string }).private_metadata === ticketId,
      20_000,
    );
    await post(
      interactionBody(
        viewSubmissionPayload({
          callbackId: 'desk:done-modal',
          privateMetadata: ticketId,
          user: chat.giuliaSlackId,
          values: {
            minutes: { value: { type: 'number_input', value: String(minutes) } },
            outcome: { value: { type: 'plain_text_input', value: outcome } },
          },
        }),
      ),
    );
  }

  it('in Italian: thirty messages, from the first hello to a busy afternoon', async () => {
    const { client, user } = await chat.linked('it');

    // 1. first contact: an introduction gets examples, not "non ho capito"
    const intro = await say(
      user,
      'buongiorno, sono Carla del salone Carla Acconciature. la mia commercialista mi ha detto di scrivere qui',
    );
    expect.soft(intro.text).toMatch(/^Ciao! Scrivimi come scriveresti alla tua assistente/);

    // 2-5. reminders typed on a phone, a correction right after
    expect
      .soft((await say(user, 'ricordami dmn alle 9 di ordinare le tinte')).text)
      .toBe('Fatto: te lo ricordo domani alle 9:00: "ordinare le tinte".');
    expect
      .soft((await say(user, 'no scusa alle 9 e mezza')).text)
      .toBe('Spostato: te lo ricordo domani alle 9:30: "ordinare le tinte".');
    expect
      .soft((await say(user, 'cmq ricordami giovedi pome di chiamare la commercialista x l f24')).text)
      .toBe('Fatto: te lo ricordo giovedì 3 dicembre alle 15:00: "chiamare la commercialista per l f24".');
    expect
      .soft((await say(user, 'nn farmi dimenticare venerdì alle 8 d pagare l affitto del negozio')).text)
      // a full date writes the hour as "domani alle 9:00" does ("alle 8:00", not "alle 08:00")
      .toBe('Fatto: te lo ricordo venerdì 4 dicembre alle 8:00: "pagare l affitto del negozio".');

    // 6. a recurring reminder
    expect
      .soft((await say(user, 'ogni lunedì alle 8 ricordami di fare l inventario dei prodotti')).text)
      .toBe(
        'Fatto: te lo ricordo ogni lunedì alle 8:00, a partire da lunedì 7 dicembre: "fare l inventario dei prodotti".',
      );
    expect
      .soft((await activeReminders(client.id)).map((r) => r.nextOccurrenceAt))
      .toEqual([
        at('2026-12-02T09:30:00'),
        at('2026-12-03T15:00:00'),
        at('2026-12-04T08:00:00'),
        at('2026-12-07T08:00:00'),
      ]);

    // 7. a booking of her own; 8. a table the office books
    expect
      .soft((await say(user, 'sabato alle 13 pranzo con mia sorella')).text)
      .toMatch(/^Fissato: pranzo con mia sorella, sabato 5 dicembre, 13:00–14:00\./);
    expect
      .soft((await say(user, 'mi prenoti un tavolo x 6 da Nino venerdi sera alle 9?')).text)
      .toMatch(/^Chiedo all'ufficio di prenotare: tavolo da Nino \(6 persone\), venerdì 4 dicembre alle 21:00\./);

    // 9-10. two delegations; the title is the request, not the question mark and the aside after it
    expect
      .soft((await say(user, 'mi traduci in inglese il listino prezzi del salone? è per le clienti straniere')).text)
      .toMatch(/^Ho aperto la richiesta #\d+/);
    expect
      .soft(
        (await say(user, 'poi chiama il fornitore Cosmetica Bellini e chiedi quando arriva l ordine dei prodotti'))
          .text,
      )
      .toMatch(/^Ho aperto la richiesta #\d+/);
    const ticketOf = (category: string) =>
      db.ticket.findFirstOrThrow({ where: { clientId: client.id, category: category as never } });
    const table = await ticketOf('booking');
    const translation = await ticketOf('translation');
    const supplier = await ticketOf('call');
    expect.soft(translation.summary).toBe('tradurre in inglese il listino prezzi del salone');
    expect.soft(translation.details).toContain('è per le clienti straniere');

    // 11. Giulia asks in the translation's thread; the answer reaches her, it is no reminder
    const translationTs = await chat.cardOf(translation.id);
    await chat.giuliaAsks(user, translation, translationTs, 'Mi manda il listino in PDF o in foto?');
    const remindersBefore = (await activeReminders(client.id)).length;
    expect.soft((await say(user, 'si te lo mando subito')).text).toBe(relayedTo(translation.number));
    await chat.threadPost(translationTs, 'si te lo mando subito');

    // 12-13. the price list as a document, then a photo: both on the translation, listed on its card
    chat.pause();
    await user.sendDocument({
      fileName: 'listino 2026.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 3000,
      caption: 'ecco il listino',
    });
    expect.soft((await user.waitForReplies(1, 20_000))[0]!.text).toBe(relayedTo(translation.number));
    chat.pause();
    await user.sendMessage({
      photo: [
        { file_id: `pt3-photo-${client.id}`, file_unique_id: 'pt3-photo', width: 800, height: 600, file_size: 5000 },
      ],
    });
    expect.soft((await user.waitForReplies(1, 20_000))[0]!.text).toBe(relayedTo(translation.number));
    const files = await db.attachment.findMany({ where: { clientId: client.id }, orderBy: { createdAt: 'asc' } });
    expect.soft(files.map((f) => [f.ticketId, f.kind])).toEqual([
      [translation.id, 'document'],
      [translation.id, 'photo'],
    ]);
    await chat.slack.waitForCall(
      'chat.update',
      (c) => c.body.ts === translationTs && JSON.stringify(c.body.blocks).includes('listino 2026.pdf'),
      20_000,
    );

    // 14. Giulia asks in the supplier call's thread: the order number reaches her
    const supplierTs = await chat.cardOf(supplier.id);
    await chat.giuliaAsks(user, supplier, supplierTs, "Ha il numero dell'ordine?");
    expect.soft((await say(user, 'si è il 4521 del 20 novembre')).text).toBe(relayedTo(supplier.number));
    expect.soft((await inboundOf(supplier.id)).at(-1)).toBe('si è il 4521 del 20 novembre');
    expect.soft(await activeReminders(client.id)).toHaveLength(remindersBefore);

    // 15. a reminder in half an hour, while both threads are open
    expect
      .soft((await say(user, 'ricordami tra mezz ora di richiamare la sig.ra Rossi')).text)
      .toMatch(/^Fatto: te lo ricordo oggi alle 10:\d\d: "richiamare la sig\.ra Rossi"\.$/);

    // 16-17. cancel by number with three requests open: asked (Giulia is on it), then exactly that one
    const cancel = await say(user, `annulla la richiesta ${supplier.number}`);
    expect.soft(cancel.text).toContain(`richiesta #${supplier.number}`);
    expect.soft(cancel.text).toContain('Cosmetica Bellini');
    const yes = buttons(cancel).find((b) => b.text === 'Sì')!;
    expect
      .soft((await chat.press(user, cancel, yes.data)).text)
      .toBe(
        `Ho annullato la richiesta #${supplier.number}: «chiamare il fornitore Cosmetica Bellini e chiedere quando arriva l ordine dei prodotti».`,
      );
    const statuses = async () =>
      Object.fromEntries(
        (await db.ticket.findMany({ where: { clientId: client.id } })).map((t) => [t.number, t.status]),
      );
    expect.soft(await statuses()).toEqual({
      [table.number]: 'open',
      [translation.number]: 'claimed',
      [supplier.number]: 'cancelled',
    });

    // 18-19. "the table request" is the table, not the lunch; "no aspetta" answers the question
    const tableCancel = await say(user, 'annulla la richiesta del tavolo');
    expect.soft(tableCancel.text).toContain('tavolo da Nino');
    expect.soft(tableCancel.text).not.toContain('pranzo');
    expect.soft((await say(user, 'no aspetta, il tavolo lo teniamo')).text).toBe('Va bene, non annullo niente.');
    expect.soft(await liveBookings(client.id)).toHaveLength(2);

    // 20-21. small talk, the week's agenda
    expect.soft((await say(user, 'grazie mille sei un tesoro')).text).toBe('Figurati!');
    const week = (await say(user, 'cosa ho in agenda questa settimana?')).text;
    expect.soft(week).toMatch(/^La tua agenda da martedì 1 dicembre a domenica 6 dicembre:/);
    expect.soft(week).toContain('• 09:30 promemoria: ordinare le tinte');
    expect.soft(week).toContain('• 21:00 tavolo da Nino (6 persone) (da confermare)');
    expect
      .soft(week)
      .toMatch(new RegExp(`^• #${translation.number} tradurre in inglese il listino prezzi del salone$`, 'm'));
    expect.soft(week).not.toContain(`#${supplier.number}`);

    // 22-23. busy with a client until 5: a status, not an appointment; then free again
    const bookingsBefore = (await liveBookings(client.id)).length;
    expect
      .soft((await say(user, 'sono con una cliente fino alle 5, nn passatemi nessuno')).text)
      .toMatch(/^Ricevuto: hai da fare fino alle 17:00\./);
    expect.soft(await liveBookings(client.id)).toHaveLength(bookingsBefore);
    expect
      .soft((await db.client.findUniqueOrThrow({ where: { id: client.id } })).availabilityUntil)
      .toEqual(at('2026-12-01T17:00:00'));
    expect.soft((await say(user, 'ci sono di nuovo')).text).toBe('Ricevuto: sei di nuovo disponibile.');

    // 24-27. an appointment tomorrow afternoon, thanks, one day's agenda, a monthly reminder
    expect
      .soft((await say(user, 'dmn pome alle 3 viene il rappresentante della wella')).text)
      .toMatch(/^Fissato: rappresentante della wella, domani, 15:00–/);
    expect.soft((await say(user, 'ok grz')).text).toBe('Bene 👍');
    expect.soft((await say(user, 'che impegni ho sabato?')).text).toContain('• 13:00 pranzo con mia sorella');
    expect
      .soft((await say(user, 'ah e ricordami ogni primo del mese di pagare la commercialista')).text)
      .toBe(
        'Fatto: te lo ricordo ogni primo del mese alle 9:00, a partire da venerdì 1 gennaio 2027: "pagare la commercialista".',
      );

    // 28. how the translation is going
    expect
      .soft((await say(user, 'a che punto è la traduzione?')).text)
      .toMatch(
        new RegExp(
          `^#${translation.number} «tradurre in inglese il listino prezzi del salone»: se ne occupa Giulia\\.`,
        ),
      );

    // Giulia closes the translation; 29. thanks for it is small talk; 30. busy again, with a blow-dry
    await giuliaCloses(translation.id, translationTs, 40, 'Ecco il listino tradotto, te lo mando in PDF.');
    expect
      .soft((await user.waitForReplies(1, 20_000))[0]!.text)
      .toContain(`La richiesta #${translation.number} è completata:\nEcco il listino tradotto, te lo mando in PDF.`);
    expect.soft(['Figurati!', 'Bene 👍']).toContain((await say(user, 'perfetto grazie!!')).text);
    expect
      .soft((await say(user, 'sto facendo una piega fino alle 4 e mezza, nn ci sono x nessuno')).text)
      .toMatch(/^Ricevuto: hai da fare fino alle 16:30\./);
    expect.soft((await activeReminders(client.id)).map((r) => r.text)).not.toContain(expect.stringContaining('piega'));
  });

  it('in English: ten messages, the same day', async () => {
    const { client, user } = await chat.linked('en');
    expect
      .soft((await say(user, 'hi, Carla here from the salon, my accountant told me to text you here')).text)
      .toMatch(/^Hi! Write to me as you would to your assistant/);
    expect
      .soft((await say(user, 'remind me tmrw at 9 to order the dyes')).text)
      .toBe('Done: I will remind you tomorrow at 9:00: "order the dyes".');
    expect
      .soft((await say(user, 'no sorry make it 9.30')).text)
      .toBe('Moved: I will remind you tomorrow at 9:30: "order the dyes".');
    expect
      .soft((await say(user, 'remind me every monday at 8am to do the stock count')).text)
      .toBe('Done: I will remind you every Monday at 8:00, starting Monday 7 December: "do the stock count".');
    expect
      .soft((await say(user, 'could you book a table for 6 at Nino friday at 9pm?')).text)
      .toMatch(/^I am asking the office to book it: table at Nino \(6 people\), Friday 4 December at 21:00\./);
    expect
      .soft((await say(user, 'please call the supplier and ask when the order arrives')).text)
      .toMatch(/^I opened request #\d+/);
    expect
      .soft((await say(user, 'can you translate the price list into Italian for me?')).text)
      .toMatch(/^I opened request #\d+/);
    const ticketOf = (category: string) =>
      db.ticket.findFirstOrThrow({ where: { clientId: client.id, category: category as never } });
    const [table, supplier, translation] = await Promise.all(['booking', 'call', 'translation'].map(ticketOf));
    expect.soft(translation!.summary).toBe('translate the price list into Italian');

    const cancelled = await say(user, `cancel request ${supplier!.number}`);
    expect.soft(cancelled.text).toContain(`#${supplier!.number}`);
    expect.soft(cancelled.text).toContain('supplier');
    const statuses = Object.fromEntries(
      (await db.ticket.findMany({ where: { clientId: client.id } })).map((t) => [t.number, t.status]),
    );
    expect.soft(statuses).toEqual({
      [table!.number]: 'open',
      [supplier!.number]: 'cancelled',
      [translation!.number]: 'open',
    });

    expect
      .soft((await say(user, 'with a client until 5, no calls please')).text)
      .toMatch(/^Got it: you are busy until 17:00\./);
    expect
      .soft((await db.reminder.findMany({ where: { clientId: client.id } })).map((r) => r.text))
      .toEqual(['order the dyes', 'do the stock count']);
    expect.soft((await say(user, 'thanks a lot!')).text).toBe("You're welcome!");
  });

  it('second pass: a status and a reminder to tell the clients, while Giulia waits for an answer', async () => {
    const { client, user } = await chat.linked('it');
    await say(user, 'mi trovi un idraulico x il lavandino del salone? perde acqua');
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    expect(ticket.summary).toBe('trovare un idraulico per il lavandino del salone');
    await chat.giuliaAsks(user, ticket, await chat.cardOf(ticket.id), 'Va bene anche domani mattina?');
    expect(await say(user, 'si ma nn prima delle 10')).toMatchObject({ text: relayedTo(ticket.number) });
    expect((await say(user, 'ciao, sn in pausa x 20 min')).text).toMatch(/^Ricevuto: hai da fare fino alle /);
    expect((await say(user, 'ok sono tornata')).text).toBe('Ricevuto: sei di nuovo disponibile.');
    expect(
      (await say(user, 'il 24 dicembre chiudiamo alle 13, ricordamelo il 23 alle 18 di avvisare le clienti')).text,
    ).toBe('Fatto: te lo ricordo mercoledì 23 dicembre alle 18:00: "avvisare le clienti".');
    expect(await inboundOf(ticket.id)).toEqual([expect.stringContaining('idraulico'), 'si ma nn prima delle 10']);
  });
});
