import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../infra/config/index.js';
import { bytesPerMb, oversizedAttachments } from './attachments.js';
import { verdictOf } from './rate-limit.js';

describe('verdictOf', () => {
  it('lets the first `limit` messages of a window through, answers the next one, drops the rest', () => {
    expect([1, 19, 20, 21, 22, 500].map((n) => verdictOf(n, 20))).toEqual([
      'ok',
      'ok',
      'ok',
      'first_refusal',
      'refused',
      'refused',
    ]);
  });
});

describe('oversizedAttachments', () => {
  const file = (sizeBytes?: number) => ({
    kind: 'document' as const,
    fileId: `f${sizeBytes ?? 'x'}`,
    ...(sizeBytes === undefined ? {} : { sizeBytes }),
  });

  it('returns the files strictly above the limit', () => {
    const max = 20 * bytesPerMb;
    expect(oversizedAttachments([file(max), file(max + 1), file(1)], max)).toEqual([file(max + 1)]);
  });

  it('lets a file through when the channel did not say how big it is', () => {
    expect(oversizedAttachments([file()], 1)).toEqual([]);
  });
});

describe('limit settings', () => {
  it('default to 20 messages a minute, 20 MB files and 365 days of message texts', () => {
    expect(loadConfig({})).toMatchObject({
      RATE_LIMIT_PER_MIN: 20,
      MAX_ATTACHMENT_MB: 20,
      MESSAGE_RETENTION_DAYS: 365,
    });
    expect(loadConfig({ RATE_LIMIT_PER_MIN: '5', MAX_ATTACHMENT_MB: '1', MESSAGE_RETENTION_DAYS: '30' })).toMatchObject(
      { RATE_LIMIT_PER_MIN: 5, MAX_ATTACHMENT_MB: 1, MESSAGE_RETENTION_DAYS: 30 },
    );
  });

  it('refuse values that would switch a limit off, naming the variable', () => {
    expect(() => loadConfig({ RATE_LIMIT_PER_MIN: '0' })).toThrow(
      /RATE_LIMIT_PER_MIN: expected messages per client per minute/,
    );
    expect(() => loadConfig({ MAX_ATTACHMENT_MB: 'lots' })).toThrow(/MAX_ATTACHMENT_MB/);
    expect(() => loadConfig({ MESSAGE_RETENTION_DAYS: '-1' })).toThrow(/MESSAGE_RETENTION_DAYS/);
  });
});
