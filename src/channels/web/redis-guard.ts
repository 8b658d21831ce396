import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import type { Logger } from '../../infra/logger.js';
import { browserLang, currentSession, type WebChat } from './context.js';
import { sendUnavailable } from './unavailable.js';

/** The web chat's own pages and endpoints; its assets and every other route work without Redis. */
function isChatPath(path: string): boolean {
  return path === '/' || path === '/access' || path === '/demo' || path.startsWith('/chat/');
}

export interface RedisGuardDeps {
  redis: Redis;
  chat: Pick<WebChat, 'clients' | 'signer' | 'defaultLang'>;
  logger: Logger;
}

/**
 * The web chat keeps its sessions' screens and submissions in Redis, and ioredis queues commands
 * while disconnected, so without this a request would hang until Redis returns. With Redis not
 * connected the chat answers 503 at once, in the client's language (the browser's for a session
 * not linked yet); nothing was taken in, so the client simply sends again.
 */
export function requireRedis({ redis, chat, logger }: RedisGuardDeps): RequestHandler {
  return async (req, res, next) => {
    if (redis.status === 'ready' || !isChatPath(req.path)) return next();
    logger.debug({ path: req.path, redis: redis.status }, 'web chat request refused: Redis unavailable');
    const session = await currentSession(chat, req).catch(() => null);
    const client = session ? await chat.clients.linkedTo(session.key).catch(() => null) : null;
    sendUnavailable(req, res, client?.lang ?? browserLang(chat, req));
  };
}
