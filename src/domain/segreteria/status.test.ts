import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/catalog.js';
import { untilText } from './status.js';

const tz = 'Europe/Rome';
/** Monday 23 November 2026, 10:00 in Rome */
const now = new Date('2026-11-23T10:00:00+01:00');

describe("the end of a status in the client's language", () => {
  it('is a time today and a day with its time later, worded by the catalogs', () => {
    const today = new Date('2026-11-23T16:00:00+01:00');
    const later = new Date('2026-11-24T09:00:00+01:00');
    expect(t('it', 'statusNowBusy', { until: untilText(today, 'it', tz, now) })).toBe('Hai da fare fino alle 16:00.');
    expect(t('en', 'statusNowBusy', { until: untilText(today, 'en', tz, now) })).toBe('You are busy until 16:00.');
    expect(t('it', 'statusNowDnd', { until: untilText(later, 'it', tz, now) })).toBe(
      'Non disturbare fino a martedì 24 novembre alle 9:00.',
    );
    expect(t('en', 'statusNowDnd', { until: untilText(later, 'en', tz, now) })).toBe(
      'Do not disturb until Tuesday 24 November at 9:00.',
    );
  });
});
