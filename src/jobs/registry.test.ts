import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jobKinds } from './registry.js';

/** One payload of every kind, as the schedulers put them on the queues (and as older versions did). */
const samples: Record<string, unknown[]> = {
  reminder: [{ occurrenceId: randomUUID() }],
  booking_reminder: [
    { kind: 'booking_reminder', bookingId: randomUUID(), offsetMin: 60, startsAt: '2026-11-24T10:00:00.000Z' },
  ],
  ticket_followup: [{ kind: 'ticket_followup', ticketId: randomUUID(), rule: 'unclaimed', key: 'unclaimed:1' }],
  segreteria_release: [
    { kind: 'segreteria_release', clientId: randomUUID(), at: '2026-11-24T15:00:00.000Z' },
    { kind: 'segreteria_release', clientId: randomUUID() },
  ],
  morning_briefing: [
    { kind: 'morning_briefing', clientId: randomUUID(), day: '2026-11-24', at: '2026-11-24T07:00:00.000Z' },
  ],
  file_download: [{ kind: 'file_download', attachmentId: randomUUID() }],
};

describe('the job kinds', () => {
  it('have one name each, and a sample payload each', () => {
    const names = jobKinds.map((kind) => kind.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual(Object.keys(samples).sort());
  });

  it('tell their payloads apart on a shared queue: each parses under exactly its own kind', () => {
    for (const kind of jobKinds)
      for (const payload of samples[kind.name]!) {
        const takers = jobKinds.filter((k) => k.queue === kind.queue && k.schema.safeParse(payload).success);
        expect(takers.map((k) => k.name)).toEqual([kind.name]);
      }
  });

  it('give job ids BullMQ accepts (no colon) and that no other kind could give', () => {
    const ids = jobKinds.flatMap((kind) =>
      samples[kind.name]!.slice(0, 1).map((payload) => ({
        kind: kind.name,
        id: kind.jobId(kind.schema.parse(payload)),
      })),
    );
    for (const { id } of ids) expect(id).not.toContain(':');
    const prefixes = ids.map(({ id }) => id.split('-')[0]);
    expect(new Set(prefixes).size).toBe(ids.length);
  });
});
