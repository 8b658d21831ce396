import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { Express, NextFunction, Request, Response } from 'express';
import { localeOf } from '../lang.js';
import { QUEUES_BASE_PATH } from './path.js';

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

/** bull-board's app for the queues, served under QUEUES_BASE_PATH. */
export function createBoard(queues: readonly Queue[]): Express {
  const adapter = new OfflineExpressAdapter();
  adapter.setBasePath(QUEUES_BASE_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue)),
    // @bull-board/express pins the previous patch release of @bull-board/api, whose adapter type differs only in name.
    serverAdapter: adapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    options: { uiConfig: { hideDocsLink: true } },
  });
  const board = adapter.getRouter() as Express;
  board.disable('x-powered-by');
  return board;
}
