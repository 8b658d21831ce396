import { ValidationError } from '../../kernel/errors.js';
import type { ChannelSender } from '../../kernel/messaging.js';
import type { Mailbox } from './mailbox.js';

/**
 * Replies to a web chat session go into its mailbox, where the page picks them up; the entry
 * id is the externalMessageId. Threads do not exist on the web page, so a reply-to is dropped.
 */
export function createWebSender(mailbox: Mailbox): ChannelSender {
  return {
    async send(chatId, message) {
      const hasButtons = (message.buttons ?? []).some((row) => row.length > 0);
      if (message.text.trim() === '' && !hasButtons && !message.file) {
        throw new ValidationError('An outbound web chat message needs text, buttons or a file', { chatId });
      }
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
