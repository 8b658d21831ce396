import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { DependencyError, errorMessage } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';
import { updateEnvelopeSchema } from './map-update.js';

export const telegramWebhookPath = '/telegram/webhook';
const secretHeader = 'x-telegram-bot-api-secret-token';
/** Telegram updates are a few kilobytes; anything far larger is not from Telegram. */
const maxBodyBytes = 1024 * 1024;

/** Hashing first gives equal lengths, so the comparison time says nothing about the secret. */
export function secretMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(given));
}

class BodyTooLarge extends Error {}

/** Stops reading (without destroying the socket, so the 413 can still be sent) once past the limit. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: unknown) => {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buffer.length;
      if (size <= maxBodyBytes) return void chunks.push(buffer);
      req.off('data', onData);
      req.pause();
      reject(new BodyTooLarge());
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

/** The JSON body, whether or not a body parser already ran in front of this handler. */
async function jsonBody(req: Request): Promise<unknown> {
  const body: unknown = req.body;
  if (body === undefined) return JSON.parse(await readBody(req));
  if (Buffer.isBuffer(body)) return JSON.parse(body.toString('utf8'));
  if (typeof body === 'string') return JSON.parse(body);
  return body;
}

export interface WebhookDeps {
  /** without a secret every request is refused: an open webhook would let anyone inject messages */
  secret: string | undefined;
  /** delivers one update; DependencyError means "ask Telegram to send it again later" */
  deliver(update: unknown): Promise<void>;
  logger: Logger;
}

/**
 * POST /telegram/webhook. Status codes tell Telegram what to do: 2xx = done (also for updates
 * that failed for good, so they are not redelivered forever), 503 = redeliver later
 * (PostgreSQL down), 401/400 = not a genuine update.
 */
export function createWebhookHandler(deps: WebhookDeps): RequestHandler {
  const { logger } = deps;
  return async (req: Request, res: Response) => {
    if (deps.secret === undefined || !secretMatches(deps.secret, req.headers[secretHeader])) {
      logger.warn({ ip: req.ip }, 'telegram webhook: wrong or missing secret token');
      res.status(401).end();
      return;
    }
    let update: unknown;
    try {
      update = await jsonBody(req);
    } catch (err) {
      // Closing the connection spares reading the rest of an oversized body.
      if (err instanceof BodyTooLarge) res.set('connection', 'close');
      res.status(err instanceof BodyTooLarge ? 413 : 400).end();
      return;
    }
    const envelope = updateEnvelopeSchema.safeParse(update);
    if (!envelope.success) {
      res.status(400).end();
      return;
    }
    const updateId = envelope.data.update_id;
    try {
      await deps.deliver(update);
      res.status(200).end();
    } catch (err) {
      if (err instanceof DependencyError) {
        logger.warn({ updateId, err: errorMessage(err) }, 'telegram update postponed: a dependency is unavailable');
        res.status(503).end();
        return;
      }
      logger.error({ updateId, err: errorMessage(err) }, 'telegram update failed');
      res.status(200).end();
    }
  };
}
