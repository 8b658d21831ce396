import { fileURLToPath } from 'node:url';
import express, { type RequestHandler, type Router } from 'express';
import { z } from 'zod';
import { normalizeInviteCode } from '../../domain/access/invites.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { isServiceUnavailable } from '../../infra/db/types.js';
import type { Logger } from '../../infra/logger.js';
import { startDemo, submitInviteCode } from './access.js';
import {
  browserLang,
  currentSession,
  linkedClient,
  postingSession,
  secretsOf,
  sendPage,
  setSessionCookie,
  type Handler,
  type WebChat,
  type WebChatDeps,
} from './context.js';
import { chatPostSchema, fromForm, toInboundMessage } from './inbound.js';
import { entryIdSchema, MAX_FILE_BYTES } from './mailbox.js';
import { renderAccessPage, renderChatPage, renderEntry } from './pages.js';
import { newSession, sessionCookieOptions, unsignedSessionFromCookies } from './session.js';
import { sendUnavailable } from './unavailable.js';
import { postFile, uploadBody } from './uploads.js';

export type { WebChatDeps } from './context.js';

/** Messages a page shows when it opens, and at most per poll. */
const HISTORY_ENTRIES = 200;
const POLL_ENTRIES = 100;
const BODY_LIMIT = '64kb';

const fileIdSchema = z.uuid();

function statusOf(err: unknown): number | undefined {
  if (err instanceof ValidationError) return 400;
  if (err instanceof ForbiddenError) return 403;
  if (err instanceof NotFoundError) return 404;
  return undefined;
}

/**
 * The web chat, a channel like Telegram and Slack: the browser is identified by its session
 * cookie, what it posts becomes an InboundMessage for the conversation pipeline, and the
 * replies reach the page through the session's mailbox (see sender.ts). A session is linked
 * to a client by an invite code, as on the other channels, or to a demo client of its own.
 */
export function createWebChatRouter(deps: WebChatDeps): Router {
  const router = express.Router();
  const chat: WebChat = { ...deps, cookieOptions: sessionCookieOptions(deps.publicUrl) };
  const json = express.json({ limit: BODY_LIMIT });
  const form = express.urlencoded({ extended: false, limit: BODY_LIMIT });
  const route = routeFor(chat, deps.logger);

  router.use('/assets', express.static(fileURLToPath(new URL('./assets/', import.meta.url)), { index: false }));
  router.get('/', route(showPage(chat)));
  router.post('/access', form, route(submitInviteCode(chat)));
  router.post('/demo', form, route(startDemo(chat)));
  router.post('/chat/messages', json, form, route(postMessage(chat)));
  router.get('/chat/messages', route(pollMessages(chat)));
  router.get('/chat/files/:id', route(downloadFile(chat)));
  const uploads = { ...chat, maxBytes: Math.min(deps.maxAttachmentBytes, MAX_FILE_BYTES) };
  router.post('/chat/files', uploadBody(uploads), route(postFile(uploads)));
  return router;
}

/**
 * Client mistakes become their status code; a database or Redis that does not answer a 503 in
 * the browser's language; anything else goes to the app's error handler.
 */
function routeFor(chat: WebChat, logger: Logger): (fn: Handler) => RequestHandler {
  return (fn) => async (req, res, next) => {
    try {
      await fn(req, res);
    } catch (err) {
      if (res.headersSent) return next(err);
      if (isServiceUnavailable(err)) {
        logger.debug(
          { path: req.path, err: (err as Error).message },
          'web chat request refused: a service is unavailable',
        );
        return sendUnavailable(req, res, browserLang(chat, req));
      }
      const status = statusOf(err);
      if (status === undefined) return next(err);
      logger.debug({ path: req.path, status, err: (err as Error).message }, 'web chat request refused');
      res
        .status(status)
        .set('cache-control', 'no-store')
        .json({ error: (err as Error).message });
    }
  };
}

/**
 * The session a page load goes on with: the minted one its cookie carries; an unsigned id of an
 * earlier version only when it is linked to a client (it gets a signed cookie now); else a new
 * one, minted here and stored nowhere until an invite code or the demo links it.
 */
async function pageSession(chat: WebChat, cookie: string | undefined) {
  const minted = await chat.signer.fromCookies(cookie);
  const candidate = minted ?? unsignedSessionFromCookies(cookie);
  const client = candidate ? await chat.clients.linkedTo(candidate.key) : null;
  return candidate && (client || minted) ? { session: candidate, client } : { session: newSession(), client: null };
}

/** The invite code of a link such as `/?code=K7M2-Q9XD-H4RT-W8NE`, when it is shaped like one. */
function linkedCode(query: unknown): string | null {
  return typeof query === 'string' && query.length <= 40 ? normalizeInviteCode(query) : null;
}

/** The chat of a linked browser, or the page that links it (invite code, demo). */
function showPage(chat: WebChat): Handler {
  return async (req, res) => {
    const { session, client } = await pageSession(chat, req.get('cookie'));
    await setSessionCookie(chat, res, session);
    if (!client) {
      const code = linkedCode(req.query.code);
      const page = { lang: browserLang(chat, req), secrets: secretsOf(session), demo: chat.demo };
      return sendPage(res, renderAccessPage(code ? { ...page, code } : page));
    }
    const entries = await chat.mailbox.recent(session.key, HISTORY_ENTRIES);
    sendPage(
      res,
      renderChatPage({
        lang: client.lang,
        secrets: secretsOf(session),
        clientName: client.name,
        isDemo: client.isDemo,
        entries,
        clock: { lang: client.lang, tz: client.tz, now: chat.clock() },
      }),
    );
  };
}

/** A message or a button press, by script (JSON) or by a plain form; a repeated key is handled once. */
function postMessage(chat: WebChat): Handler {
  return async (req, res) => {
    const session = await postingSession(chat, req);
    const fromPlainForm = typeof req.is('application/x-www-form-urlencoded') === 'string';
    const body: unknown = req.body;
    const parsed = chatPostSchema.safeParse(
      fromPlainForm && typeof body === 'object' && body !== null ? fromForm(body as Record<string, unknown>) : body,
    );
    if (!parsed.success)
      throw new ValidationError('expected {idempotencyKey, text} or {idempotencyKey, action: {data}}');
    const { client } = await linkedClient(chat, session);
    const post = parsed.data;
    const first = await chat.submissions.claim(session.key, post.idempotencyKey);
    if (first) {
      try {
        if ('text' in post) await chat.mailbox.append(session.key, { from: 'client', text: post.text });
        await chat.handle(toInboundMessage(session, post, client.lang, chat.clock()));
      } catch (err) {
        await chat.submissions.release(session.key, post.idempotencyKey);
        throw err;
      }
    }
    if (fromPlainForm) return res.redirect(303, '/');
    res.set('cache-control', 'no-store').json({ duplicate: !first });
  };
}

function pollMessages(chat: WebChat): Handler {
  return async (req, res) => {
    const { session, client } = await linkedClient(chat, await currentSession(chat, req));
    const after = entryIdSchema.safeParse(req.query.after ?? '0-0');
    if (!after.success) throw new ValidationError('after must be a message id such as 1764928800000-0');
    const secrets = secretsOf(session);
    const entries = await chat.mailbox.after(session.key, after.data, POLL_ENTRIES);
    const clock = { lang: client.lang, tz: client.tz, now: chat.clock() };
    res
      .set('cache-control', 'no-store')
      .json({ messages: entries.map((entry) => ({ ...entry, html: renderEntry(entry, secrets, clock) })) });
  };
}

function downloadFile(chat: WebChat): Handler {
  return async (req, res) => {
    const { session } = await linkedClient(chat, await currentSession(chat, req));
    const id = fileIdSchema.safeParse(req.params.id);
    const file = id.success ? await chat.mailbox.file(session.key, id.data) : null;
    if (!file) throw new NotFoundError('no such file in this chat');
    res
      .attachment(file.name)
      .set({
        'content-type': file.mimeType,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      })
      .send(file.content);
  };
}
