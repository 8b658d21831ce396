import { describe, expect, it } from 'vitest';
import type { ChannelSender } from '../../kernel/messaging.js';
import { countSends } from './instrument.js';
import { createMetrics } from './registry.js';

const value = async (metrics: ReturnType<typeof createMetrics>, name: string, labels: Record<string, string>) =>
  (await metrics.registry.getSingleMetric(name)!.get()).values.find((v) =>
    Object.entries(labels).every(([k, l]) => v.labels[k] === l),
  )?.value ?? 0;

describe('counted senders', () => {
  it('count what each channel sent and what failed, and pass the failure on', async () => {
    const metrics = createMetrics();
    const ok: ChannelSender = { send: async () => ({ externalMessageId: '7' }) };
    const down: ChannelSender = { send: () => Promise.reject(new Error('Bad Gateway')) };
    const senders = countSends({ telegram: ok, slack: down }, metrics);

    expect(await senders.telegram!.send('1', { text: 'ciao' })).toEqual({ externalMessageId: '7' });
    await expect(senders.slack!.send('D1', { text: 'ciao' })).rejects.toThrow('Bad Gateway');
    await expect(senders.slack!.send('D1', { text: 'ciao' })).rejects.toThrow('Bad Gateway');

    expect(await value(metrics, 'delego_messages_out_total', { channel: 'telegram' })).toBe(1);
    expect(await value(metrics, 'delego_messages_out_total', { channel: 'slack' })).toBe(0);
    expect(await value(metrics, 'delego_delivery_errors_total', { channel: 'slack' })).toBe(2);
    expect(senders.web).toBeUndefined();
  });

  it('keep each app to its own registry', async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.messageIn('web');
    expect(await value(a, 'delego_messages_in_total', { channel: 'web' })).toBe(1);
    expect(await value(b, 'delego_messages_in_total', { channel: 'web' })).toBe(0);
  });

  it('leave out of a scrape a queue that does not answer, keeping the others', async () => {
    const metrics = createMetrics();
    metrics.watchQueues([
      { name: 'reminders', getJobCounts: async () => ({ delayed: 3, waiting: 1 }) },
      { name: 'stuck', getJobCounts: () => new Promise(() => undefined) },
    ]);
    const text = await metrics.registry.metrics();
    expect(text).toContain('delego_queue_jobs{queue="reminders",state="delayed"} 3');
    expect(text).toContain('delego_queue_jobs{queue="reminders",state="failed"} 0');
    expect(text).not.toContain('queue="stuck"');
  });
});
