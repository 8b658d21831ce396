import { Router } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../../infra/db/types.js';
import { NotFoundError } from '../../../kernel/errors.js';
import { localeOf } from '../lang.js';
import { renderTicketsBoard } from '../pages/tickets-board.js';
import { renderTicketPage } from '../pages/ticket.js';
import { parseOrThrow } from '../params.js';
import { boardFilterOptions, boardFilterSchema, findTicketByNumber, listBoardTickets } from '../queries/tickets.js';
import { sendPage } from '../respond.js';

const numberSchema = (message: string) =>
  z.coerce.number({ message }).int(message).min(1, message).max(2_147_483_647, message);

export function createTicketRoutes(deps: { prisma: PrismaClient; clock: () => Date }): Router {
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

  return router;
}
