import type { Request, RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import type { WebClients } from '../../domain/demo/web-clients.js';
import { t } from '../../i18n/catalog.js';
import type { Logger } from '../../infra/logger.js';
import type { Lang } from '../../understanding/contract.js';
import { pickLang } from './accept-language.js';
import { sessionFromCookies } from './session.js';

/** The web chat's own pages and endpoints; its assets and every other route work without Redis. */
function isChatPath(path: string): boolean {
  return path === '/' || path === '/access' || path === '/demo' || path.startsWith('/chat/');
}

/** What the page's script asks for (JSON) rather than a page load or a plain form post. */
function wantsJson(req: Request): boolean {
  return Boolean(req.is('application/json')) || (req.method === 'GET' && req.path === '/chat/messages');
}

export interface RedisGuardDeps {
  redis: Redis;
  clients: WebClients;
  defaultLang: Lang;
  logger: Logger;
}

/**
 * The web chat keeps its sessions' screens and submissions in Redis, and ioredis queues commands
 * while disconnected, so without this a request would hang until Redis returns. With Redis not
 * connected the chat answers 503 at once, in the client's language (the browser's for a session
 * not linked yet); nothing was taken in, so the client simply sends again.
 */
export function requireRedis(deps: RedisGuardDeps): RequestHandler {
  const langOf = async (req: Request): Promise<Lang> => {
    const session = sessionFromCookies(req.get('cookie'));
    const client = session ? await deps.clients.linkedTo(session.key).catch(() => null) : null;
    return client?.lang ?? pickLang(req.get('accept-language'), deps.defaultLang);
  };
  return async (req, res, next) => {
    if (deps.redis.status === 'ready' || !isChatPath(req.path)) return next();
    deps.logger.debug({ path: req.path, redis: deps.redis.status }, 'web chat request refused: Redis unavailable');
    const text = t(await langOf(req), 'webUnavailable');
    res.status(503).set({ 'cache-control': 'no-store', 'retry-after': '30' });
    if (wantsJson(req)) return void res.json({ error: text });
    res.type('text/plain; charset=utf-8').send(text);
  };
}
