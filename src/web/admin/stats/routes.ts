import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import type { PrismaClient } from '../../../infra/db/types.js';
import { localeOf } from '../lang.js';
import { sendPage } from '../respond.js';
import { renderStatsBody } from './page.js';
import { ticketStats } from './queries.js';
import { parseDayRange } from './range.js';

export interface StatsRoutesDeps {
  prisma: PrismaClient;
  /** the agency's zone: days and months are cut in it */
  tz: string;
  clock: () => Date;
}

/** GET /admin/stats (?from=YYYY-MM-DD&to=YYYY-MM-DD), and the stylesheet stats and reports share. */
export function createStatsRoutes(deps: StatsRoutesDeps): Router {
  const router = Router();
  router.use(
    '/stats/assets',
    express.static(fileURLToPath(new URL('./assets/', import.meta.url)), { index: false, maxAge: '1h' }),
  );
  router.get('/stats', async (req, res) => {
    const locale = localeOf(res);
    const range = parseDayRange(req.query, deps.clock(), deps.tz, locale.t);
    const stats = await ticketStats(deps.prisma, range, deps.tz);
    sendPage(res, {
      title: locale.t.stats.title,
      active: 'stats',
      body: renderStatsBody(stats, range, deps.tz, locale),
    });
  });
  return router;
}
