import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { uuidv7 } from './ids.js';

describe('ids for rows inserted with raw SQL', () => {
  it('are UUIDs of version 7', () => {
    expect(z.uuid({ version: 'v7' }).safeParse(uuidv7()).success).toBe(true);
  });

  it('sort by the millisecond they were made in', () => {
    const ids = [uuidv7(1_800_000_000_002), uuidv7(1_800_000_000_000), uuidv7(1_800_000_000_001)];
    expect([...ids].sort()).toEqual([ids[1], ids[2], ids[0]]);
    expect(uuidv7(1_800_000_000_000).slice(0, 13)).toBe('01a3185c-5000');
  });
});
