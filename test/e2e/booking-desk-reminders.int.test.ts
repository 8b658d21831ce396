import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPrisma, uniqueTag } from '../support/db.js';
import { invitedClient, startDelego } from '../support/delego.js';
import {
  blockActionsPayload,
  interactionBody,
  postSigned,
  startFakeSlack,
  viewSubmissionPayload,
  type FakeSlack,
} from '../support/fake-slack.js';
import { eventually } from '../support/workers.js';
import { startTelegramEmulator, type EmulatedUser, type TelegramEmulator } from '../support/telegram-emulator.js';

// Monday 15 February 2027, 10:00 in Rome.
const now = new Date('2027-02-15T10:00:00+01:00');
const at = (local: string) => new Date(`${local}+01:00`);
const secret = 'slack-signing-secret-booking-reminders';
const DESK = 'C0DESKREM';
const db = testPrisma();
// Telegram user ids are identities in the shared database: other test files must not reuse them.
let nextTelegramUser = 830_000_000 + Math.floor(Math.random() * 50_000_000);

describe('a reminder set before a booking the office makes follows it when the office moves it, and goes when the office cancels it', () => {
  let slack: FakeSlack;
  let telegram: TelegramEmulator;
  let app: Awaited<ReturnType<typeof startDelego>>;
  const giulia = { slackUserId: `UGIUREM${uniqueTag().toUpperCase()}`, name: 'Giulia Bianchi' };

  beforeAll(async () => {
    slack = await startFakeSlack();
    telegram = await startTelegramEmulator();
    (telegram.server as unknown as { updateId: number }).updateId = nextTelegramUser;
    await db.assistant.create({ data: { ...giulia, skills: ['booking'] } });
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
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
    await telegram?.close();
  });

  const post = (body: Parameters<typeof postSigned>[2]) => postSigned(`${app.url}/slack/events`, secret, body);
  const replies = (user: EmulatedUser) => user.waitForReplies(1, 20_000);
  const reminderTimes = async (clientId: string) =>
    (await db.reminder.findMany({ where: { clientId, status: 'active' } })).map((r) => [
      r.bookingId,
      r.nextOccurrenceAt,
    ]);
  const pendingDue = async (clientId: string) =>
    (
      await db.reminderOccurrence.findMany({
        where: { reminder: { clientId }, status: 'pending' },
        select: { dueAt: true },
      })
    ).map((o) => o.dueAt);

  async function submit(kind: 'confirm' | 'reschedule', bookingId: string, date: string, time: string) {
    const values: Record<string, Record<string, unknown>> = {
      date: { value: { type: 'datepicker', selected_date: date } },
      time: { value: { type: 'timepicker', selected_time: time } },
      duration: { value: { type: 'number_input', value: '90' } },
      place: { value: { type: 'plain_text_input', value: null } },
      note: { value: { type: 'plain_text_input', value: null } },
      overlap: { value: { type: 'checkboxes', selected_options: [] } },
    };
    const callbackId = `desk:booking-${kind}-modal`;
    const payload = viewSubmissionPayload({ callbackId, privateMetadata: bookingId, user: giulia.slackUserId, values });
    const res = await post(interactionBody(payload));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  }

  it('books through the office with the reminder the day before; confirmed and moved from Slack, the reminder follows and the client is told', async () => {
    const { client, code } = await invitedClient('it', now);
    const user = telegram.user({ userId: nextTelegramUser++, firstName: 'Anna', languageCode: 'it' });
    await user.sendCommand(`/start ${code}`);
    await replies(user);
    await user.sendText('prenotami un tavolo da Gino venerdì alle 20 e ricordamelo il giorno prima');
    const [answer] = await replies(user);
    expect(answer!.text).toMatch(
      /^Chiedo all'ufficio di prenotare: tavolo da Gino, venerdì 19 febbraio alle 20:00\. Ti confermo appena è prenotato \(richiesta #\d+\)\.\nE te lo ricordo giovedì 18 febbraio alle 9:00\.$/,
    );
    const booking = await db.booking.findFirstOrThrow({ where: { clientId: client.id } });
    expect(booking).toMatchObject({ status: 'requested', startsAt: at('2027-02-19T20:00:00') });
    expect(await reminderTimes(client.id)).toEqual([[booking.id, at('2027-02-18T09:00:00')]]);

    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    await eventually(
      'the card',
      () => db.ticket.findUnique({ where: { id: ticket.id } }).then((t) => t?.slackTs),
      20_000,
    );
    await post(
      interactionBody(
        blockActionsPayload({ actionId: 'desk:claim', value: ticket.id, user: giulia.slackUserId, channel: DESK }),
      ),
    );
    await replies(user);

    // The office books it a day later: the reminder moves a day too, and the client reads where it went.
    await submit('confirm', booking.id, '2027-02-20', '20:30');
    const [confirmed] = await replies(user);
    expect(confirmed!.text).toMatch(/^Prenotato: tavolo da Gino, sabato 20 febbraio alle 20:30\./);
    expect(confirmed!.text).toContain('Anche il promemoria si sposta: te lo ricordo venerdì 19 febbraio alle 9:00.');
    expect(await reminderTimes(client.id)).toEqual([[booking.id, at('2027-02-19T09:00:00')]]);

    // Then the office moves it from Slack to Tuesday: the reminder goes to Monday at 9, once.
    await submit('reschedule', booking.id, '2027-02-23', '21:00');
    const [moved] = await replies(user);
    expect(moved!.text).toMatch(
      /^La tua prenotazione è stata spostata: tavolo da Gino, martedì 23 febbraio alle 21:00\./,
    );
    expect(moved!.text).toContain('Anche il promemoria si sposta: te lo ricordo lunedì 22 febbraio alle 9:00.');
    expect(await reminderTimes(client.id)).toEqual([[booking.id, at('2027-02-22T09:00:00')]]);
    expect(await pendingDue(client.id)).toEqual([at('2027-02-22T09:00:00')]);

    // The office cancels it: nothing is left to remind of, as when the client cancels, and the client reads it.
    const cancel = blockActionsPayload({
      actionId: 'desk:booking-cancel',
      value: ticket.id,
      user: giulia.slackUserId,
      channel: DESK,
    });
    expect((await post(interactionBody(cancel))).status).toBe(200);
    const [cancelled] = await replies(user);
    expect(cancelled!.text).toMatch(/^La tua prenotazione è stata annullata: tavolo da Gino, martedì 23 febbraio/);
    expect(cancelled!.text).toContain('Ho tolto anche il promemoria di lunedì 22 febbraio alle 9:00.');
    expect(await reminderTimes(client.id)).toEqual([]);
    expect(await pendingDue(client.id)).toEqual([]);
  });
});
