import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposalVersion } from '../../src/domain/bookings/third-party.js';
import { encodeButton } from '../../src/kernel/actions.js';
import { createTestTicket, testPrisma } from '../support/db.js';
import { invitedClient, startDelego } from '../support/delego.js';
import { startTelegramEmulator, type EmulatedUser, type TelegramEmulator } from '../support/telegram-emulator.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const db = testPrisma();
// Telegram user ids are identities in the shared database: far from other files' ids.
let nextUserId = 700_000_000 + Math.floor(Math.random() * 100_000_000);
const gone = /non esiste più o non è tuo/;

/**
 * A client tampering with button payloads, as an attacker would: client A presses buttons whose
 * callback_data carries client B's ids (Telegram lets any client send any callback_data to the
 * bot). Each rule: A is told the item does not exist or is not theirs, and nothing of B's changes.
 */
describe("client buttons cannot reach another client's items (Telegram)", () => {
  let telegram: TelegramEmulator;
  let app: Awaited<ReturnType<typeof startDelego>>;
  let attacker: { user: EmulatedUser; clientId: string; lastMessageId: number };
  let victim: {
    clientId: string;
    reminderId: string;
    occurrenceId: string;
    bookingId: string;
    ticketId: string;
    doneTicketId: string;
    proposedBookingId: string;
    proposalVersion: string;
    takenMessageId: string;
  };

  async function linked(lang: 'it' | 'en') {
    const { client, code } = await invitedClient(lang, now);
    const user = telegram.user({ userId: nextUserId++, languageCode: lang });
    await user.sendCommand(`/start ${code}`);
    const [welcome] = await user.waitForReplies(1, 20_000);
    return { user, clientId: client.id, lastMessageId: welcome!.messageId };
  }

  /**
   * How many messages A has logged, once the log is still: a reply reaches the emulator before its
   * row is written, so the answer to the test before may still be on its way.
   */
  async function attackerLogSettled(): Promise<number> {
    let last = -1;
    for (;;) {
      const count = await db.message.count({ where: { clientId: attacker.clientId } });
      if (count === last) return count;
      last = count;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }

  /** Everything of B's that a button could change, and what the desk and the clock know of it. */
  async function victimState() {
    const where = { clientId: victim.clientId };
    return {
      reminders: await db.reminder.findMany({
        where,
        include: { occurrences: { orderBy: { dueAt: 'asc' } } },
        orderBy: { id: 'asc' },
      }),
      bookings: await db.booking.findMany({ where, orderBy: { id: 'asc' } }),
      tickets: await db.ticket.findMany({ where, orderBy: { id: 'asc' } }),
      events: await db.ticketEvent.count({ where: { ticket: where } }),
      takenMessages: await db.takenMessage.findMany({ where, orderBy: { id: 'asc' } }),
    };
  }

  /** A presses a button carrying `data`; resolves with the bot's answer. */
  async function press(data: string): Promise<string> {
    await attacker.user.pressButton(data, attacker.lastMessageId);
    const [reply] = await attacker.user.waitForReplies(1, 20_000);
    return reply!.text;
  }

  beforeAll(async () => {
    telegram = await startTelegramEmulator();
    app = await startDelego(
      { TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot, RATE_LIMIT_PER_MIN: '1000' },
      now,
    );
    attacker = await linked('it');
    const b = await linked('en');
    for (const text of [
      'Remind me on Friday at 9 to pay the VAT',
      'Put the dentist in my calendar on Thursday at 10:30',
      'Translate the lease into Italian by Friday',
    ]) {
      await b.user.sendText(text);
      await b.user.waitForReplies(1, 20_000);
    }
    const reminder = await db.reminder.findFirstOrThrow({
      where: { clientId: b.clientId },
      include: { occurrences: true },
    });
    // The occurrence as the worker leaves it once delivered: what Done and snooze act on.
    await db.reminderOccurrence.update({
      where: { id: reminder.occurrences[0]!.id },
      data: { status: 'sent', sentAt: now },
    });
    const booking = await db.booking.findFirstOrThrow({ where: { clientId: b.clientId } });
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: b.clientId } });
    const doneTicket = await createTestTicket(db, b.clientId, { status: 'done', doneAt: now });
    // What the desk leaves for B: a booking with another time proposed, and a phone message taken for them.
    const proposed = await db.booking.create({
      data: {
        clientId: b.clientId,
        title: 'Ristorante Da Mario',
        status: 'requested',
        changedAt: now,
        proposedStartsAt: new Date('2026-11-27T19:00:00Z'),
        proposedEndsAt: new Date('2026-11-27T21:00:00Z'),
      },
    });
    const taken = await db.takenMessage.create({
      data: {
        clientId: b.clientId,
        callerName: 'Avv. Neri',
        callerPhone: '+39 02 1234567',
        body: 'Richiamare per la causa',
        status: 'delivered',
        deliveredAt: now,
      },
    });
    victim = {
      clientId: b.clientId,
      reminderId: reminder.id,
      occurrenceId: reminder.occurrences[0]!.id,
      bookingId: booking.id,
      ticketId: ticket.id,
      doneTicketId: doneTicket.id,
      proposedBookingId: proposed.id,
      proposalVersion: proposalVersion(proposed),
      takenMessageId: taken.id,
    };
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await telegram?.close();
  });

  it.each([
    ['reminder', () => encodeButton({ op: 'cancel', item: { kind: 'reminder', id: victim.reminderId } })],
    ['booking', () => encodeButton({ op: 'cancel', item: { kind: 'booking', id: victim.bookingId } })],
    ['ticket', () => encodeButton({ op: 'cancel', item: { kind: 'ticket', id: victim.ticketId } })],
  ])("cancel (cx) of B's %s is refused and cancels nothing", async (_kind, data) => {
    const before = await victimState();
    expect(await press(data())).toMatch(gone);
    expect(await victimState()).toEqual(before);
  });

  it.each([
    ['change time (ch)', 'change_time', 'reminder'],
    ['change time (ch)', 'change_time', 'booking'],
    ['pick reschedule (rs)', 'pick_reschedule', 'reminder'],
    ['pick reschedule (rs)', 'pick_reschedule', 'booking'],
  ] as const)("%s of B's %s, then a new time, moves nothing", async (_name, op, kind) => {
    const before = await victimState();
    const id = kind === 'reminder' ? victim.reminderId : victim.bookingId;
    // The button only asks "to when?": the ownership check comes with the answer.
    expect(await press(encodeButton({ op, item: { kind, id } }))).toMatch(/A quando lo sposto/);
    await attacker.user.sendText('domani alle 18');
    expect((await attacker.user.waitForReplies(1, 20_000))[0]!.text).toMatch(gone);
    expect(await victimState()).toEqual(before);
  });

  it("the same change-time flow on one's own reminder does move it (the refusals above are about ownership)", async () => {
    await attacker.user.sendText('Ricordami venerdì alle 9 di pagare il commercialista');
    const [confirmation] = await attacker.user.waitForReplies(1, 20_000);
    const change = confirmation!.buttons.flat().find((b) => b.data.startsWith('ch:'))!;
    await attacker.user.pressButton(change.data, confirmation!.messageId);
    expect((await attacker.user.waitForReplies(1, 20_000))[0]!.text).toMatch(/A quando lo sposto/);
    await attacker.user.sendText('domani alle 18');
    expect((await attacker.user.waitForReplies(1, 20_000))[0]!.text).toMatch(/domani alle 18:00/);
    const mine = await db.reminder.findFirstOrThrow({
      where: { clientId: attacker.clientId, text: { contains: 'commercialista' } },
    });
    expect(mine.nextOccurrenceAt).toEqual(new Date('2026-11-24T18:00:00+01:00'));
    await db.reminder.delete({ where: { id: mine.id } });
  });

  it("a rating (rt) of B's done ticket is refused and stores no rating", async () => {
    const before = await victimState();
    expect(
      await press(encodeButton({ op: 'rate', rating: 1, item: { kind: 'ticket', id: victim.doneTicketId } })),
    ).toMatch(gone);
    expect(await victimState()).toEqual(before);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: victim.doneTicketId } })).rating).toBeNull();
  });

  it.each([
    ['done (od)', () => encodeButton({ op: 'occurrence_done', occurrenceId: victim.occurrenceId })],
    ['snooze (sz)', () => encodeButton({ op: 'snooze', snooze: '1h', occurrenceId: victim.occurrenceId })],
  ])("%s of B's delivered reminder is refused and changes no occurrence", async (_name, data) => {
    const before = await victimState();
    expect(await press(data())).toMatch(gone);
    expect(await victimState()).toEqual(before);
  });

  it.each([
    ['accept', true],
    ['decline', false],
  ])(
    "%s of the desk's proposal for B's booking (pa/pd, with the right version) is refused and B's booking stays as it is",
    async (_name, accept) => {
      const before = await victimState();
      expect(
        await press(
          encodeButton({
            op: 'proposal',
            accept,
            bookingId: victim.proposedBookingId,
            version: victim.proposalVersion,
          }),
        ),
      ).toMatch(gone);
      expect(await victimState()).toEqual(before);
    },
  );

  it.each([
    ['"I will call back" (cb:client)', 'client'],
    ['"please call back" (cb:office)', 'office'],
  ] as const)(
    "%s on B's taken phone message is refused: no choice stored, no call-back ticket",
    async (_name, choice) => {
      const before = await victimState();
      const tickets = await db.ticket.count({ where: { clientId: attacker.clientId } });
      expect(await press(encodeButton({ op: 'callback', choice, takenMessageId: victim.takenMessageId }))).toMatch(
        gone,
      );
      expect(await victimState()).toEqual(before);
      expect(await db.ticket.count({ where: { clientId: attacker.clientId } })).toBe(tickets);
    },
  );

  it("moving B's booking to a free slot (mv) is refused and B's booking keeps its time", async () => {
    const before = await victimState();
    expect((await db.booking.findUniqueOrThrow({ where: { id: victim.bookingId } })).status).toBe('confirmed');
    // Wednesday 25 November, 10:00 in Rome: a working hour, in the future.
    const startMin = Math.floor(new Date('2026-11-25T10:00:00+01:00').getTime() / 60_000);
    expect(await press(encodeButton({ op: 'move', bookingId: victim.bookingId, startMin }))).toMatch(gone);
    expect(await victimState()).toEqual(before);
  });

  it('a forged free-slot button (sl) for a time already past books nothing', async () => {
    const bookings = await db.booking.count({ where: { clientId: attacker.clientId } });
    const pastMinute = Math.floor(new Date('2026-11-20T09:00:00Z').getTime() / 60_000);
    expect(await press(encodeButton({ op: 'slot', startMin: pastMinute, minutes: 60 }))).toMatch(
      /non si può più prenotare/,
    );
    expect(await db.booking.count({ where: { clientId: attacker.clientId } })).toBe(bookings);
  });

  it.each([
    ['not a payload', 'hello'],
    ['a known op with a broken id', "cx:r:1'; DROP TABLE reminders;--"],
    ['an unknown kind letter', `cx:z:${randomUUID()}`],
    ['a rating out of range', `rt:9:t:${randomUUID()}`],
    ['longer than Telegram allows (200 bytes)', `cx:r:${randomUUID()}${'A'.repeat(160)}`],
    ['a slot of absurd length', `sl:${Math.floor(Date.UTC(2026, 10, 24, 9) / 60_000)}:9999`],
    ['a proposal with a malformed version', `pa:${randomUUID()}:NOT-A-VERSION`],
  ])('a malformed payload (%s) gets the polite refusal and changes nothing', async (_name, data) => {
    const before = await victimState();
    const mine = await attackerLogSettled();
    expect(await press(data)).toMatch(gone);
    expect(await victimState()).toEqual(before);
    // Only the press itself and the answer are logged.
    await expect.poll(() => db.message.count({ where: { clientId: attacker.clientId } })).toBe(mine + 2);
  });

  it('an oversized payload (over the 256-byte bound) is dropped unread: no reply, nothing stored', async () => {
    const mine = await attackerLogSettled();
    const before = await victimState();
    const answered = telegram.callsOf('answerCallbackQuery').length;
    await attacker.user.pressButton(`cx:r:${'9'.repeat(4000)}`, attacker.lastMessageId);
    // The spinner on the button stops (the callback query is answered), and that is all.
    await expect.poll(() => telegram.callsOf('answerCallbackQuery').length, { timeout: 20_000 }).toBe(answered + 1);
    expect(attacker.user.unreadReplies()).toEqual([]);
    expect(await db.message.count({ where: { clientId: attacker.clientId } })).toBe(mine);
    expect(await victimState()).toEqual(before);
  });

  it('a payload for an item that no longer exists is refused politely', async () => {
    await attacker.user.sendText('Ricordami domani alle 9 di chiamare il notaio');
    const [confirmation] = await attacker.user.waitForReplies(1, 20_000);
    const cancel = confirmation!.buttons.flat().find((b) => b.data.startsWith('cx:'))!;
    await attacker.user.pressButton(cancel.data, confirmation!.messageId);
    expect((await attacker.user.waitForReplies(1, 20_000))[0]!.text).toMatch(/annullato/);
    const cancelled = await db.reminder.findFirstOrThrow({ where: { clientId: attacker.clientId } });
    await db.reminder.delete({ where: { id: cancelled.id } });

    expect(await press(cancel.data)).toMatch(gone);
    expect(await press(encodeButton({ op: 'cancel', item: { kind: 'booking', id: randomUUID() } }))).toMatch(gone);
    expect(await db.reminder.count({ where: { clientId: attacker.clientId } })).toBe(0);
  });
});
