import type { InboundMessage } from '../kernel/messaging.js';
import { normalizeInviteCode, redeemInvite } from '../domain/access/invites.js';
import { errorMessage } from '../kernel/errors.js';
import { t } from '../i18n/catalog.js';
import type { Lang } from '../understanding/contract.js';
import { detectLanguage } from '../understanding/lang.js';
import type { ConversationServices } from './services.js';

const LOG_EVERY_MS = 60_000;

/**
 * Messages from people who are not (yet) clients. An invite code links them; anyone else gets
 * one short answer on how to get access, and nothing about them is stored: only a log line,
 * at most one a minute per channel, without ids or text (and a rate-limit counter in Redis that
 * expires with its window).
 */
export function greetStranger(
  deps: Pick<ConversationServices, 'prisma' | 'outbound' | 'logger' | 'defaults' | 'limits'>,
) {
  const lastLogged = new Map<string, number>();

  function logOnce(channel: string, now: Date): void {
    const last = lastLogged.get(channel) ?? 0;
    if (now.getTime() - last < LOG_EVERY_MS) return;
    lastLogged.set(channel, now.getTime());
    deps.logger.info({ channel }, 'message from an unknown user answered with access instructions');
  }

  return async (msg: InboundMessage, now: Date): Promise<void> => {
    const platformHint = msg.languageHint?.toLowerCase().slice(0, 2);
    // "/start CODE" holds no words of a language (a random code could read as either): the default then
    const words = msg.command ? '' : msg.text;
    const hint: Lang =
      platformHint === 'it' || platformHint === 'en' ? platformHint : detectLanguage(words, deps.defaults.lang);
    // Counted per platform user like a client's messages: a flood gets one answer, and invite
    // codes cannot be guessed at speed.
    const admitted = deps.limits ? await deps.limits.admit(`stranger:${msg.channel}:${msg.externalUserId}`) : undefined;
    if (admitted && admitted.verdict !== 'ok') {
      if (admitted.verdict === 'first_refusal') await answer(msg, t(hint, 'rateLimited', { limit: admitted.limit }));
      return;
    }
    const candidate =
      msg.command?.name === 'start' ? msg.command.arg : msg.text.trim().length <= 24 ? msg.text : undefined;
    const code = candidate ? normalizeInviteCode(candidate) : null;
    let text: string;
    if (code) {
      const linked = await deps.prisma.$transaction((tx) =>
        redeemInvite(
          tx,
          code,
          {
            channel: msg.channel,
            externalUserId: msg.externalUserId,
            chatId: msg.chatId,
            displayName: msg.displayName,
          },
          now,
        ),
      );
      text = linked
        ? `${t(linked.client.lang, 'welcome', { name: linked.client.name })}\n\n${t(linked.client.lang, 'help')}`
        : t(hint, 'inviteInvalid');
      deps.logger.info({ channel: msg.channel, linked: Boolean(linked) }, 'invite code presented');
    } else {
      logOnce(msg.channel, now);
      text = t(hint, 'accessHow');
    }
    await answer(msg, text);
  };

  async function answer(msg: InboundMessage, text: string): Promise<void> {
    try {
      await deps.outbound.send({ channel: msg.channel, chatId: msg.chatId }, { text });
    } catch (err) {
      deps.logger.warn({ err: errorMessage(err), channel: msg.channel }, 'could not answer an unknown user');
    }
  }
}
