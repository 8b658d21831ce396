import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { InviteThrottle } from '../../domain/access/invite-throttle.js';
import type { WebClients } from '../../domain/demo/web-clients.js';
import { ForbiddenError } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';
import type { InboundMessage } from '../../kernel/messaging.js';
import type { Lang } from '../../understanding/contract.js';
import { pickLang } from './accept-language.js';
import type { Mailbox } from './mailbox.js';
import type { FormSecrets } from './pages.js';
import {
  csrfToken,
  SESSION_COOKIE,
  sessionCookieOptions,
  validCsrfToken,
  type SessionSigner,
  type WebSession,
} from './session.js';
import type { Submissions } from './submissions.js';

export interface WebChatDeps {
  handle: (msg: InboundMessage) => Promise<void>;
  mailbox: Mailbox;
  submissions: Submissions;
  clients: WebClients;
  /** signs the session cookies: only sessions the server minted count */
  signer: SessionSigner;
  /** invite codes typed on the page, per client address and for everyone */
  inviteThrottle: InviteThrottle;
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

/** What the handlers share: the dependencies and the cookie settings derived from them. */
export interface WebChat extends WebChatDeps {
  cookieOptions: ReturnType<typeof sessionCookieOptions>;
}

export type Handler = (req: Request, res: Response) => Promise<void>;

/** Only this server's own scripts, styles and requests; no framing by other sites. */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

export function sendPage(res: Response, html: string, status = 200): void {
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

export function browserLang(chat: Pick<WebChatDeps, 'defaultLang'>, req: Request): Lang {
  return pickLang(req.get('accept-language'), chat.defaultLang);
}

export function secretsOf(session: WebSession): FormSecrets {
  return { csrf: csrfToken(session), newKey: randomUUID };
}

/** Gives the browser the signed cookie of `session`, again on every visit so it lasts as long as it is used. */
export async function setSessionCookie(chat: WebChat, res: Response, session: WebSession): Promise<void> {
  res.cookie(SESSION_COOKIE, await chat.signer.cookieOf(session), chat.cookieOptions);
}

/** The session of a request, when its cookie is one the server minted. */
export function currentSession(chat: Pick<WebChatDeps, 'signer'>, req: Request): Promise<WebSession | null> {
  return chat.signer.fromCookies(req.get('cookie'));
}

/** The session of a state-changing request, which must carry the session's CSRF token. */
export async function postingSession(chat: WebChat, req: Request): Promise<WebSession> {
  const session = await currentSession(chat, req);
  if (!session) throw new ForbiddenError('no web chat session');
  const body = req.body as Record<string, unknown> | undefined;
  if (!validCsrfToken(session, req.get('x-csrf-token') ?? body?._csrf))
    throw new ForbiddenError('missing or wrong CSRF token');
  return session;
}

export async function linkedClient(chat: WebChat, session: WebSession | null) {
  const client = session ? await chat.clients.linkedTo(session.key) : null;
  if (!session || !client) throw new ForbiddenError('this browser is not linked to a client');
  return { session, client };
}
