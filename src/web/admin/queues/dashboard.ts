import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import { Router, type Express, type NextFunction, type Request, type Response } from 'express';
import { requireAdmin } from '../auth.js';
import { localeOf } from '../lang.js';
import { sendMessage } from '../respond.js';

export const QUEUES_BASE_PATH = '/admin/queues';

/** Links and stylesheets the board's page would fetch from other hosts (its web fonts). */
const remoteLink = /<link\b[^>]*\bhref="(?:https?:)?\/\/[^"]*"[^>]*>\s*/gi;

/** Only this server's scripts and requests; the board's React code sets inline styles. */
const BOARD_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
} as const;

/**
 * bull-board's Express adapter, except that its page is sent without links to other hosts:
 * the package serves its scripts and styles itself, only its web fonts come from Google, and
 * the back-office loads nothing from the internet (the system fonts take their place).
 */
class OfflineExpressAdapter extends ExpressAdapter {
  override setEntryRoute(routeDef: Parameters<ExpressAdapter['setEntryRoute']>[0]): ExpressAdapter {
    this.app[routeDef.method](routeDef.route, (_req: Request, res: Response, next: NextFunction) => {
      // The title and the way back to the back-office in the page's language; the board's own title link stays on the board.
      const { t } = localeOf(res);
      const uiConfig = {
        ...this.uiConfig,
        boardTitle: t.queues.title,
        miscLinks: [{ text: t.queues.backToOffice, url: '/admin' }],
      };
      const { name, params } = routeDef.handler({ basePath: this.basePath, uiConfig });
      res.render(name, params, (err: Error | null, page: string) =>
        err ? next(err) : res.type('html').set(BOARD_HEADERS).send(page.replace(remoteLink, '')),
      );
    });
    return this;
  }
}

/** Changing anything (retry, clean, pause, remove) is for admins; every staff member may look. */
function adminToChange(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  requireAdmin(req, res, next);
}

/**
 * The board's API takes no CSRF token, so a change must come from this site: the browser says
 * so in Sec-Fetch-Site, or its Origin is this server's host or PUBLIC_URL. The board's own page
 * sends same-origin fetches.
 */
function sameOriginToChange(publicUrl: string | undefined) {
  const publicOrigin = publicUrl ? new URL(publicUrl).origin : undefined;
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    if (req.get('sec-fetch-site') === 'same-origin') return next();
    const origin = req.get('origin');
    if (origin && (origin === publicOrigin || hostOf(origin) === req.get('host'))) return next();
    const { t } = localeOf(res);
    sendMessage(res, 403, t.refusals.forbidden, t.refusals.csrf);
  };
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * The BullMQ dashboard at /admin/queues, mounted among the back-office routers behind the
 * login. Changes are for admins and only from this site (sameOriginToChange).
 */
export function createQueueDashboard(deps: { queues: readonly Queue[]; publicUrl?: string | undefined }): Router {
  const adapter = new OfflineExpressAdapter();
  adapter.setBasePath(QUEUES_BASE_PATH);
  createBullBoard({
    queues: deps.queues.map((queue) => new BullMQAdapter(queue)),
    // @bull-board/express pins the previous patch release of @bull-board/api, whose adapter type differs only in name.
    serverAdapter: adapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    options: { uiConfig: { hideDocsLink: true } },
  });
  const board = adapter.getRouter() as Express;
  board.disable('x-powered-by');
  const router = Router();
  router.use('/queues', adminToChange, sameOriginToChange(deps.publicUrl), board);
  return router;
}
