import type { WebClients } from '../../domain/demo/web-clients.js';
import { ValidationError } from '../../kernel/errors.js';
import type { ChannelSender } from '../../kernel/messaging.js';
import type { Mailbox } from './mailbox.js';

/**
 * Replies to a web chat session go into its mailbox, where the page picks them up; the entry
 * id is the externalMessageId. Threads do not exist on the web page, so a reply-to is dropped.
 * A session linked to no client has no mailbox: the access page says itself why a code did not
 * work, and an anonymous visitor must leave nothing behind in Redis.
 */
export function createWebSender(mailbox: Mailbox, clients: Pick<WebClients, 'linkedTo'>): ChannelSender {
  return {
    async send(chatId, message) {
      const hasButtons = (message.buttons ?? []).some((row) => row.length > 0);
      if (message.text.trim() === '' && !hasButtons && !message.file) {
        throw new ValidationError('An outbound web chat message needs text, buttons or a file', { chatId });
      }
      if (!(await clients.linkedTo(chatId))) return {};
      const buttons = message.buttons?.filter((row) => row.length > 0);
      const id = await mailbox.append(chatId, {
        from: 'bot',
        text: message.text,
        ...(buttons?.length ? { buttons } : {}),
        ...(message.file ? { file: message.file } : {}),
      });
      return { externalMessageId: id };
    },
  };
}
