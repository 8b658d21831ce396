import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { z } from 'zod';
import type { WebClients } from '../../domain/demo/web-clients.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { t } from '../../i18n/catalog.js';
import type { Logger } from '../../infra/logger.js';
import type { Lang } from '../../understanding/contract.js';
import type { InboundMessage } from '../../kernel/messaging.js';
import { pickLang } from './accept-language.js';
import { chatPostSchema, fromForm, toInboundMessage } from './inbound.js';
import { entryIdSchema, MAX_FILE_BYTES, type Mailbox } from './mailbox.js';
import { renderAccessPage, renderChatPage, renderEntry, type FormSecrets } from './pages.js';
import {
  csrfToken,
  newSession,
  SESSION_COOKIE,
  sessionCookieOptions,
  sessionFromCookies,
  validCsrfToken,
  type WebSession,
} from './session.js';
import type { Submissions } from './submissions.js';
import { postFile, uploadBody } from './uploads.js';

export interface WebChatDeps {
  handle: (msg: InboundMessage) => Promise<void>;
  mailbox: Mailbox;
  submissions: Submissions;
  clients: WebClients;
  /** offer "Try the demo" (no Telegram or Slack is configured) */
  demo: boolean;
  /** an https address makes the session cookie Secure */
  publicUrl?: string | undefined;
  defaultLang: Lang;
  logger: Logger;
  clock: () => Date;
  /** MAX_ATTACHMENT_MB in bytes: larger files attached in the chat are refused */
  maxAttachmentBytes: number;
}

/** Messages a page shows when it opens, and at most per poll. */
const HISTORY_ENTRIES = 200;
const POLL_ENTRIES = 100;
const BODY_LIMIT = '64kb';

/** Only this server's own scripts, styles and requests; no framing by other sites. */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

const codeSchema = z.string().trim().min(1).max(40);
const fileIdSchema = z.uuid();

function statusOf(err: unknown): number | undefined {
  if (err instanceof ValidationError) return 400;
  if (err instanceof ForbiddenError) return 403;
  if (err instanceof NotFoundError) return 404;
  return undefined;
}

type Handler = (req: Request, res: Response) => Promise<void>;

/** What the handlers share: the dependencies and the cookie settings derived from them. */
interface WebChat extends WebChatDeps {
  cookieOptions: ReturnType<typeof sessionCookieOptions>;
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
  const route = routeFor(deps.logger);

  router.use('/assets', express.static(fileURLToPath(new URL('./assets/', import.meta.url)), { index: false }));
  router.get('/', route(showPage(chat)));
  router.post('/access', form, route(submitInviteCode(chat)));
  router.post('/demo', form, route(startDemo(chat)));
  router.post('/chat/messages', json, form, route(postMessage(chat)));
  router.get('/chat/messages', route(pollMessages(chat)));
  router.get('/chat/files/:id', route(downloadFile(chat)));
  const uploads = { ...deps, maxBytes: Math.min(deps.maxAttachmentBytes, MAX_FILE_BYTES) };
  router.post('/chat/files', uploadBody(uploads), route(postFile(uploads)));
  return router;
}

/** Client mistakes become their status code; anything else goes to the app's error handler. */
function routeFor(logger: Logger): (fn: Handler) => RequestHandler {
  return (fn) => async (req, res, next) => {
    try {
      await fn(req, res);
    } catch (err) {
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

function sendPage(res: Response, html: string, status = 200): void {
  res
    .status(status)
    .set({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
    })
    .send(html);
}

function browserLang(chat: WebChat, req: Request): Lang {
  return pickLang(req.get('accept-language'), chat.defaultLang);
}

function secretsOf(session: WebSession): FormSecrets {
  return { csrf: csrfToken(session), newKey: randomUUID };
}

/** The session of a state-changing request, which must carry the session's CSRF token. */
function postingSession(req: Request): WebSession {
  const session = sessionFromCookies(req.get('cookie'));
  if (!session) throw new ForbiddenError('no web chat session');
  const body = req.body as Record<string, unknown> | undefined;
  if (!validCsrfToken(session, req.get('x-csrf-token') ?? body?._csrf))
    throw new ForbiddenError('missing or wrong CSRF token');
  return session;
}

async function linkedClient(chat: WebChat, session: WebSession | null) {
  const client = session ? await chat.clients.linkedTo(session.key) : null;
  if (!session || !client) throw new ForbiddenError('this browser is not linked to a client');
  return { session, client };
}

/** The chat of a linked browser, or the page that links it (invite code, demo). */
function showPage(chat: WebChat): Handler {
  return async (req, res) => {
    const session = sessionFromCookies(req.get('cookie')) ?? newSession();
    // Set on every visit, so the session lasts as long as it is used.
    res.cookie(SESSION_COOKIE, session.id, chat.cookieOptions);
    const client = await chat.clients.linkedTo(session.key);
    if (!client)
      return sendPage(
        res,
        renderAccessPage({ lang: browserLang(chat, req), secrets: secretsOf(session), demo: chat.demo }),
      );
    const entries = await chat.mailbox.recent(session.key, HISTORY_ENTRIES);
    sendPage(
      res,
      renderChatPage({
        lang: client.lang,
        secrets: secretsOf(session),
        clientName: client.name,
        isDemo: client.isDemo,
        entries,
      }),
    );
  };
}

function submitInviteCode(chat: WebChat): Handler {
  return async (req, res) => {
    const lang = browserLang(chat, req);
    const refuse = (session: WebSession, error: string) =>
      sendPage(res, renderAccessPage({ lang, secrets: secretsOf(session), demo: chat.demo, error }), 400);
    if (!sessionFromCookies(req.get('cookie'))) {
      const fresh = newSession();
      res.cookie(SESSION_COOKIE, fresh.id, chat.cookieOptions);
      return refuse(fresh, t(lang, 'webCookiesNeeded'));
    }
    const session = postingSession(req);
    if (await chat.clients.linkedTo(session.key)) return res.redirect(303, '/');
    const code = codeSchema.safeParse((req.body as Record<string, unknown> | undefined)?.code);
    if (!code.success) return refuse(session, t(lang, 'inviteInvalid'));
    // The code goes through the pipeline as on Telegram (/start CODE); its welcome lands in a clean mailbox.
    await chat.mailbox.clear(session.key);
    await chat.handle(startCommand(session, code.data, lang, chat.clock()));
    if (await chat.clients.linkedTo(session.key)) return res.redirect(303, '/');
    refuse(session, t(lang, 'inviteInvalid'));
  };
}

function startCommand(session: WebSession, code: string, lang: Lang, receivedAt: Date): InboundMessage {
  return {
    channel: 'web',
    idempotencyKey: `${session.key}:access:${randomUUID()}`,
    externalUserId: session.key,
    chatId: session.key,
    languageHint: lang,
    text: `/start ${code}`,
    command: { name: 'start', arg: code },
    attachments: [],
    receivedAt,
  };
}

function startDemo(chat: WebChat): Handler {
  return async (req, res) => {
    if (!chat.demo) throw new NotFoundError('the demo is off: Telegram or Slack is configured');
    const session = postingSession(req);
    if (!(await chat.clients.linkedTo(session.key))) {
      const lang = browserLang(chat, req);
      await chat.mailbox.clear(session.key);
      await chat.clients.startDemo(session.key, lang);
      await chat.mailbox.append(session.key, {
        from: 'bot',
        text: `${t(lang, 'webDemoWelcome')}\n\n${t(lang, 'help')}`,
      });
      chat.logger.info('demo client started from the web chat');
    }
    res.redirect(303, '/');
  };
}

/** A message or a button press, by script (JSON) or by a plain form; a repeated key is handled once. */
function postMessage(chat: WebChat): Handler {
  return async (req, res) => {
    const session = postingSession(req);
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
    const { session } = await linkedClient(chat, sessionFromCookies(req.get('cookie')));
    const after = entryIdSchema.safeParse(req.query.after ?? '0-0');
    if (!after.success) throw new ValidationError('after must be a message id such as 1764928800000-0');
    const secrets = secretsOf(session);
    const entries = await chat.mailbox.after(session.key, after.data, POLL_ENTRIES);
    res
      .set('cache-control', 'no-store')
      .json({ messages: entries.map((entry) => ({ ...entry, html: renderEntry(entry, secrets) })) });
  };
}

function downloadFile(chat: WebChat): Handler {
  return async (req, res) => {
    const { session } = await linkedClient(chat, sessionFromCookies(req.get('cookie')));
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
