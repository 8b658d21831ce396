import { Router } from 'express';
import { z } from 'zod';
import type { PrismaClient } from '../../../infra/db/types.js';
import { NotFoundError } from '../../../kernel/errors.js';
import type { AdminCatalog } from '../../../i18n/admin-catalog.js';
import { localDay } from '../../../kernel/time.js';
import { localeOf } from '../lang.js';
import { parseOrThrow } from '../params.js';
import { sendPage } from '../respond.js';
import { clientLabel } from '../stats/page.js';
import { attachmentDisposition, toCsv } from './csv.js';
import { currentMonth, parseMonth } from './month.js';
import { renderReport, renderReportList } from './page.js';
import { clientReport, reportClients } from './queries.js';

export interface ReportRoutesDeps {
  prisma: PrismaClient;
  /** the agency's zone: months are cut in it */
  tz: string;
  clock: () => Date;
}

const clientIdSchema = (t: AdminCatalog) => z.uuid({ message: t.invalid.reportClientId });
const listQuerySchema = z.object({ month: z.string().optional() });

/**
 * Monthly reports per client: GET /admin/reports (?month=YYYY-MM) lists the clients,
 * /admin/reports/:clientId/:month is the printable page and the same path with .csv the download.
 */
export function createReportRoutes(deps: ReportRoutesDeps): Router {
  const router = Router();

  router.get('/reports', async (req, res) => {
    const locale = localeOf(res);
    const { month: asked } = parseOrThrow(listQuerySchema, req.query);
    const month = parseMonth(asked || currentMonth(deps.clock(), deps.tz), deps.tz, locale.t);
    sendPage(res, {
      title: locale.t.reports.title,
      active: 'reports',
      body: renderReportList(await reportClients(deps.prisma, month), month.month, locale),
    });
  });

  const load = async (params: Record<string, string | string[] | undefined>, t: AdminCatalog) => {
    const clientId = parseOrThrow(clientIdSchema(t), params.clientId);
    const month = parseMonth(params.month, deps.tz, t);
    const report = await clientReport(deps.prisma, clientId, month);
    if (!report) throw new NotFoundError(t.invalid.reportNoClient);
    return report;
  };

  router.get('/reports/:clientId/:month.csv', async (req, res) => {
    const locale = localeOf(res);
    const { t } = locale;
    const report = await load(req.params, t);
    // Headers and values in the page's language, as the printable page writes them (the day in the agency's zone).
    const csv = toCsv(
      [
        t.reports.ticket,
        t.reports.summary,
        t.common.category,
        t.common.status,
        t.reports.doneOn,
        t.reports.minutesInMonth,
      ],
      report.tickets.map((ticket) => [
        ticket.number,
        ticket.summary,
        t.categories[ticket.category],
        t.statuses[ticket.status],
        ticket.doneAt ? locale.day(localDay(ticket.doneAt, deps.tz)) : '',
        ticket.minutes,
      ]),
    );
    res
      .status(200)
      .set({
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': attachmentDisposition(
          `Delego ${clientLabel(report.client, locale)} ${report.month.month}.csv`,
        ),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      })
      .send(csv);
  });

  router.get('/reports/:clientId/:month', async (req, res) => {
    const locale = localeOf(res);
    const report = await load(req.params, locale.t);
    sendPage(res, {
      title: `${clientLabel(report.client, locale)} · ${locale.monthTitle(report.month.month)}`,
      active: 'reports',
      body: renderReport(report, deps.tz, deps.clock(), locale),
    });
  });

  return router;
}
