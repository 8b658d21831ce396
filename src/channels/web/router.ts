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
import { entryIdSchema, type Mailbox } from './mailbox.js';
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

/**
 * The web chat, a channel like Telegram and Slack: the browser is identified by its session
 * cookie, what it posts becomes an InboundMessage for the conversation pipeline, and the
 * replies reach the page through the session's mailbox (see sender.ts). A session is linked
 * to a client by an invite code, as on the other channels, or to a demo client of its own.
 */
export function createWebChatRouter(deps: WebChatDeps): Router {
  const router = express.Router();
  const cookieOptions = sessionCookieOptions(deps.publicUrl);
  const json = express.json({ limit: BODY_LIMIT });
  const form = express.urlencoded({ extended: false, limit: BODY_LIMIT });

  router.use('/assets', express.static(fileURLToPath(new URL('./assets/', import.meta.url)), { index: false }));

  /** Client mistakes become their status code; anything else goes to the app's error handler. */
  const route =
    (fn: (req: Request, res: Response) => Promise<void>): RequestHandler =>
    async (req, res, next) => {
      try {
        await fn(req, res);
      } catch (err) {
        const status = statusOf(err);
        if (status === undefined) return next(err);
        deps.logger.debug({ path: req.path, status, err: (err as Error).message }, 'web chat request refused');
        res
          .status(status)
          .set('cache-control', 'no-store')
          .json({ error: (err as Error).message });
      }
    };

  const browserLang = (req: Request): Lang => pickLang(req.get('accept-language'), deps.defaultLang);
  const secretsOf = (session: WebSession): FormSecrets => ({ csrf: csrfToken(session), newKey: randomUUID });

  const sendPage = (res: Response, html: string, status = 200): void => {
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
  };

  /** The session of a state-changing request, which must carry the session's CSRF token. */
  const postingSession = (req: Request): WebSession => {
    const session = sessionFromCookies(req.get('cookie'));
    if (!session) throw new ForbiddenError('no web chat session');
    const body = req.body as Record<string, unknown> | undefined;
    if (!validCsrfToken(session, req.get('x-csrf-token') ?? body?._csrf))
      throw new ForbiddenError('missing or wrong CSRF token');
    return session;
  };

  const linkedClient = async (session: WebSession | null) => {
    const client = session ? await deps.clients.linkedTo(session.key) : null;
    if (!session || !client) throw new ForbiddenError('this browser is not linked to a client');
    return { session, client };
  };

  router.get(
    '/',
    route(async (req, res) => {
      const session = sessionFromCookies(req.get('cookie')) ?? newSession();
      // Set on every visit, so the session lasts as long as it is used.
      res.cookie(SESSION_COOKIE, session.id, cookieOptions);
      const client = await deps.clients.linkedTo(session.key);
      if (!client)
        return sendPage(
          res,
          renderAccessPage({ lang: browserLang(req), secrets: secretsOf(session), demo: deps.demo }),
        );
      const entries = await deps.mailbox.recent(session.key, HISTORY_ENTRIES);
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
    }),
  );

  router.post(
    '/access',
    form,
    route(async (req, res) => {
      const lang = browserLang(req);
      const refuse = (session: WebSession, error: string) =>
        sendPage(res, renderAccessPage({ lang, secrets: secretsOf(session), demo: deps.demo, error }), 400);
      if (!sessionFromCookies(req.get('cookie'))) {
        const fresh = newSession();
        res.cookie(SESSION_COOKIE, fresh.id, cookieOptions);
        return refuse(fresh, t(lang, 'webCookiesNeeded'));
      }
      const session = postingSession(req);
      if (await deps.clients.linkedTo(session.key)) return res.redirect(303, '/');
      const code = codeSchema.safeParse((req.body as Record<string, unknown> | undefined)?.code);
      if (!code.success) return refuse(session, t(lang, 'inviteInvalid'));
      // The code goes through the pipeline as on Telegram (/start CODE); its welcome lands in a clean mailbox.
      await deps.mailbox.clear(session.key);
      await deps.handle({
        channel: 'web',
        idempotencyKey: `${session.key}:access:${randomUUID()}`,
        externalUserId: session.key,
        chatId: session.key,
        languageHint: lang,
        text: `/start ${code.data}`,
        command: { name: 'start', arg: code.data },
        attachments: [],
        receivedAt: deps.clock(),
      });
      if (await deps.clients.linkedTo(session.key)) return res.redirect(303, '/');
      refuse(session, t(lang, 'inviteInvalid'));
    }),
  );

  router.post(
    '/demo',
    form,
    route(async (req, res) => {
      if (!deps.demo) throw new NotFoundError('the demo is off: Telegram or Slack is configured');
      const session = postingSession(req);
      if (!(await deps.clients.linkedTo(session.key))) {
        const lang = browserLang(req);
        await deps.mailbox.clear(session.key);
        await deps.clients.startDemo(session.key, lang);
        await deps.mailbox.append(session.key, {
          from: 'bot',
          text: `${t(lang, 'webDemoWelcome')}\n\n${t(lang, 'help')}`,
        });
        deps.logger.info('demo client started from the web chat');
      }
      res.redirect(303, '/');
    }),
  );

  router.post(
    '/chat/messages',
    json,
    form,
    route(async (req, res) => {
      const session = postingSession(req);
      const fromPlainForm = typeof req.is('application/x-www-form-urlencoded') === 'string';
      const body: unknown = req.body;
      const parsed = chatPostSchema.safeParse(
        fromPlainForm && typeof body === 'object' && body !== null ? fromForm(body as Record<string, unknown>) : body,
      );
      if (!parsed.success)
        throw new ValidationError('expected {idempotencyKey, text} or {idempotencyKey, action: {data}}');
      const { client } = await linkedClient(session);
      const post = parsed.data;
      const first = await deps.submissions.claim(session.key, post.idempotencyKey);
      if (first) {
        try {
          if ('text' in post) await deps.mailbox.append(session.key, { from: 'client', text: post.text });
          await deps.handle(toInboundMessage(session, post, client.lang, deps.clock()));
        } catch (err) {
          await deps.submissions.release(session.key, post.idempotencyKey);
          throw err;
        }
      }
      if (fromPlainForm) return res.redirect(303, '/');
      res.set('cache-control', 'no-store').json({ duplicate: !first });
    }),
  );

  router.get(
    '/chat/messages',
    route(async (req, res) => {
      const { session } = await linkedClient(sessionFromCookies(req.get('cookie')));
      const after = entryIdSchema.safeParse(req.query.after ?? '0-0');
      if (!after.success) throw new ValidationError('after must be a message id such as 1764928800000-0');
      const secrets = secretsOf(session);
      const entries = await deps.mailbox.after(session.key, after.data, POLL_ENTRIES);
      res
        .set('cache-control', 'no-store')
        .json({ messages: entries.map((entry) => ({ ...entry, html: renderEntry(entry, secrets) })) });
    }),
  );

  router.get(
    '/chat/files/:id',
    route(async (req, res) => {
      const { session } = await linkedClient(sessionFromCookies(req.get('cookie')));
      const id = fileIdSchema.safeParse(req.params.id);
      const file = id.success ? await deps.mailbox.file(session.key, id.data) : null;
      if (!file) throw new NotFoundError('no such file in this chat');
      res
        .attachment(file.name)
        .set({
          'content-type': file.mimeType,
          'cache-control': 'private, no-store',
          'x-content-type-options': 'nosniff',
        })
        .send(file.content);
    }),
  );

  return router;
}
