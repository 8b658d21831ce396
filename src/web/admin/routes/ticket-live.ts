import { Router, type Request, type Response } from 'express';
import type { PrismaClient } from '../../../infra/db/types.js';
import type { Logger } from '../../../infra/logger.js';
import { errorMessage, NotFoundError } from '../../../kernel/errors.js';
import { deskPanelFor, ticketNumberOf, type TicketViewDeps } from '../desk/ticket-view.js';
import { localeOf } from '../lang.js';
import { csrfTokenOf, currentStaff } from '../locals.js';
import { ticketLiveParts } from '../pages/ticket.js';
import { findTicketByNumber } from '../queries/tickets.js';
import { findSession, STAFF_COOKIE, tokenFromCookies } from '../sessions.js';

export interface TicketLiveDeps extends TicketViewDeps {
  logger: Logger;
  /** how often an open ticket page looks for changes (ms) */
  livePollMs?: number | undefined;
}

const DEFAULT_POLL_MS = 2_000;
/** A comment now and then keeps proxies from closing a quiet stream. */
const KEEP_ALIVE_MS = 25_000;
/** How long a browser waits before it reconnects a stream that ended (a restart, a deploy). */
const RETRY_MS = 3_000;

/**
 * What changes when anything on the ticket's page changes: its row (state, holder), and the
 * events, messages, time entries and kept files it has. Cheap enough to ask every few seconds,
 * and it sees changes made by any process (the Slack desk, the bot, a worker).
 */
async function ticketVersion(prisma: PrismaClient, number: number): Promise<string> {
  const ticket = await prisma.ticket.findUnique({
    where: { number },
    select: {
      updatedAt: true,
      _count: {
        select: {
          events: true,
          messages: true,
          timeEntries: true,
          attachments: { where: { storedAt: { not: null } } },
        },
      },
    },
  });
  return JSON.stringify(ticket);
}

/** The page's changing parts, rendered for the person watching it, as one server-sent event. */
async function partsEvent(deps: TicketLiveDeps, res: Response, number: number): Promise<string | undefined> {
  const ticket = await findTicketByNumber(deps.prisma, number);
  if (!ticket) return undefined;
  const viewer = { me: currentStaff(res).assistantId, csrfToken: csrfTokenOf(res) };
  const panel = await deskPanelFor(deps, ticket, viewer);
  return `event: ticket\ndata: ${JSON.stringify(ticketLiveParts(ticket, deps.clock(), localeOf(res), panel))}\n\n`;
}

/** The session still holds (not logged out, expired or disabled since the stream began). */
async function stillLoggedIn(deps: TicketLiveDeps, req: Request): Promise<boolean> {
  const token = tokenFromCookies(req.get('cookie'), STAFF_COOKIE);
  return token !== undefined && (await findSession(deps.prisma, token, deps.clock(), { touch: false })) !== null;
}

/**
 * GET /admin/tickets/:number/live, behind the login: a server-sent event stream that sends the
 * page's changing parts whenever the ticket changes (the client writes, Slack claims), so the
 * page follows without a reload. It ends when the session does.
 */
export function createTicketLiveRoutes(deps: TicketLiveDeps): Router {
  const router = Router();
  const log = deps.logger.child({ component: 'ticket-live' });
  router.get('/tickets/:number/live', async (req, res) => {
    const number = ticketNumberOf(res, req.params.number);
    let seen = await ticketVersion(deps.prisma, number);
    if (seen === 'null') throw new NotFoundError(localeOf(res).t.invalid.noTicket({ number }));
    res.status(200).set({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    });
    res.flushHeaders();
    res.write(`retry: ${RETRY_MS}\n\n`);
    let busy = false;
    const look = async () => {
      if (!(await stillLoggedIn(deps, req))) return void res.end();
      const now = await ticketVersion(deps.prisma, number);
      if (now === seen) return;
      seen = now;
      const event = await partsEvent(deps, res, number);
      if (event) res.write(event);
    };
    const poll = setInterval(() => {
      if (busy) return;
      busy = true;
      look()
        .catch((err: unknown) => log.debug({ err: errorMessage(err), number }, 'ticket page not followed this time'))
        .finally(() => (busy = false));
    }, deps.livePollMs ?? DEFAULT_POLL_MS);
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    res.on('close', () => {
      clearInterval(poll);
      clearInterval(keepAlive);
    });
  });
  return router;
}
