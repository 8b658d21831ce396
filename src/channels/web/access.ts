import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { normalizeInviteCode } from '../../domain/access/invites.js';
import { t } from '../../i18n/catalog.js';
import { clientAddressKey } from '../../infra/client-address.js';
import { NotFoundError } from '../../kernel/errors.js';
import type { InboundMessage } from '../../kernel/messaging.js';
import type { Lang } from '../../understanding/contract.js';
import {
  browserLang,
  currentSession,
  postingSession,
  secretsOf,
  sendPage,
  setSessionCookie,
  type Handler,
  type WebChat,
} from './context.js';
import { renderAccessPage } from './pages.js';
import { newSession, type WebSession } from './session.js';

type Refuse = (session: WebSession, status: number, error: string) => void;

function refusal(chat: WebChat, res: Response, lang: Lang): Refuse {
  return (session, status, error) =>
    sendPage(res, renderAccessPage({ lang, secrets: secretsOf(session), demo: chat.demo, error }), status);
}

function typedCode(req: Request): string | null {
  const typed = (req.body as Record<string, unknown> | undefined)?.code;
  return typeof typed === 'string' && typed.length <= 40 ? normalizeInviteCode(typed) : null;
}

/**
 * The invite code form. A code is looked at only while the visitor's address, and everyone
 * together, are within the invite throttle; it then goes through the pipeline as on Telegram
 * (/start CODE), whose welcome lands in the mailbox the link creates. Nothing is stored for a
 * code that does not work, apart from the throttle's short-lived count.
 */
export function submitInviteCode(chat: WebChat): Handler {
  return async (req, res) => {
    const lang = browserLang(chat, req);
    const refuse = refusal(chat, res, lang);
    if (!(await currentSession(chat, req))) {
      const fresh = newSession();
      await setSessionCookie(chat, res, fresh);
      return refuse(fresh, 400, t(lang, 'webCookiesNeeded'));
    }
    const session = await postingSession(chat, req);
    if (await chat.clients.linkedTo(session.key)) return res.redirect(303, '/');
    const code = typedCode(req);
    if (!code) return refuse(session, 400, t(lang, 'inviteInvalid'));
    const address = clientAddressKey(req.ip);
    const gate = await chat.inviteThrottle.attempt(address, chat.clock());
    if (!gate.allowed) {
      const seconds = Math.ceil(gate.retryAfterMs / 1000);
      res.set('retry-after', String(seconds));
      return refuse(session, 429, t(lang, 'webInviteThrottled', { minutes: Math.max(1, Math.ceil(seconds / 60)) }));
    }
    await chat.handle(startCommand(session, code, lang, chat.clock()));
    if (!(await chat.clients.linkedTo(session.key))) return refuse(session, 400, t(lang, 'inviteInvalid'));
    await chat.inviteThrottle.succeeded(address, chat.clock());
    res.redirect(303, '/');
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

/** "Try the demo": links the session to a demo client of its own. */
export function startDemo(chat: WebChat): Handler {
  return async (req, res) => {
    if (!chat.demo) throw new NotFoundError('the demo is off: Telegram or Slack is configured');
    const session = await postingSession(chat, req);
    if (!(await chat.clients.linkedTo(session.key))) {
      const lang = browserLang(chat, req);
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
