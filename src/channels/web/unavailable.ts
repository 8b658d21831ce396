import type { Request, Response } from 'express';
import { t } from '../../i18n/catalog.js';
import type { Lang } from '../../understanding/contract.js';
import { sendPage } from './context.js';
import { renderUnavailablePage } from './pages.js';

/** Browsers are asked to come back after this long. */
export const RETRY_AFTER_S = 30;

/** What the page's script asks for (JSON) rather than a page load or a plain form post. */
function wantsJson(req: Request): boolean {
  return Boolean(req.is('application/json')) || (req.method === 'GET' && req.path === '/chat/messages');
}

/**
 * 503 with Retry-After, in `lang`: the script gets one line of JSON (and keeps what was typed,
 * to send again), a page load or a plain form gets a page saying so.
 */
export function sendUnavailable(req: Request, res: Response, lang: Lang): void {
  res.set('retry-after', String(RETRY_AFTER_S));
  if (wantsJson(req))
    return void res
      .status(503)
      .set('cache-control', 'no-store')
      .json({ error: t(lang, 'webUnavailable') });
  sendPage(res, renderUnavailablePage(lang), 503);
}
