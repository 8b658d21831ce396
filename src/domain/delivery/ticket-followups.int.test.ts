import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startWorkerApp, type WorkerApp } from '../../../test/support/workers.js';
import type { DeskNotifier } from './desk.js';
import type { WeekHours } from './business-hours.js';

const QUIET_MS = 1500;
/** An agency whose hours never close, so the test does not depend on the hour it runs at. */
const alwaysOpen: WeekHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
/** 1.2 seconds, in the settings' minutes. */
const SOON_MIN = 0.02;

class RecordingDesk implements DeskNotifier {
  readonly calls: { method: keyof DeskNotifier; ticketId: string; assistants?: string[] }[] = [];
  async nudgeUnclaimed(ticketId: string, assistants: string[]) {
    this.calls.push({ method: 'nudgeUnclaimed', ticketId, assistants });
  }
  async nudgeAssignee(ticketId: string) {
    this.calls.push({ method: 'nudgeAssignee', ticketId });
  }
  async escalateOverdue(ticketId: string) {
    this.calls.push({ method: 'escalateOverdue', ticketId });
  }
  of(ticketId: string) {
    return this.calls.filter((c) => c.ticketId === ticketId);
  }
}

describe('ticket follow-ups with real workers', () => {
  const desk = new RecordingDesk();
  let app: WorkerApp;

  beforeAll(async () => {
    app = await startWorkerApp({
      desk,
      followupSettings: {
        unclaimedAfterMin: SOON_MIN,
        dueSoonMin: 1,
        waitingClientAfterMin: SOON_MIN,
        ratingAfterMin: SOON_MIN,
        agencyHours: { tz: 'Europe/Rome', week: alwaysOpen },
      },
    });
    await app.startWorkers();
  });
  afterAll(() => app?.stop());

  const quietNever = { quietHoursStart: '00:00', quietHoursEnd: '00:00' };
  async function ticket(
    data: {
      status?: 'open' | 'claimed' | 'waiting_client' | 'done';
      category?: 'translation' | 'other';
      dueAt?: Date;
      waitingSince?: Date;
      doneAt?: Date;
      assigned?: boolean;
    } = {},
  ) {
    const linked = await app.linkedClient(quietNever);
    const assistant = await app.prisma.assistant.create({
      data: {
        slackUserId: `U${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
        name: 'Giulia',
        skills: ['translation'],
      },
    });
    const created = await app.prisma.ticket.create({
      data: {
        clientId: linked.client.id,
        summary: 'Tradurre il contratto',
        details: 'Tradurre il contratto in inglese',
        category: data.category ?? 'translation',
        status: data.status ?? 'open',
        assigneeId: data.assigned || (data.status && data.status !== 'open') ? assistant.id : null,
        dueAt: data.dueAt ?? null,
        waitingSince: data.waitingSince ?? null,
        doneAt: data.doneAt ?? null,
      },
    });
    await app.delego.ticketFollowups.ticketChanged(created.id);
    return { ...linked, ticket: created, assistant };
  }
  const events = (ticketId: string) =>
    app.prisma.ticketEvent.findMany({ where: { ticketId, actor: 'system' }, orderBy: { createdAt: 'asc' } });

  it('re-posts an unclaimed ticket to the desk once, with the assistants whose skills fit', async () => {
    const untrained = await app.prisma.assistant.create({
      data: { slackUserId: `UX${Date.now()}`, name: 'Marco', skills: ['call'] },
    });
    const { ticket: t, assistant } = await ticket();
    // The desk is called inside the transaction that records the nudge: wait for the record.
    await eventually('the nudge to be recorded', async () => (await events(t.id)).length > 0);
    const [call] = desk.of(t.id);
    expect(call!.method).toBe('nudgeUnclaimed');
    expect(call!.assistants).toContain(assistant.id);
    expect(call!.assistants).not.toContain(untrained.id);
    expect((await events(t.id)).map((e) => e.kind)).toEqual(['nudged']);

    await app.startWorkers(); // a restart reconciles from Postgres: the nudge is recorded, not repeated
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(desk.of(t.id)).toHaveLength(1);
  });

  it('says nothing about a ticket claimed in time', async () => {
    const { ticket: t, assistant } = await ticket();
    await app.prisma.ticket.update({
      where: { id: t.id },
      data: { status: 'claimed', assigneeId: assistant.id, claimedAt: new Date() },
    });
    await new Promise((r) => setTimeout(r, 1200 + QUIET_MS));
    expect(desk.of(t.id)).toEqual([]);
    expect(await events(t.id)).toEqual([]);
  });

  it('nudges the assignee when the deadline is near and escalates once it passes, each once', async () => {
    const { ticket: t } = await ticket({ status: 'claimed', dueAt: new Date(Date.now() + 1500) });
    await eventually('the escalation to be recorded', async () => (await events(t.id)).length === 2);
    expect(desk.of(t.id).map((c) => c.method)).toEqual(['nudgeAssignee', 'escalateOverdue']);
    expect((await events(t.id)).map((e) => e.kind)).toEqual(['nudged', 'sla_breached']);
    await app.delego.ticketFollowups.ticketChanged(t.id);
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(desk.of(t.id)).toHaveLength(2);
  });

  it('reminds the client of a question it has not answered, once', async () => {
    const { user, ticket: t } = await ticket({ status: 'waiting_client', waitingSince: new Date() });
    const [message] = await user.waitForReplies(1, 5000);
    expect(message!.text).toBe(
      `La richiesta #${t.number} ("Tradurre il contratto") aspetta una tua risposta. Rispondi qui quando puoi, così l'assistente può andare avanti.`,
    );
    await app.delego.ticketFollowups.ticketChanged(t.id);
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(user.unreadReplies()).toEqual([]);
    expect(await app.prisma.message.count({ where: { ticketId: t.id, direction: 'outbound' } })).toBe(1);
  });

  it('asks once more for the rating of a done ticket, and not after the client rated', async () => {
    const { user, ticket: t } = await ticket({ status: 'done', doneAt: new Date() });
    const [message] = await user.waitForReplies(1, 5000);
    expect(message!.text).toMatch(new RegExp(`^Se hai un momento: com'è andata la richiesta #${t.number}`));
    expect(message!.buttons.flat().map((b) => b.data)).toEqual([1, 2, 3, 4, 5].map((n) => `rt:${n}:t:${t.id}`));

    const rated = await ticket({ status: 'done', doneAt: new Date() });
    await app.prisma.ticket.update({ where: { id: rated.ticket.id }, data: { rating: 5, ratedAt: new Date() } });
    await new Promise((r) => setTimeout(r, 1200 + QUIET_MS));
    expect(rated.user.unreadReplies()).toEqual([]);
    expect(user.unreadReplies()).toEqual([]);
  });
});
