import type { TicketStatus } from '../../generated/prisma/enums.js';
import { shiftDay, startOfLocalDay } from '../../kernel/time.js';
import { addBusinessMinutes, defaultAgencyWeek, nextBusinessInstant, type BusinessHours } from './business-hours.js';
import { deferForQuietHours, type QuietHours } from './quiet-hours.js';

/**
 * When the desk or the client hears about a ticket again, decided from the ticket alone. Each
 * follow-up has a key naming the state it is about (the ticket's due instant, when it started
 * waiting...): once sent under a key it is never sent again, and a changed state gets a new key.
 */
export const followupRules = ['unclaimed', 'due_soon', 'overdue', 'waiting_client', 'rating_request'] as const;
export type FollowupRule = (typeof followupRules)[number];

export interface TicketFacts {
  status: TicketStatus;
  assigneeId: string | null;
  /** when the ticket last became open without an assignee (created, released, reopened) */
  openSince: Date;
  due: Date | null;
  dueAt: Date | null;
  waitingSince: Date | null;
  doneAt: Date | null;
  rating: number | null;
}

export interface FollowupSettings {
  /** business minutes an open ticket may stay unclaimed before the desk is nudged */
  unclaimedAfterMin: number;
  /** the assignee is nudged when the deadline is this close */
  dueSoonMin: number;
  /** the client is reminded after waiting_client for this long */
  waitingClientAfterMin: number;
  /** the done message asks for a rating; unanswered after this long, the client is asked once more */
  ratingAfterMin: number;
  /** no rating request for tickets done longer ago than this */
  ratingWindowMin: number;
  agencyHours: BusinessHours;
}

/** Defaults: the desk hears after 15 open minutes; the client after a day of waiting or not rating. */
export const defaultFollowupMinutes = {
  unclaimedAfterMin: 15,
  dueSoonMin: 24 * 60,
  waitingClientAfterMin: 24 * 60,
  ratingAfterMin: 24 * 60,
  ratingWindowMin: 7 * 24 * 60,
} as const satisfies Omit<FollowupSettings, 'agencyHours'>;

export function defaultFollowupSettings(agencyTz: string): FollowupSettings {
  return { ...defaultFollowupMinutes, agencyHours: { tz: agencyTz, week: defaultAgencyWeek } };
}

export interface PlannedFollowup {
  rule: FollowupRule;
  key: string;
  /** not before this instant */
  at: Date;
  /** the desk (assistants, in the agency's hours) or the client (outside its quiet hours) */
  audience: 'desk' | 'client';
}

const MIN = 60_000;
const active: TicketStatus[] = ['open', 'claimed', 'waiting_client'];

/** The deadline instant: dueAt, or the end of the due day in the client's zone. */
export function ticketDeadline(facts: Pick<TicketFacts, 'due' | 'dueAt'>, tz: string): Date | null {
  if (facts.dueAt) return facts.dueAt;
  if (!facts.due) return null;
  return startOfLocalDay(shiftDay(facts.due.toISOString().slice(0, 10), 1), tz);
}

/** Every follow-up this ticket still has coming, sent ones (by key) left out. */
export function planTicketFollowups(
  facts: TicketFacts,
  client: QuietHours,
  settings: FollowupSettings,
  sentKeys: ReadonlySet<string>,
  now: Date,
): PlannedFollowup[] {
  const plan: PlannedFollowup[] = [];
  const add = (rule: FollowupRule, anchor: Date, at: Date, audience: PlannedFollowup['audience']) => {
    const key = `${rule}:${anchor.getTime()}`;
    if (!sentKeys.has(key)) plan.push({ rule, key, at, audience });
  };
  const deadline = ticketDeadline(facts, client.tz);

  if (facts.status === 'open' && !facts.assigneeId) {
    add(
      'unclaimed',
      facts.openSince,
      addBusinessMinutes(facts.openSince, settings.unclaimedAfterMin, settings.agencyHours),
      'desk',
    );
  }
  if (deadline && facts.assigneeId && (facts.status === 'claimed' || facts.status === 'waiting_client')) {
    const at = nextBusinessInstant(new Date(deadline.getTime() - settings.dueSoonMin * MIN), settings.agencyHours);
    // A nudge the agency's hours push past the deadline is the overdue escalation's job.
    if (at < deadline) add('due_soon', deadline, at, 'desk');
  }
  if (deadline && active.includes(facts.status)) {
    add('overdue', deadline, nextBusinessInstant(deadline, settings.agencyHours), 'desk');
  }
  if (facts.status === 'waiting_client' && facts.waitingSince) {
    add(
      'waiting_client',
      facts.waitingSince,
      deferForQuietHours(new Date(facts.waitingSince.getTime() + settings.waitingClientAfterMin * MIN), client),
      'client',
    );
  }
  if (
    facts.status === 'done' &&
    facts.doneAt &&
    facts.rating === null &&
    now.getTime() - facts.doneAt.getTime() < settings.ratingWindowMin * MIN
  ) {
    add(
      'rating_request',
      facts.doneAt,
      deferForQuietHours(new Date(facts.doneAt.getTime() + settings.ratingAfterMin * MIN), client),
      'client',
    );
  }
  return plan;
}
