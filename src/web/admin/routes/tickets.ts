import { Router, type Request, type Response } from 'express';
import { fileNameOf, servedType } from '../../../domain/files/names.js';
import type { FileStore } from '../../../domain/files/store.js';
import { z } from 'zod';
import type { PrismaClient } from '../../../infra/db/types.js';
import type { Logger } from '../../../infra/logger.js';
import { NotFoundError } from '../../../kernel/errors.js';
import { takeFlash } from '../desk/flash.js';
import {
  awaitingClose,
  sendTicketPage,
  ticketNumberOf,
  ticketNumberSchema,
  type TicketViewDeps,
} from '../desk/ticket-view.js';
import { localeOf } from '../lang.js';
import { renderTicketsBoard } from '../pages/tickets-board.js';
import { parseOrThrow } from '../params.js';
import { boardFilterOptions, boardFilterSchema, listBoardTickets } from '../queries/tickets.js';
import { createTicketDeskRoutes } from './ticket-desk.js';
import { createTicketLiveRoutes } from './ticket-live.js';
import { attachmentDisposition } from '../reports/csv.js';
import { sendPage } from '../respond.js';

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
    const number = parseOrThrow(ticketNumberSchema(locale.t.invalid.ticketNumber), req.params.number);
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

export interface TicketRoutesDeps extends TicketViewDeps {
  logger: Logger;
  /** where clients' files are kept: the download links read them */
  files: FileStore;
  /** an https address makes the cookies Secure */
  publicUrl?: string | undefined;
  /** how often an open ticket page looks for changes (ms) */
  livePollMs?: number | undefined;
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
    const number = ticketNumberOf(res, req.params.number);
    await sendTicketPage(res, deps, number, { flash: takeFlash(req, res, deps.publicUrl, number) });
  });

  router.get('/tickets/:number/files/:id', downloadFile(deps));
  router.use(createTicketDeskRoutes(deps));
  router.use(createTicketLiveRoutes(deps));
  return router;
}
