import { Router, type Request, type Response } from 'express';
import { fileNameOf, servedType } from '../../../domain/files/names.js';
import type { FileStore } from '../../../domain/files/store.js';
import { z } from 'zod';
import type { PrismaClient } from '../../../infra/db/types.js';
import { NotFoundError } from '../../../kernel/errors.js';
import { localeOf } from '../lang.js';
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

export function createTicketRoutes(deps: { prisma: PrismaClient; clock: () => Date; files: FileStore }): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const locale = localeOf(res);
    const filter = parseOrThrow(boardFilterSchema(locale.t), req.query);
    const now = deps.clock();
    const [tickets, options] = await Promise.all([
      listBoardTickets(deps.prisma, filter, now),
      boardFilterOptions(deps.prisma),
    ]);
    sendPage(res, {
      title: locale.t.board.title,
      active: 'tickets',
      body: renderTicketsBoard({ tickets, filter, options, now, locale }),
    });
  });

  router.get('/tickets/:number', async (req, res) => {
    const locale = localeOf(res);
    const number = parseOrThrow(numberSchema(locale.t.invalid.ticketNumber), req.params.number);
    const ticket = await findTicketByNumber(deps.prisma, number);
    if (!ticket) throw new NotFoundError(locale.t.invalid.noTicket({ number }));
    sendPage(res, {
      title: locale.t.ticket.title({ number: ticket.number, summary: ticket.summary }),
      active: 'tickets',
      body: renderTicketPage(ticket, deps.clock(), locale),
    });
  });

  router.get('/tickets/:number/files/:id', downloadFile(deps));

  return router;
}
