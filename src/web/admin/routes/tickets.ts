import { Router, type Request, type Response } from 'express';
import { fileNameOf, servedType } from '../../../domain/files/names.js';
import type { FileStore } from '../../../domain/files/store.js';
import { z } from 'zod';
import { cancelledByClient } from '../../../domain/bookings/third-party.js';
import { activeStatuses, closeAfterClientCancel } from '../../../domain/tickets/lifecycle.js';
import type { PrismaClient } from '../../../infra/db/types.js';
import type { TicketStatus } from '../../../generated/prisma/enums.js';
import { ConflictError, NotFoundError } from '../../../kernel/errors.js';
import { verifyCsrf } from '../auth.js';
import { localeOf } from '../lang.js';
import { csrfTokenOf, currentStaff } from '../locals.js';
import { renderTicketsBoard } from '../pages/tickets-board.js';
import { renderTicketPage } from '../pages/ticket.js';
import { parseOrThrow } from '../params.js';
import { boardFilterOptions, boardFilterSchema, findTicketByNumber, listBoardTickets } from '../queries/tickets.js';
import { attachmentDisposition } from '../reports/csv.js';
import { sendPage } from '../respond.js';

const numberSchema = (message: string) =>
  z.coerce.number({ message }).int(message).min(1, message).max(2_147_483_647, message);

/**
 * A client's file, for download only: sent as an attachment, with the type it came with unless
 * a browser would render or run it (then as plain bytes), never sniffed, in a sandbox if opened.
 */
function sendStoredFile(res: Response, file: { name: string; mimeType: string | null; content: Buffer }): void {
  res
    .status(200)
    .set({
      'content-type': servedType(file.mimeType),
      'content-disposition': attachmentDisposition(file.name),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, no-store',
    })
    .send(file.content);
}

/** A file of the ticket named in the address, kept and not yet erased; 404 for anything else. */
function downloadFile(deps: { prisma: PrismaClient; files: FileStore }) {
  return async (req: Request, res: Response): Promise<void> => {
    const locale = localeOf(res);
    const number = parseOrThrow(numberSchema(locale.t.invalid.ticketNumber), req.params.number);
    const id = z.uuid().safeParse(req.params.id);
    const file = id.success
      ? await deps.prisma.attachment.findFirst({
          where: { id: id.data, ticket: { number }, storedAt: { not: null } },
          select: { id: true, kind: true, fileName: true, mimeType: true },
        })
      : null;
    const content = file ? await deps.files.get(deps.prisma, file.id) : null;
    if (!file || !content) throw new NotFoundError(locale.t.invalid.noFile);
    sendStoredFile(res, { name: fileNameOf(file), mimeType: file.mimeType, content });
  };
}

export interface TicketRoutesDeps {
  prisma: PrismaClient;
  clock: () => Date;
  /** where clients' files are kept: the download links read them */
  files: FileStore;
  /** a ticket changed here: its follow-ups and Slack card follow */
  ticketChanged?: ((ticketId: string) => Promise<void>) | undefined;
}

/** The active booking tickets among `tickets` whose booking the client cancelled: they only wait to be closed. */
async function awaitingClose(
  prisma: PrismaClient,
  tickets: { id: string; category: string; status: TicketStatus }[],
): Promise<Set<string>> {
  const candidates = tickets.filter(
    (ticket) => ticket.category === 'booking' && (activeStatuses as readonly TicketStatus[]).includes(ticket.status),
  );
  const cancelled = await Promise.all(candidates.map((ticket) => cancelledByClient(prisma, ticket.id)));
  return new Set(candidates.filter((_, i) => cancelled[i]).map((ticket) => ticket.id));
}

export function createTicketRoutes(deps: TicketRoutesDeps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const locale = localeOf(res);
    const filter = parseOrThrow(boardFilterSchema(locale.t), req.query);
    const now = deps.clock();
    const [tickets, options] = await Promise.all([
      listBoardTickets(deps.prisma, filter, now),
      boardFilterOptions(deps.prisma),
    ]);
    const toClose = await awaitingClose(deps.prisma, tickets);
    sendPage(res, {
      title: locale.t.board.title,
      active: 'tickets',
      body: renderTicketsBoard({ tickets, filter, options, now, locale, toClose }),
    });
  });

  router.get('/tickets/:number', async (req, res) => {
    const locale = localeOf(res);
    const number = parseOrThrow(numberSchema(locale.t.invalid.ticketNumber), req.params.number);
    const ticket = await findTicketByNumber(deps.prisma, number);
    if (!ticket) throw new NotFoundError(locale.t.invalid.noTicket({ number }));
    const close = (await awaitingClose(deps.prisma, [ticket])).has(ticket.id)
      ? { csrfToken: csrfTokenOf(res) }
      : undefined;
    sendPage(res, {
      title: locale.t.ticket.title({ number: ticket.number, summary: ticket.summary }),
      active: 'tickets',
      body: renderTicketPage(ticket, deps.clock(), locale, close),
    });
  });

  router.get('/tickets/:number/files/:id', downloadFile(deps));
  // Close a ticket whose booking the client cancelled: the same domain act as the Slack card's Close.
  router.post('/tickets/:number/close', verifyCsrf, async (req, res) => {
    const { t } = localeOf(res);
    const number = parseOrThrow(numberSchema(t.invalid.ticketNumber), req.params.number);
    const ticket = await deps.prisma.ticket.findUnique({ where: { number }, select: { id: true } });
    if (!ticket) throw new NotFoundError(t.invalid.noTicket({ number }));
    const staff = currentStaff(res);
    const act = { ticketId: ticket.id, assistantId: staff.assistantId, now: deps.clock() };
    await closeAfterClientCancel(deps.prisma, act).catch((err: unknown) => {
      throw err instanceof ConflictError ? new ConflictError(t.ticket.cannotClose, err.context) : err;
    });
    await deps.ticketChanged?.(ticket.id);
    res.redirect(303, `/admin/tickets/${number}`);
  });

  return router;
}
