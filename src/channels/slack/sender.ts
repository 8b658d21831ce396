import type { webApi } from '@slack/bolt';
import { ValidationError } from '../../kernel/errors.js';
import type { ChannelSender, OutboundMessage } from '../../kernel/messaging.js';
import { dmMessagePayload } from './blocks.js';
import { uploadToSlack } from './files.js';
import { fromSlackError } from './web-api-errors.js';

async function slackCall<T>(method: string, chatId: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw fromSlackError(err, { method, chatId });
  }
}

/**
 * Sends to client DMs (chatId = the DM channel id). Text and buttons go in one message whose
 * ts is the externalMessageId; a file follows as its own message in the same place. Rate
 * limits are the WebClient's job: it waits Retry-After and tries again (see createSlackApp).
 */
export function createSlackSender(client: webApi.WebClient): ChannelSender {
  return {
    async send(chatId: string, message: OutboundMessage) {
      const hasButtons = (message.buttons ?? []).some((row) => row.length > 0);
      if (message.text.trim() === '' && !hasButtons && !message.file) {
        throw new ValidationError('An outbound Slack message needs text, buttons or a file', { chatId });
      }
      const threadTs = message.replyToExternalMessageId;
      let externalMessageId: string | undefined;
      if (message.text.trim() !== '' || hasButtons) {
        const payload = dmMessagePayload(message);
        const posted = await slackCall('chat.postMessage', chatId, () =>
          client.chat.postMessage({ channel: chatId, ...payload, ...(threadTs ? { thread_ts: threadTs } : {}) }),
        );
        externalMessageId = posted.ts;
      }
      const file = message.file;
      if (file) await uploadToSlack(client, { channelId: chatId, threadTs, name: file.name, content: file.content });
      return externalMessageId === undefined ? {} : { externalMessageId };
    },
  };
}
