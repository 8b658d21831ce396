import type { Button, Outbound, OutboundFile } from '../../kernel/messaging.js';
import { isUniqueViolation, type PrismaClient } from '../../infra/db/types.js';
import { errorMessage } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';
import { clientReach } from '../../domain/tickets/relay.js';
import type { Lang } from '../../understanding/contract.js';

export interface ToClient {
  ticketId: string;
  clientId: string;
  /** the text in the client's language */
  text: (lang: Lang) => string;
  buttons?: (lang: Lang) => Button[][];
  /** a file sent with the text (a booking's calendar invitation) */
  file?: OutboundFile;
  /** marks the logged message, so the same Slack message is never sent twice */
  idempotencyKey?: string;
}

export type Delivery =
  { delivered: true } | { delivered: false; reason: 'duplicate' | 'unreachable' | 'failed'; error?: string };

/**
 * Sends a desk message to the client on their channel and logs it with the ticket id, so a
 * reply to it finds its way back to the ticket. With an idempotency key the log row is written
 * first and claims the key: a redelivered Slack event finds it and sends nothing; a failed send
 * deletes it again so the assistant can retry.
 */
export function createClientMessenger(deps: { prisma: PrismaClient; outbound: Outbound; logger: Logger }) {
  const log = deps.logger.child({ component: 'desk-to-client' });

  return async function sendToClient(input: ToClient): Promise<Delivery> {
    const [reach, client] = await Promise.all([
      clientReach(deps.prisma, input.clientId, input.ticketId),
      deps.prisma.client.findUniqueOrThrow({ where: { id: input.clientId }, select: { lang: true } }),
    ]);
    if (!reach) return { delivered: false, reason: 'unreachable' };
    const text = input.text(client.lang);
    let row: { id: string };
    try {
      row = await deps.prisma.message.create({
        data: {
          conversationId: reach.conversationId,
          clientId: input.clientId,
          direction: 'outbound',
          channel: reach.channel,
          body: text,
          ticketId: input.ticketId,
          idempotencyKey: input.idempotencyKey ?? null,
        },
        select: { id: true },
      });
    } catch (err) {
      if (isUniqueViolation(err)) return { delivered: false, reason: 'duplicate' };
      throw err;
    }
    try {
      const sent = await deps.outbound.send(
        { channel: reach.channel, chatId: reach.chatId },
        {
          text,
          ...(input.buttons ? { buttons: input.buttons(client.lang) } : {}),
          ...(input.file ? { file: input.file } : {}),
        },
      );
      if (sent.externalMessageId)
        await deps.prisma.message.update({
          where: { id: row.id },
          data: { externalMessageId: sent.externalMessageId },
        });
      return { delivered: true };
    } catch (err) {
      await deps.prisma.message.delete({ where: { id: row.id } });
      log.warn(
        { err: errorMessage(err), ticketId: input.ticketId, channel: reach.channel },
        'desk message not delivered to the client',
      );
      return { delivered: false, reason: 'failed', error: errorMessage(err) };
    }
  };
}

export type SendToClient = ReturnType<typeof createClientMessenger>;
