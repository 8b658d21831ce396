import type { Interval } from '../../domain/bookings/slots.js';
import type { FlowContext } from '../flow.js';
import { offerOf } from './slot-suggestions.js';

/**
 * What an answer with slot buttons was offering: the title asked for (so a slot tapped after
 * other messages still books it) and, after a clash, the time asked for ("Segna comunque" keeps
 * it). Kept per client under the key the buttons carry, until it expires.
 */

/** A day: after that the agenda has moved on, and a tap books from a stale picture. */
export const OFFER_TTL_MS = 24 * 60 * 60_000;

export interface OfferedBooking {
  title?: string | undefined;
  withWhom?: string | undefined;
  /** the time asked for, when it clashed */
  clash?: Interval | undefined;
  /** the booking the offer already ended in */
  bookingId?: string | undefined;
}

export type ReadOffer = { state: 'open'; offer: OfferedBooking } | { state: 'expired' };

/** Records what this answer's buttons offer; returns the key they carry. */
export async function recordOffer(ctx: FlowContext, offered: OfferedBooking): Promise<string> {
  const key = offerOf(ctx);
  const data = {
    bookingId: null,
    title: offered.title ?? null,
    withWhom: offered.withWhom ?? null,
    startsAt: offered.clash?.start ?? null,
    endsAt: offered.clash?.end ?? null,
    createdAt: ctx.now,
    expiresAt: new Date(ctx.now.getTime() + OFFER_TTL_MS),
  };
  await ctx.db.slotOffer.upsert({
    where: { clientId_key: { clientId: ctx.clientId, key } },
    create: { clientId: ctx.clientId, key, ...data },
    update: data,
  });
  return key;
}

/** The offer a tapped button names; one past its day, or purged since, is expired. */
export async function readOffer(ctx: FlowContext, key: string): Promise<ReadOffer> {
  const row = await ctx.db.slotOffer.findUnique({ where: { clientId_key: { clientId: ctx.clientId, key } } });
  if (!row || row.expiresAt <= ctx.now) return { state: 'expired' };
  const clash = row.startsAt && row.endsAt ? { start: row.startsAt, end: row.endsAt } : undefined;
  return {
    state: 'open',
    offer: {
      title: row.title ?? undefined,
      withWhom: row.withWhom ?? undefined,
      clash,
      bookingId: row.bookingId ?? undefined,
    },
  };
}

/** The offer ended in this booking: later taps of its buttons say so instead of booking again. */
export async function markOfferBooked(ctx: FlowContext, key: string, bookingId: string): Promise<void> {
  await ctx.db.slotOffer.updateMany({ where: { clientId: ctx.clientId, key }, data: { bookingId } });
}
