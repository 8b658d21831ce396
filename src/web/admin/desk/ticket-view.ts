import { randomUUID } from 'node:crypto';
import type { Response } from 'express';
import { z } from 'zod';
import { cancelledByClient } from '../../../domain/bookings/third-party.js';
import { activeStatuses } from '../../../domain/tickets/lifecycle.js';
import type { TicketStatus } from '../../../generated/prisma/enums.js';
import type { PrismaClient } from '../../../infra/db/types.js';
import { NotFoundError } from '../../../kernel/errors.js';
import type { DeskContext } from '../../../desk/context.js';
import {
  bookingForAct,
  bookingPrefill,
  loadBookingOfTicket,
  type BookingAct,
} from '../../../desk/acts/booking-access.js';
import { bookingModalKinds, type BookingModalInput } from '../../../desk/modals/booking-modal.js';
import { localeOf } from '../lang.js';
import { csrfTokenOf, currentStaff } from '../locals.js';
import type { DeskPanel } from '../pages/ticket-desk.js';
import { renderTicketPage } from '../pages/ticket.js';
import { parseOrThrow } from '../params.js';
import { findTicketByNumber, type TicketPageData } from '../queries/tickets.js';
import { sendPage } from '../respond.js';

export interface TicketViewDeps {
  prisma: PrismaClient;
  clock: () => Date;
  /** the desk's acts and their context: the same as the Slack desk's when there is one */
  desk: DeskContext;
}

export const ticketNumberSchema = (message: string) =>
  z.coerce.number({ message }).int(message).min(1, message).max(2_147_483_647, message);

/** The ticket number in the address; a bad one is a 400 with one line. */
export function ticketNumberOf(res: Response, raw: unknown): number {
  return parseOrThrow(ticketNumberSchema(localeOf(res).t.invalid.ticketNumber), raw);
}

/** The active booking tickets among `tickets` whose booking the client cancelled: they only wait to be closed. */
export async function awaitingClose(
  prisma: PrismaClient,
  tickets: { id: string; category: string; status: TicketStatus }[],
): Promise<Set<string>> {
  const candidates = tickets.filter(
    (ticket) => ticket.category === 'booking' && (activeStatuses as readonly TicketStatus[]).includes(ticket.status),
  );
  const cancelled = await Promise.all(candidates.map((ticket) => cancelledByClient(prisma, ticket.id)));
  return new Set(candidates.filter((_, i) => cancelled[i]).map((ticket) => ticket.id));
}

/** The booking forms the viewer may use on the ticket now, by the desk's own rule, and what they start from. */
async function bookingOffer(ctx: DeskContext, ticket: TicketPageData, me: string | null) {
  const loaded = ticket.category === 'booking' ? await loadBookingOfTicket(ctx, ticket.id) : null;
  if (!loaded) return { forms: [], cancel: false, version: '' };
  // before their first act the viewer holds nothing: no assistant id matches
  const who = { id: me ?? '', name: '' };
  const allowed = async (act: BookingAct) => (await bookingForAct(ctx, who, loaded, act)).refused === undefined;
  const forms: BookingModalInput[] = [];
  for (const kind of bookingModalKinds) if (await allowed(kind)) forms.push(bookingPrefill(loaded, kind));
  return { forms, cancel: await allowed('cancel'), version: loaded.booking.changedAt.getTime().toString(36) };
}

/** What the viewer can do with the ticket on the desk; `extras` carry what their last post did. */
export async function deskPanelFor(
  deps: TicketViewDeps,
  ticket: TicketPageData,
  viewer: { me: string | null; csrfToken: string },
  extras: Pick<DeskPanel, 'state' | 'refusal' | 'flash'> = {},
): Promise<DeskPanel> {
  const [closing, booking, replyByMail, suggestedReply] = await Promise.all([
    awaitingClose(deps.prisma, [ticket]),
    bookingOffer(deps.desk, ticket, viewer.me),
    deps.desk.mail?.answersByMail(ticket.id) ?? false,
    deps.desk.mail?.suggestion?.(ticket.id) ?? null,
  ]);
  const awaitsClose = closing.has(ticket.id);
  const kinds = [...booking.forms.map((form) => form.kind), booking.cancel ? 'cancel' : ''].join(',');
  return {
    ...viewer,
    awaitsClose,
    booking,
    replyKey: randomUUID(),
    replyByMail,
    suggestedReply: replyByMail ? suggestedReply : null,
    takeMessageFor: ticket.client.isDemo ? null : ticket.client.id,
    stateKey: [
      ticket.status,
      ticket.assignee?.id ?? '',
      viewer.me ?? '',
      awaitsClose,
      kinds,
      booking.version,
      suggestedReply !== null,
    ].join('|'),
    ...extras,
  };
}

/** The ticket's page for the logged-in person; `me` when their desk assistant was just made. */
export async function sendTicketPage(
  res: Response,
  deps: TicketViewDeps,
  number: number,
  extras: Pick<DeskPanel, 'state' | 'refusal' | 'flash'> & { me?: string } = {},
  status = 200,
): Promise<void> {
  const locale = localeOf(res);
  const ticket = await findTicketByNumber(deps.prisma, number);
  if (!ticket) throw new NotFoundError(locale.t.invalid.noTicket({ number }));
  const { me, ...shown } = extras;
  const viewer = { me: me ?? currentStaff(res).assistantId, csrfToken: csrfTokenOf(res) };
  const panel = await deskPanelFor(deps, ticket, viewer, shown);
  sendPage(
    res,
    {
      title: locale.t.ticket.title({ number: ticket.number, summary: ticket.summary }),
      active: 'tickets',
      body: renderTicketPage(ticket, deps.clock(), locale, panel),
    },
    status,
  );
}
