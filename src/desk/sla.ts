import { defaultFollowupMinutes, ticketDeadline } from '../domain/delivery/ticket-rules.js';
import type { TicketStatus } from '../generated/prisma/enums.js';

export interface SlaRules {
  /** an open ticket nobody claimed for longer than this is late */
  claimWithinMin: number;
  /** a deadline closer than this is shown as near */
  dueSoonMin: number;
}

/** The same thresholds the follow-ups nudge on, so the card and the nudges agree. */
export const defaultSlaRules: SlaRules = {
  claimWithinMin: defaultFollowupMinutes.unclaimedAfterMin,
  dueSoonMin: defaultFollowupMinutes.dueSoonMin,
};

export interface SlaInput {
  status: TicketStatus;
  createdAt: Date;
  /** a due day without a time (stored as UTC midnight of that day) */
  due: Date | null;
  dueAt: Date | null;
  doneAt: Date | null;
}

export type SlaLevel = 'ok' | 'warning' | 'breached' | 'closed';

export interface SlaState {
  level: SlaLevel;
  /** the verdict without words: the card and the back-office say it in their language */
  reason: 'cancelled' | 'doneLate' | 'doneOnTime' | 'overdue' | 'unclaimed' | 'dueSoon' | 'onTrack';
  /** how late, how long unclaimed or how soon due */
  minutes?: number;
}

const minutesBetween = (from: Date, to: Date): number => Math.floor((to.getTime() - from.getTime()) / 60_000);

/**
 * Where a ticket stands against its deadline and the claim target, as of `now`. A due day
 * ends at midnight in `tz`, the client's zone (the client's "by Friday").
 */
export function slaState(ticket: SlaInput, now: Date, tz: string, rules: SlaRules = defaultSlaRules): SlaState {
  const deadline = ticketDeadline(ticket, tz);
  if (ticket.status === 'cancelled') return { level: 'closed', reason: 'cancelled' };
  if (ticket.status === 'done') {
    const late = deadline !== null && ticket.doneAt !== null && ticket.doneAt > deadline;
    return late ? { level: 'closed', reason: 'doneLate' } : { level: 'closed', reason: 'doneOnTime' };
  }
  if (deadline && now >= deadline) {
    const late = minutesBetween(deadline, now);
    return { level: 'breached', reason: 'overdue', minutes: late };
  }
  const unclaimedMin = minutesBetween(ticket.createdAt, now);
  if (ticket.status === 'open' && unclaimedMin > rules.claimWithinMin)
    return { level: 'breached', reason: 'unclaimed', minutes: unclaimedMin };
  const left = deadline ? minutesBetween(now, deadline) : undefined;
  if (left !== undefined && left <= rules.dueSoonMin) return { level: 'warning', reason: 'dueSoon', minutes: left };
  return { level: 'ok', reason: 'onTrack' };
}
