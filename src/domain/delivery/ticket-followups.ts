import type { Outbound } from '../../kernel/messaging.js';
import { encodeButton } from '../../kernel/actions.js';
import type { Db, PrismaClient } from '../../infra/db/types.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { TaskCategory, TicketEventKind } from '../../generated/prisma/enums.js';
import { t } from '../../i18n/catalog.js';
import { ticketLabel } from '../tickets/service.js';
import type { DeskNotifier } from './desk.js';
import { tooEarly } from './due.js';
import { pushToClient, pushTransactionOptions } from './push.js';
import { planTicketFollowups, type FollowupRule, type FollowupSettings, type PlannedFollowup } from './ticket-rules.js';

/** Follow-ups sent are recorded as ticket events carrying their key; these kinds hold them. */
const markerKind = (rule: FollowupRule): TicketEventKind => (rule === 'overdue' ? 'sla_breached' : 'nudged');
const markerKinds: TicketEventKind[] = ['nudged', 'sla_breached'];
/** Events after which a ticket is open and unclaimed again. */
const reopeningKinds: TicketEventKind[] = ['released', 'reopened'];

const ticketInclude = {
  client: true,
  events: {
    where: { kind: { in: [...markerKinds, ...reopeningKinds] } },
    select: { kind: true, data: true, createdAt: true },
  },
} satisfies Prisma.TicketInclude;

type LoadedTicket = NonNullable<Awaited<ReturnType<typeof loadTicket>>>;

function loadTicket(db: Db, ticketId: string) {
  return db.ticket.findUnique({ where: { id: ticketId }, include: ticketInclude });
}

function sentKeys(ticket: LoadedTicket): Set<string> {
  const keys = ticket.events
    .filter((e) => markerKinds.includes(e.kind))
    .map((e) => (typeof e.data === 'object' && e.data !== null && !Array.isArray(e.data) ? e.data.key : undefined));
  return new Set(keys.filter((k): k is string => typeof k === 'string'));
}

function planFor(ticket: LoadedTicket, settings: FollowupSettings, now: Date, hasDesk: boolean): PlannedFollowup[] {
  if (ticket.client.erasedAt) return [];
  const reopened = ticket.events.filter((e) => reopeningKinds.includes(e.kind)).map((e) => e.createdAt.getTime());
  const openSince = new Date(Math.max(ticket.createdAt.getTime(), ...reopened));
  const plan = planTicketFollowups({ ...ticket, openSince }, ticket.client, settings, sentKeys(ticket), now);
  // Without a desk to tell, desk follow-ups are not planned (nor recorded as sent).
  return hasDesk ? plan : plan.filter((p) => p.audience === 'client');
}

/** The follow-ups a ticket still has coming (for scheduling and the reconciler). */
export async function pendingTicketFollowups(
  db: Db,
  ticketId: string,
  settings: FollowupSettings,
  now: Date,
  hasDesk: boolean,
): Promise<PlannedFollowup[]> {
  const ticket = await loadTicket(db, ticketId);
  return ticket ? planFor(ticket, settings, now, hasDesk) : [];
}

/** Lets the desk say a ticket changed (claimed, released, waiting, done...) so follow-ups follow. */
export interface TicketFollowupScheduler {
  ticketChanged(ticketId: string): Promise<void>;
}

/** Follow-ups due by `until` of every ticket that can still have some (for the reconciler). */
export async function dueTicketFollowups(
  db: Db,
  settings: FollowupSettings,
  now: Date,
  until: Date,
  hasDesk: boolean,
): Promise<{ ticketId: string; followup: PlannedFollowup }[]> {
  const tickets = await db.ticket.findMany({
    where: {
      OR: [
        { status: { in: ['open', 'claimed', 'waiting_client'] } },
        { status: 'done', rating: null, doneAt: { gte: new Date(now.getTime() - settings.ratingWindowMin * 60_000) } },
      ],
    },
    include: ticketInclude,
  });
  return tickets.flatMap((ticket) =>
    planFor(ticket, settings, now, hasDesk)
      .filter((p) => p.at <= until)
      .map((followup) => ({ ticketId: ticket.id, followup })),
  );
}

/** Active assistants whose skills include the category; all active ones when nobody's do. */
export async function fittingAssistants(db: Db, category: TaskCategory): Promise<string[]> {
  const active = await db.assistant.findMany({
    where: { active: true },
    select: { id: true, skills: true },
    orderBy: { createdAt: 'asc' },
  });
  const skilled = active.filter((a) => a.skills.includes(category));
  return (skilled.length ? skilled : active).map((a) => a.id);
}

export interface TicketFollowupDeps {
  prisma: PrismaClient;
  outbound: Outbound;
  desk?: DeskNotifier | undefined;
  settings: FollowupSettings;
  clock: () => Date;
}

export type TicketFollowupOutcome =
  | { kind: 'sent'; rule: FollowupRule }
  | { kind: 'undeliverable'; reason: 'unreachable' | 'refused' }
  | { kind: 'skipped'; reason: 'gone' | 'stale' }
  | { kind: 'wait'; until: Date };

/**
 * Sends one follow-up at most once: with the ticket row locked, the follow-up must still be in
 * the ticket's plan (the ticket did not move on meanwhile) and its key not yet recorded; the
 * event recording it is written in the same transaction as the send.
 */
export async function deliverTicketFollowup(
  deps: TicketFollowupDeps,
  ticketId: string,
  key: string,
): Promise<TicketFollowupOutcome> {
  return deps.prisma.$transaction(async (tx): Promise<TicketFollowupOutcome> => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM tickets WHERE id = ${ticketId}::uuid FOR UPDATE`;
    if (locked.length === 0) return { kind: 'skipped', reason: 'gone' };
    const ticket = await loadTicket(tx, ticketId);
    if (!ticket) return { kind: 'skipped', reason: 'gone' };
    const now = deps.clock();
    const planned = planFor(ticket, deps.settings, now, deps.desk !== undefined).find((p) => p.key === key);
    if (!planned) return { kind: 'skipped', reason: 'stale' };
    if (tooEarly(planned.at, now)) return { kind: 'wait', until: planned.at };

    const { client } = ticket;
    const number = ticketLabel(ticket.number);
    let undeliverable: 'unreachable' | 'refused' | undefined;
    switch (planned.rule) {
      case 'unclaimed':
        await deps.desk?.nudgeUnclaimed(ticket.id, await fittingAssistants(tx, ticket.category));
        break;
      case 'due_soon':
        await deps.desk?.nudgeAssignee(ticket.id);
        break;
      case 'overdue':
        await deps.desk?.escalateOverdue(ticket.id);
        break;
      case 'waiting_client':
      case 'rating_request': {
        const message =
          planned.rule === 'waiting_client'
            ? { text: t(client.lang, 'ticketWaitingClient', { number, summary: ticket.summary }) }
            : {
                text: t(client.lang, 'ticketRatingReminder', { number, summary: ticket.summary }),
                buttons: [
                  [1, 2, 3, 4, 5].map((rating) => ({
                    label: t(client.lang, 'ratingButton', { rating }),
                    data: encodeButton({ op: 'rate', rating, item: { kind: 'ticket', id: ticket.id } }),
                  })),
                ],
              };
        const pushed = await pushToClient(tx, deps.outbound, client.id, message, { ticketId: ticket.id });
        if (!pushed.delivered) undeliverable = pushed.reason;
        break;
      }
    }
    // Recorded even when the client could not be reached: trying again would not reach them either.
    await tx.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        kind: markerKind(planned.rule),
        actor: 'system',
        data: { rule: planned.rule, key, ...(undeliverable ? { undeliverable } : {}) },
      },
    });
    return undeliverable ? { kind: 'undeliverable', reason: undeliverable } : { kind: 'sent', rule: planned.rule };
  }, pushTransactionOptions);
}
