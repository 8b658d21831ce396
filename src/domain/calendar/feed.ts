import { randomBytes } from 'node:crypto';
import { Router } from 'express';
import { z } from 'zod';
import type { Db, PrismaClient } from '../../infra/db/types.js';
import { NotFoundError } from '../../kernel/errors.js';
import { t } from '../../i18n/catalog.js';
import { icsMimeType, writeCalendar } from './ics.js';

/** What the writer needs of a booking row. */
export const icsBookingSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  day: true,
  withWhom: true,
  location: true,
  status: true,
  icsSequence: true,
} as const;

/** How far back the feed goes; cancelled bookings stay this long so subscribers drop them. */
const feedWindowMs = 30 * 86_400_000;

/** 32 random bytes, base64url: 43 characters. */
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

export function feedUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/calendar/${token}.ics`;
}

/** Gives the client a new feed token; the previous URL stops working at once. */
export async function rotateFeedToken(db: Db, clientId: string): Promise<string> {
  const token = newFeedToken();
  const { count } = await db.client.updateMany({
    where: { id: clientId, erasedAt: null },
    data: { calendarFeedToken: token },
  });
  if (count === 0) throw new NotFoundError(`no client with id ${clientId}`);
  return token;
}

export async function revokeFeedToken(db: Db, clientId: string): Promise<void> {
  const { count } = await db.client.updateMany({ where: { id: clientId }, data: { calendarFeedToken: null } });
  if (count === 0) throw new NotFoundError(`no client with id ${clientId}`);
}

/** The client's feed as iCalendar text, or undefined when the token opens no feed. */
export async function feedCalendar(prisma: PrismaClient, token: string, now: Date): Promise<string | undefined> {
  const client = await prisma.client.findUnique({
    where: { calendarFeedToken: token },
    select: { id: true, tz: true, lang: true, erasedAt: true },
  });
  if (!client || client.erasedAt) return undefined;
  const since = new Date(now.getTime() - feedWindowMs);
  const bookings = await prisma.booking.findMany({
    where: {
      clientId: client.id,
      OR: [{ startsAt: { gte: since } }, { day: { gte: since } }],
      NOT: { status: 'cancelled', changedAt: { lt: since } },
    },
    select: icsBookingSelect,
    orderBy: [{ startsAt: 'asc' }, { day: 'asc' }],
  });
  return writeCalendar(
    {
      method: 'PUBLISH',
      name: t(client.lang, 'calendarName'),
      tz: client.tz,
      stamp: now,
      withLabel: t(client.lang, 'calendarWith'),
    },
    bookings,
  );
}

/** `GET /calendar/<token>.ics`: the secret token is the only credential, so failures say nothing. */
export function createCalendarFeedRouter(deps: { prisma: PrismaClient; clock: () => Date }): Router {
  const router = Router();
  router.get('/calendar/:token.ics', async (req, res) => {
    res.set('Cache-Control', 'private, no-store, max-age=0');
    const token = tokenSchema.safeParse(req.params.token);
    const body = token.success ? await feedCalendar(deps.prisma, token.data, deps.clock()) : undefined;
    if (body === undefined) {
      res.status(404).type('text/plain').send('not found');
      return;
    }
    res.status(200).set('Content-Type', icsMimeType).send(body);
  });
  return router;
}
