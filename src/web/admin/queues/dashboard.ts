import type { Queue } from 'bullmq';
import { Router, type Express, type NextFunction, type Request, type Response } from 'express';
import { requireAdmin } from '../auth.js';
import { localeOf } from '../lang.js';
import { sendMessage } from '../respond.js';

export { QUEUES_BASE_PATH } from './path.js';

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
 * login. Changes are for admins and only from this site (sameOriginToChange). bull-board is
 * loaded at the board's first visit, not at every start.
 */
export function createQueueDashboard(deps: { queues: readonly Queue[]; publicUrl?: string | undefined }): Router {
  let board: Promise<Express> | undefined;
  const lazyBoard = (req: Request, res: Response, next: NextFunction): void => {
    board ??= import('./board.js').then(({ createBoard }) => createBoard(deps.queues));
    board.then((app) => app(req, res, next), next);
  };
  const router = Router();
  router.use('/queues', adminToChange, sameOriginToChange(deps.publicUrl), lazyBoard);
  return router;
}
