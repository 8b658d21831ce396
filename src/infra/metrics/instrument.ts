import type { Channel, ChannelSender, InboundMessage } from '../../kernel/messaging.js';
import type { Understand } from '../../understanding/understand.js';
import type { MetricsPort } from './registry.js';

/**
 * Wrappers that report what passes through the app's seams (inbound handler, channel senders,
 * understanding), so the capabilities behind them stay unaware of metrics.
 */

export function countInbound(
  handle: (msg: InboundMessage) => Promise<void>,
  metrics: Pick<MetricsPort, 'messageIn'>,
): (msg: InboundMessage) => Promise<void> {
  return (msg) => {
    metrics.messageIn(msg.channel);
    return handle(msg);
  };
}

/** Each sender counts what it sent and what failed; failures are passed on unchanged. */
export function countSends(
  senders: Partial<Record<Channel, ChannelSender>>,
  metrics: Pick<MetricsPort, 'messageOut' | 'deliveryError'>,
): Partial<Record<Channel, ChannelSender>> {
  const counted: Partial<Record<Channel, ChannelSender>> = {};
  for (const [channel, sender] of Object.entries(senders) as [Channel, ChannelSender][]) {
    counted[channel] = {
      async send(chatId, message) {
        try {
          const sent = await sender.send(chatId, message);
          metrics.messageOut(channel);
          return sent;
        } catch (err) {
          metrics.deliveryError(channel);
          throw err;
        }
      },
    };
  }
  return counted;
}

export function timeUnderstanding(understand: Understand, metrics: Pick<MetricsPort, 'understanding'>): Understand {
  return async (text, ctx) => {
    const startedAt = performance.now();
    const result = await understand(text, ctx);
    metrics.understanding((performance.now() - startedAt) / 1000, result.source, result.fallbackReason);
    return result;
  };
}
