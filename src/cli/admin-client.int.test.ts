import { describe, expect, it } from 'vitest';
import { runAdmin as admin } from '../../test/support/cli.js';
import { createTestClient, testPrisma } from '../../test/support/db.js';

const briefingOf = (id: string) =>
  testPrisma().client.findUniqueOrThrow({
    where: { id },
    select: { morningBriefingEnabled: true, morningBriefingTime: true },
  });

describe('npm run admin -- client --briefing', () => {
  it('switches the morning briefing on at a local time, then off keeping the time', async () => {
    const client = await createTestClient(testPrisma(), { tz: 'Europe/Rome' });
    expect(await admin(['client', '--id', client.id, '--briefing', 'on', '--briefing-time', '07:30'])).toMatchObject({
      code: 0,
      out: `Client ${client.id}: morning briefing on, at 07:30 (Europe/Rome).`,
    });
    expect(await briefingOf(client.id)).toEqual({ morningBriefingEnabled: true, morningBriefingTime: '07:30' });

    expect(await admin(['client', '--id', client.id, '--briefing', 'off'])).toMatchObject({
      code: 0,
      out: `Client ${client.id}: morning briefing off.`,
    });
    expect(await briefingOf(client.id)).toEqual({ morningBriefingEnabled: false, morningBriefingTime: '07:30' });
  }, 60_000);

  it('refuses a bad time or switch in one line and changes nothing', async () => {
    const client = await createTestClient(testPrisma(), { tz: 'Europe/Rome' });
    const before = await briefingOf(client.id);
    expect(await admin(['client', '--id', client.id, '--briefing', 'on', '--briefing-time', '25:00'])).toMatchObject({
      code: 1,
      stdout: '',
      out: 'admin: --briefing-time must be a local time HH:MM',
    });
    expect(await admin(['client', '--id', client.id, '--briefing', 'maybe'])).toMatchObject({
      code: 1,
      out: 'admin: --briefing must be on or off',
    });
    expect(await briefingOf(client.id)).toEqual(before);
  }, 60_000);
});
