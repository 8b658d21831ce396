import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeButton } from '../../src/kernel/actions.js';
import { proposalVersion } from '../../src/domain/bookings/third-party.js';
import { QUEUE_FOLLOWUPS } from '../../src/jobs/kind.js';
import { bookingReminderJobId } from '../../src/jobs/kinds/booking-reminder.js';
import { createRedis } from '../../src/infra/redis/connection.js';
import { testPrisma, uniqueTag } from '../support/db.js';
import { invitedClient, startDelego } from '../support/delego.js';
import {
  blockActionsPayload,
  interactionBody,
  postSigned,
  startFakeSlack,
  viewSubmissionPayload,
  type FakeSlack,
  type FakeSlackCall,
} from '../support/fake-slack.js';
import { eventually } from '../support/workers.js';
import {
  startTelegramEmulator,
  type BotReply,
  type EmulatedUser,
  type TelegramEmulator,
} from '../support/telegram-emulator.js';
import { testRedisUrl } from '../support/workers.js';

// Monday 15 February 2027, 10:00 in Rome: "domani" is Tuesday the 16th.
const now = new Date('2027-02-15T10:00:00+01:00');
const secret = 'slack-signing-secret-bookings';
const DESK = 'C0DESK';
const db = testPrisma();
// Telegram user ids are identities in the shared database: other test files must not reuse them.
let nextTelegramUser = 700_000_000 + Math.floor(Math.random() * 100_000_000);
const telegramUserId = () => nextTelegramUser++;

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string }[];
};
type View = {
  callback_id: string;
  private_metadata: string;
  blocks: { block_id?: string; element?: Record<string, unknown> }[];
};

/** The unfolded lines of an .ics file, as a calendar reads them. */
const icsLines = (reply: BotReply) => reply.document!.content.toString('utf8').replace(/\r\n /g, '').split('\r\n');

describe('bookings the office arranges with a third party, through the Slack desk', () => {
  let slack: FakeSlack;
  let telegram: TelegramEmulator;
  let app: Awaited<ReturnType<typeof startDelego>>;
  let followups: Queue;
  const redis = createRedis(testRedisUrl);
  const tag = uniqueTag().toUpperCase();
  const giulia = { slackUserId: `UGIULIA${tag}`, name: 'Giulia Bianchi' };
  const paola = { slackUserId: `UPAOLA${tag}`, name: 'Paola Inattiva' };

  beforeAll(async () => {
    slack = await startFakeSlack();
    telegram = await startTelegramEmulator();
    (telegram.server as unknown as { updateId: number }).updateId = nextTelegramUser;
    await db.assistant.createMany({
      data: [
        { ...giulia, skills: ['booking'] },
        { ...paola, skills: ['booking'], active: false },
      ],
    });
    app = await startDelego(
      {
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        SLACK_BOT_TOKEN: 'xoxb-desk-token',
        SLACK_SIGNING_SECRET: secret,
        SLACK_API_URL: slack.apiUrl,
        SLACK_DESK_CHANNEL: DESK,
      },
      now,
    );
    followups = new Queue(QUEUE_FOLLOWUPS, { connection: redis, prefix: app.queuePrefix });
  });
  afterAll(async () => {
    await followups?.close();
    await app?.stop();
    await slack?.close();
    await telegram?.close();
    redis.disconnect();
  });

  const post = (body: Parameters<typeof postSigned>[2]) => postSigned(`${app.url}/slack/events`, secret, body);
  const press = (action: string, ticketId: string, user: string) =>
    post(interactionBody(blockActionsPayload({ actionId: `desk:${action}`, value: ticketId, user, channel: DESK })));
  const waitFor = (method: string, predicate: (call: FakeSlackCall) => boolean) =>
    slack.waitForCall(method, predicate, 20_000);
  const inThread = (ts: string, text: string) => (c: FakeSlackCall) =>
    c.body.channel === DESK && c.body.thread_ts === ts && String(c.body.text).includes(text);
  const cardUpdate = (ts: string, text: string) =>
    waitFor('chat.update', (c) => c.body.ts === ts && JSON.stringify(c.body.blocks).includes(text));
  const bookingButtonsOf = (call: FakeSlackCall) =>
    ((call.body.blocks as Block[]).find((b) => b.block_id === 'desk-booking-actions')?.elements ?? []).map(
      (e) => e.action_id,
    );
  const replies = (user: EmulatedUser, count = 1) => user.waitForReplies(count, 20_000);
  const reminderJobs = async (bookingId: string, startsAt: Date) =>
    Promise.all([1440, 60].map((offset) => followups.getJobState(bookingReminderJobId(bookingId, offset, startsAt))));

  /** The modal a booking button opens. */
  async function openModal(
    action: 'booking-confirm' | 'booking-propose' | 'booking-reschedule',
    ticketId: string,
    bookingId: string,
  ): Promise<View> {
    const before = slack.calls.length;
    expect((await press(action, ticketId, giulia.slackUserId)).status).toBe(200);
    const opened = await waitFor(
      'views.open',
      (c) => slack.calls.indexOf(c) >= before && (c.body.view as View).private_metadata === bookingId,
    );
    return opened.body.view as View;
  }

  /** Submits a booking modal as an assistant; resolves with Slack's answer (errors, or nothing when accepted). */
  async function submit(
    callbackId: string,
    bookingId: string,
    form: { date: string; time: string; duration?: string; place?: string; note?: string; keep?: boolean },
    user = giulia.slackUserId,
  ) {
    const values: Record<string, Record<string, unknown>> = {
      date: { value: { type: 'datepicker', selected_date: form.date } },
      time: { value: { type: 'timepicker', selected_time: form.time } },
      duration: { value: { type: 'number_input', value: form.duration ?? '90' } },
      place: { value: { type: 'plain_text_input', value: form.place ?? null } },
      note: { value: { type: 'plain_text_input', value: form.note ?? null } },
      overlap: { value: { type: 'checkboxes', selected_options: form.keep ? [{ value: 'keep' }] : [] } },
    };
    const res = await post(
      interactionBody(viewSubmissionPayload({ callbackId, privateMetadata: bookingId, user, values })),
    );
    expect(res.status).toBe(200);
    const text = await res.text();
    return text === '' ? undefined : (JSON.parse(text) as { response_action: string; errors: Record<string, string> });
  }

  /** A Telegram client who asks the office for a booking; resolves once its card is posted and Giulia holds it. */
  async function requested(request: string) {
    const { client, code } = await invitedClient('it', now);
    const user = telegram.user({ userId: telegramUserId(), firstName: 'Mario', languageCode: 'it' });
    await user.sendCommand(`/start ${code}`);
    await replies(user);
    await user.sendText(request);
    const [answer] = await replies(user);
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    const booking = await db.booking.findFirstOrThrow({ where: { clientId: client.id } });
    const ts = (await eventually(
      'the card',
      () => db.ticket.findUnique({ where: { id: ticket.id } }).then((t) => t?.slackTs),
      20_000,
    ))!;
    await press('claim', ticket.id, giulia.slackUserId);
    await eventually(
      'the claim',
      () => db.ticket.findUnique({ where: { id: ticket.id } }).then((t) => t?.status === 'claimed'),
      20_000,
    );
    // the client hears who took the booking on
    expect((await replies(user))[0]!.text).toBe(
      `Giulia ha preso in carico la tua richiesta #${ticket.number} (${ticket.summary}).`,
    );
    return { client, user, ticket, booking, ts, answer: answer! };
  }

  it('round trip: requested booking, ticket card, confirmed from the modal at another time, .ics to the client, reminders', async () => {
    const { user, ticket, booking, ts, answer } = await requested('prenota un tavolo per 4 da Mario domani alle 20');
    expect(answer.text).toBe(
      `Chiedo all'ufficio di prenotare: tavolo da Mario (4 persone), domani alle 20:00. Ti confermo appena è prenotato (richiesta #${ticket.number}).`,
    );
    expect(ticket).toMatchObject({
      category: 'booking',
      due: new Date('2027-02-16T00:00:00Z'),
      summary: 'Prenotare: tavolo da Mario (4 persone)',
    });
    expect(booking).toMatchObject({
      status: 'requested',
      ticketId: ticket.id,
      startsAt: new Date('2027-02-16T19:00:00Z'),
      title: 'tavolo da Mario (4 persone)',
    });

    // The agenda shows it as tentative until the office has booked it.
    await user.sendText('cosa ho domani?');
    expect((await replies(user))[0]!.text).toContain('20:00 tavolo da Mario (4 persone) (da confermare)');

    // Claimed, the card shows the request and the booking buttons.
    const claimed = await cardUpdate(ts, 'Preso in carico da');
    expect(JSON.stringify(claimed.body.blocks)).toContain('richiesta, da prenotare');
    expect(bookingButtonsOf(claimed)).toEqual(['desk:booking-confirm', 'desk:booking-propose', 'desk:booking-cancel']);

    const view = await openModal('booking-confirm', ticket.id, booking.id);
    expect(view.callback_id).toBe('desk:booking-confirm-modal');
    const prefilled = Object.fromEntries(view.blocks.filter((b) => b.block_id).map((b) => [b.block_id, b.element]));
    expect(prefilled.date).toMatchObject({ initial_date: '2027-02-16' });
    expect(prefilled.time).toMatchObject({ initial_time: '20:00', timezone: 'Europe/Rome' });
    expect(prefilled.duration).toMatchObject({ initial_value: '60' });

    // A time in the past is refused under its input, and nothing changes.
    expect(await submit('desk:booking-confirm-modal', booking.id, { date: '2027-02-14', time: '20:30' })).toMatchObject(
      { response_action: 'errors', errors: { time: "Quell'orario è già passato." } },
    );
    expect(
      await submit('desk:booking-confirm-modal', booking.id, {
        date: '2027-02-16',
        time: '20:30',
        place: 'Trattoria da Mario',
        note: 'Tavolo in veranda.',
      }),
    ).toBeUndefined();

    const [confirmation] = await replies(user);
    expect(confirmation!.text).toBe(
      `Prenotato: tavolo da Mario (4 persone), martedì 16 febbraio alle 20:30, Trattoria da Mario.\n\nTavolo in veranda.\n\n— Giulia, richiesta #${ticket.number}`,
    );
    expect(confirmation!.document?.fileName).toBe('invite.ics');
    expect(icsLines(confirmation!)).toEqual(
      expect.arrayContaining([
        'METHOD:REQUEST',
        `UID:${booking.id}@delego`,
        'SEQUENCE:1',
        'DTSTART:20270216T193000Z',
        'DTEND:20270216T210000Z',
        'LOCATION:Trattoria da Mario',
        'STATUS:CONFIRMED',
      ]),
    );

    const confirmed = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(confirmed).toMatchObject({
      status: 'confirmed',
      startsAt: new Date('2027-02-16T19:30:00Z'),
      endsAt: new Date('2027-02-16T21:00:00Z'),
      location: 'Trattoria da Mario',
      day: null,
    });
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, kind: 'booking_confirmed' } })).toBe(1);
    await eventually(
      'the booking reminders',
      async () => (await reminderJobs(booking.id, confirmed.startsAt!)).every((s) => s === 'delayed'),
      20_000,
    );
    await waitFor(
      'chat.postMessage',
      inThread(ts, 'Giulia ha confermato la prenotazione: mar 16 feb 2027 20:30, Trattoria da Mario'),
    );
    const card = await cardUpdate(ts, ':white_check_mark: confermata');
    expect(bookingButtonsOf(card)).toEqual(['desk:booking-reschedule', 'desk:booking-cancel']);
    // The ticket stays with Giulia, to be closed with Done and the time spent.
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('claimed');

    await user.sendText('cosa ho domani?');
    const agenda = (await replies(user))[0]!.text;
    expect(agenda).toContain('20:30 tavolo da Mario (4 persone)');
    expect(agenda).not.toContain('da confermare');

    // Reschedule from the desk: the client is told, the invitation updated, the reminders follow.
    const moveView = await openModal('booking-reschedule', ticket.id, booking.id);
    expect(moveView.blocks.find((b) => b.block_id === 'time')?.element).toMatchObject({ initial_time: '20:30' });
    expect(
      await submit('desk:booking-reschedule-modal', booking.id, {
        date: '2027-02-17',
        time: '21:00',
        place: 'Trattoria da Mario',
      }),
    ).toBeUndefined();
    const [moved] = await replies(user);
    expect(moved!.text).toMatch(
      /^La tua prenotazione è stata spostata: tavolo da Mario \(4 persone\), mercoledì 17 febbraio alle 21:00, Trattoria da Mario\./,
    );
    expect(icsLines(moved!)).toEqual(
      expect.arrayContaining(['METHOD:REQUEST', `UID:${booking.id}@delego`, 'SEQUENCE:2', 'DTSTART:20270217T200000Z']),
    );
    const movedRow = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    await eventually(
      'the moved reminders',
      async () => (await reminderJobs(booking.id, movedRow.startsAt!)).every((s) => s === 'delayed'),
      20_000,
    );
    expect(await reminderJobs(booking.id, confirmed.startsAt!)).toEqual(['unknown', 'unknown']);
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, kind: 'booking_changed' } })).toBe(1);
    await waitFor('chat.postMessage', inThread(ts, 'Giulia ha spostato la prenotazione a mer 17 feb 2027 21:00'));
    // The ticket is now due the day the booking moved to, and its card says so.
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).due).toEqual(
      new Date('2027-02-17T00:00:00Z'),
    );
    await cardUpdate(ts, '*Scadenza*\\nmer 17 feb 2027');

    // Cancel from the desk (the button asks Slack for a confirmation first): the event is withdrawn.
    expect(JSON.stringify(card.body.blocks)).toContain('Annullare la prenotazione?');
    expect((await press('booking-cancel', ticket.id, giulia.slackUserId)).status).toBe(200);
    const [cancelled] = await replies(user);
    expect(cancelled!.text).toMatch(
      /^La tua prenotazione è stata annullata: tavolo da Mario \(4 persone\), mercoledì 17 febbraio alle 21:00\./,
    );
    expect(icsLines(cancelled!)).toEqual(
      expect.arrayContaining(['METHOD:CANCEL', `UID:${booking.id}@delego`, 'SEQUENCE:3', 'STATUS:CANCELLED']),
    );
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe('cancelled');
    await eventually(
      'the reminders dropped',
      async () => (await reminderJobs(booking.id, movedRow.startsAt!)).every((s) => s === 'unknown'),
      20_000,
    );
    await waitFor('chat.postMessage', inThread(ts, 'Giulia ha annullato la prenotazione'));
  });

  it('proposes another time: the client declines, then accepts the next proposal; a stale or foreign answer changes nothing', async () => {
    const { user, ticket, booking, ts } = await requested('Fissami il parrucchiere giovedì alle 10');
    expect(booking).toMatchObject({ status: 'requested', startsAt: new Date('2027-02-18T09:00:00Z') });

    await openModal('booking-propose', ticket.id, booking.id);
    expect(
      await submit('desk:booking-propose-modal', booking.id, { date: '2027-02-18', time: '11:30', duration: '45' }),
    ).toBeUndefined();
    const [proposal] = await replies(user);
    expect(proposal!.text).toBe(
      `Per parrucchiere l'ufficio può prenotare giovedì 18 febbraio alle 11:30. Ti va bene?\n\n— Giulia, richiesta #${ticket.number}`,
    );
    expect(proposal!.buttons.flat().map((b) => b.text)).toEqual(['Accetto', 'Non va bene']);
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: 'requested',
      proposedStartsAt: new Date('2027-02-18T10:30:00Z'),
    });
    await cardUpdate(ts, 'in attesa del cliente');

    const [accept, decline] = proposal!.buttons.flat().map((b) => b.data) as [string, string];
    expect(Buffer.byteLength(accept)).toBeLessThanOrEqual(64);
    await user.pressButton(decline, proposal!.messageId);
    expect((await replies(user))[0]!.text).toBe("Va bene, l'ho detto all'ufficio: ti proporrà un altro orario.");
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: 'requested',
      proposedStartsAt: null,
    });
    await waitFor(
      'chat.postMessage',
      inThread(ts, 'Il cliente ha rifiutato gio 18 feb 2027 11:30. Proponi un altro orario.'),
    );

    // The first proposal's Accept, tapped after the decline, is stale.
    await user.pressButton(accept, proposal!.messageId);
    expect((await replies(user))[0]!.text).toMatch(/^Questa proposta non è più valida/);
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe('requested');

    await openModal('booking-propose', ticket.id, booking.id);
    expect(
      await submit('desk:booking-propose-modal', booking.id, {
        date: '2027-02-18',
        time: '12:00',
        duration: '45',
        place: 'Salone Bellezza',
      }),
    ).toBeUndefined();
    const [second] = await replies(user);
    const secondAccept = second!.buttons[0]![0]!.data;

    // Another client replaying that Accept with this booking's id and version is refused.
    const other = await requested('prenota il dentista venerdì alle 9');
    const current = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    const forged = encodeButton({
      op: 'proposal',
      accept: true,
      bookingId: booking.id,
      version: proposalVersion(current),
    });
    expect(forged).toBe(secondAccept);
    await other.user.pressButton(forged, other.answer.messageId);
    expect((await replies(other.user))[0]!.text).toBe('Questo elemento non esiste più o non è tuo.');
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: 'requested',
      changedAt: current.changedAt,
    });

    await user.pressButton(secondAccept, second!.messageId);
    const [accepted] = await replies(user);
    expect(accepted!.text).toBe(
      "Prenotato: parrucchiere, giovedì 18 febbraio alle 12:00, Salone Bellezza. L'ho detto all'ufficio.",
    );
    expect(icsLines(accepted!)).toEqual(
      expect.arrayContaining(['DTSTART:20270218T110000Z', 'DTEND:20270218T114500Z', 'LOCATION:Salone Bellezza']),
    );
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: 'confirmed',
      startsAt: new Date('2027-02-18T11:00:00Z'),
      proposedStartsAt: null,
    });
    expect(
      await db.ticketEvent.findMany({
        where: {
          ticketId: ticket.id,
          kind: { in: ['booking_proposed', 'booking_proposal_declined', 'booking_proposal_accepted'] },
        },
        // the test's clock stands still: ids (UUIDv7) give the order within the same instant
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { kind: true },
      }),
    ).toEqual([
      { kind: 'booking_proposed' },
      { kind: 'booking_proposal_declined' },
      { kind: 'booking_proposed' },
      { kind: 'booking_proposal_accepted' },
    ]);
    await waitFor(
      'chat.postMessage',
      inThread(ts, 'Il cliente ha accettato gio 18 feb 2027 12:00, Salone Bellezza: la prenotazione è confermata.'),
    );
    const confirmedRow = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    await eventually(
      'the booking reminders',
      async () => (await reminderJobs(booking.id, confirmedRow.startsAt!)).every((s) => s === 'delayed'),
      20_000,
    );

    // Cancelled by the client in the chat: the desk hears of it, to tell the salon.
    // Named by words, a confirmed booking is cancelled only once the client says yes.
    await user.sendText('Annulla il parrucchiere');
    const [question] = await replies(user);
    expect(question!.text).toMatch(/^Annullo «parrucchiere»/);
    await user.pressButton(question!.buttons[0]![0]!.data, question!.messageId);
    expect((await replies(user))[0]!.text).toMatch(/^Annullato: parrucchiere/);
    await waitFor('chat.postMessage', inThread(ts, 'Il cliente ha annullato la prenotazione in chat'));
    await eventually(
      'the reminders dropped',
      async () => (await reminderJobs(booking.id, confirmedRow.startsAt!)).every((s) => s === 'unknown'),
      20_000,
    );
    // The card says the client cancelled it and offers Close, not Claim: closing logs no time.
    const cancelledCard = await cardUpdate(ts, 'Prenotazione annullata dal cliente');
    const actions = (cancelledCard.body.blocks as Block[]).filter((b) => b.type === 'actions');
    expect(actions.flatMap((b) => b.elements ?? []).map((e) => e.action_id)).toEqual(['desk:close']);
    expect((await press('close', ticket.id, giulia.slackUserId)).status).toBe(200);
    await waitFor('chat.postMessage', inThread(ts, 'Giulia ha chiuso il ticket: il cliente aveva annullato'));
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ status: 'cancelled' });
    expect(await db.timeEntry.count({ where: { ticketId: ticket.id } })).toBe(0);
    const closedCard = await cardUpdate(ts, 'Annullato dal cliente');
    expect((closedCard.body.blocks as Block[]).some((b) => b.type === 'actions')).toBe(false);
  });

  it('names the clashing booking under the time input and changes nothing; inactive and unknown users cannot confirm', async () => {
    const { user, ticket, booking, client } = await requested('prenota un tavolo da Gino mercoledì alle 13');
    await user.sendText('Metti in agenda la riunione con Rossi mercoledì alle 20');
    expect((await replies(user))[0]!.text).toMatch(/^Fissato: riunione con Rossi/);

    await openModal('booking-confirm', ticket.id, booking.id);
    const clash = await submit('desk:booking-confirm-modal', booking.id, {
      date: '2027-02-17',
      time: '19:30',
      duration: '90',
    });
    expect(clash).toEqual({
      response_action: 'errors',
      errors: {
        time: 'Il cliente ha già riunione con Rossi (mer 17 feb 2027 20:00): scegli un altro orario, oppure spunta «Tieni anche se si sovrappone».',
      },
    });
    expect(await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({
      status: 'requested',
      startsAt: new Date('2027-02-17T12:00:00Z'),
    });
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, kind: 'booking_confirmed' } })).toBe(0);

    for (const stranger of [paola.slackUserId, `USTRANGER${tag}`]) {
      await press('booking-confirm', ticket.id, stranger);
      expect((await waitFor('chat.postEphemeral', (c) => c.body.user === stranger)).body.text).toMatch(
        /Solo le assistenti attive di Delego/,
      );
      expect(
        await submit('desk:booking-confirm-modal', booking.id, { date: '2027-02-17', time: '13:00' }, stranger),
      ).toMatchObject({
        response_action: 'errors',
        errors: { date: expect.stringMatching(/Solo le assistenti attive di Delego/) },
      });
    }
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe('requested');
    expect(await db.booking.count({ where: { clientId: client.id, status: 'confirmed' } })).toBe(1);
    expect(user.unreadReplies()).toHaveLength(0);

    // Giulia ticks "Tieni anche se si sovrappone": the one way past the clash, recorded on the booking
    const kept = await submit('desk:booking-confirm-modal', booking.id, {
      date: '2027-02-17',
      time: '19:30',
      duration: '90',
      keep: true,
    });
    expect(kept).toBeUndefined();
    const confirmed = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect([confirmed.status, confirmed.startsAt, confirmed.overlapChosenAt !== null]).toEqual([
      'confirmed',
      new Date('2027-02-17T18:30:00Z'),
      true,
    ]);
    expect(await db.booking.count({ where: { clientId: client.id, status: 'confirmed' } })).toBe(2);
  });
});
