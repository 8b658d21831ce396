import { deferForQuietHours, inQuietHours, type QuietHours } from '../delivery/quiet-hours.js';
import type { AvailabilityKind } from '../../understanding/contract.js';

/** What the client said about themselves; a status past its end counts as available. */
export interface Availability {
  kind: AvailabilityKind;
  until: Date | null;
}

export type Delivery = { action: 'deliver' } | { action: 'hold'; until: Date; reason: 'busy' | 'dnd' | 'quiet_hours' };

/** Whether the status still holds at `now`: busy or do-not-disturb with an end still ahead. */
export function statusHolds(status: Availability, now: Date): boolean {
  return status.kind !== 'available' && status.until !== null && status.until.getTime() > now.getTime();
}

/**
 * When a message taken for the client reaches them: at once when they are available and awake,
 * else at the end of their status (moved past quiet hours if it ends inside them) or of their
 * quiet hours. An urgent message goes through anyway.
 */
export function decideDelivery(status: Availability, quietHours: QuietHours, urgent: boolean, now: Date): Delivery {
  if (urgent) return { action: 'deliver' };
  if (statusHolds(status, now)) {
    const kind = status.kind === 'dnd' ? 'dnd' : 'busy';
    return { action: 'hold', until: deferForQuietHours(status.until!, quietHours), reason: kind };
  }
  if (inQuietHours(now, quietHours))
    return { action: 'hold', until: deferForQuietHours(now, quietHours), reason: 'quiet_hours' };
  return { action: 'deliver' };
}
