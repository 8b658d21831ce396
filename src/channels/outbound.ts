import { DependencyError } from '../kernel/errors.js';
import type { Channel, ChannelSender, Outbound } from '../kernel/messaging.js';

/** Sends each reply through the sender of its channel; a channel that is off is an error. */
export function createOutbound(senders: Partial<Record<Channel, ChannelSender>>): Outbound {
  return {
    send(target, message) {
      const sender = senders[target.channel];
      if (!sender)
        return Promise.reject(
          new DependencyError(`channel ${target.channel} is not configured`, { channel: target.channel }),
        );
      return sender.send(target.chatId, message);
    },
  };
}
