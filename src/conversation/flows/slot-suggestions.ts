import { clientAvailability } from '../../domain/bookings/availability.js';
import { nearestFreeSlots, type Interval } from '../../domain/bookings/slots.js';
import type { Button } from '../../kernel/messaging.js';
import { t } from '../../i18n/catalog.js';
import { formatDay, formatTime } from '../../i18n/format.js';
import type { Logger } from '../../infra/logger.js';
import type { Lang } from '../../understanding/contract.js';
import { encodeButton, isSlotLength } from '../../kernel/actions.js';
import type { FlowContext, FlowResult } from '../flow.js';

/** Free slots offered as buttons under a reply: a clash, a slot no longer free, a search. */

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const warnedBadHours = new Set<string>();
/** A bad stored working-hours value is logged once per client and process, not on every search. */
export function badHoursLogger(logger: Logger) {
  return (clientId: string) => {
    if (warnedBadHours.has(clientId)) return;
    warnedBadHours.add(clientId);
    logger.warn({ clientId }, 'client working hours are not valid; using Monday-Friday 09:00-18:00');
  };
}

function slotLabel(slot: Interval, lang: Lang, tz: string, now: Date): string {
  return `${formatDay(slot.start, lang, tz, now)} ${formatTime(slot.start, tz)}–${formatTime(slot.end, tz)}`;
}

/** What tapping a suggested slot does: book it (a new booking), or move an existing booking there. */
export interface SlotTap {
  /** undefined for a slot no button can carry */
  encode(slot: Interval): string | undefined;
  heading: 'slotsNearby' | 'slotsNearbyMove';
}

const epochMinutes = (d: Date) => Math.round(d.getTime() / MINUTE_MS);

/** The offer a slot button belongs to: the random tail of the message the offer answers (see offers.ts). */
export const offerOf = (ctx: Pick<FlowContext, 'messageId'>): string => ctx.messageId.replace(/-/g, '').slice(-8);

export const bookSlot = (offer: string): SlotTap => ({
  encode: (slot) => {
    const minutes = epochMinutes(slot.end) - epochMinutes(slot.start);
    return isSlotLength(minutes)
      ? encodeButton({ op: 'slot', startMin: epochMinutes(slot.start), minutes, offer })
      : undefined;
  },
  heading: 'slotsNearby',
});

/** The booking keeps its length, so the button needs only the new start. */
export const moveToSlot = (bookingId: string): SlotTap => ({
  encode: (slot) => encodeButton({ op: 'move', bookingId, startMin: epochMinutes(slot.start) }),
  heading: 'slotsNearbyMove',
});

/** One button per slot, one per row; a slot no button can carry is not offered. */
export function slotButtons(slots: readonly Interval[], ctx: FlowContext, tap: SlotTap): Button[][] {
  return slots.flatMap((slot) => {
    const data = tap.encode(slot);
    return data === undefined ? [] : [[{ label: slotLabel(slot, ctx.lang, ctx.tz, ctx.now), data }]];
  });
}

/** The free slots nearest `wanted`, same length, as buttons under a reply (a clash, a slot gone). */
export async function withNearestSlots(
  ctx: FlowContext,
  result: FlowResult,
  wanted: Interval,
  tap: SlotTap,
): Promise<FlowResult> {
  const range = {
    start: new Date(wanted.start.getTime() - 4 * DAY_MS),
    end: new Date(wanted.start.getTime() + 9 * DAY_MS),
  };
  const availability = await clientAvailability(ctx.db, ctx.clientId, range, badHoursLogger(ctx.logger));
  const durationMin = Math.round((wanted.end.getTime() - wanted.start.getTime()) / MINUTE_MS);
  const slots = nearestFreeSlots({
    hours: availability.hours,
    tz: ctx.tz,
    busy: availability.busy,
    durationMin,
    now: ctx.now,
    wanted: wanted.start,
  });
  const buttons = slotButtons(slots, ctx, tap);
  if (!buttons.length) return result;
  return {
    ...result,
    reply: {
      ...result.reply,
      text: `${result.reply.text}\n${t(ctx.lang, tap.heading)}`,
      buttons: [...(result.reply.buttons ?? []), ...buttons],
    },
  };
}
