import { describe, expect, it } from 'vitest';
import { adminLocale } from '../format.js';
import { HOURS_CHART_CLIENTS, renderStatsBody } from './page.js';
import type { TicketStats } from './queries.js';
import type { DayRange } from './range.js';

const range: DayRange = {
  from: '2026-11-22',
  to: '2026-11-23',
  start: new Date('2026-11-21T23:00:00Z'),
  end: new Date('2026-11-23T23:00:00Z'),
  days: ['2026-11-22', '2026-11-23'],
};

function statsWithClients(count: number): TicketStats {
  return {
    perDay: range.days.map((day) => ({ day, created: 1, closed: 0 })),
    timeToClaim: { count: 0, medianS: null, p90S: null },
    timeToDone: { count: 0, medianS: null, p90S: null },
    hoursPerClient: Array.from({ length: count }, (_, i) => ({
      clientId: `c${i}`,
      name: `Client ${String(i).padStart(2, '0')}`,
      erased: i === 0,
      minutesByMonth: { '2026-11': (i + 1) * 10 },
    })),
    months: ['2026-11'],
    ratings: { counts: [0, 0, 0, 0, 0], average: null },
  };
}

const en = adminLocale('en');
const italian = adminLocale('it');
const charts = (html: string): string[] => html.match(/<svg class="chart"[^]*?<\/svg>/g) ?? [];

describe('stats page', () => {
  it('charts the clients with the most hours and lists all of them in the table', () => {
    const html = renderStatsBody(statsWithClients(20), range, 'Europe/Rome', en).value;
    const hours = charts(html)[1]!;
    expect(hours.match(/<rect class="bar"/g)).toHaveLength(HOURS_CHART_CLIENTS);
    expect(hours).toContain('Client 19 · 2026-11: 3.3 h');
    expect(hours).not.toContain('Client 04 ·');
    expect(html).toContain(`The ${HOURS_CHART_CLIENTS} clients with the most hours; the table has all 20.`);
    expect(html).toContain('<tr><td>Client 04</td><td>50 min</td></tr>');
    expect(html).toContain('<tr><td>(erased client)</td><td>10 min</td></tr>');
    expect(html).not.toContain('Client 00');
  });

  it('says so when nothing was logged or rated, with dashes for missing times', () => {
    const html = renderStatsBody(statsWithClients(0), range, 'Europe/Rome', en).value;
    expect(html).toContain('No time was logged in this period.');
    expect(charts(html)).toHaveLength(2);
    expect(html).toContain('<td>0</td><td>–</td><td>–</td>');
    expect(html).not.toContain('average');
  });

  it('writes durations in minutes and hours, and in days past two', () => {
    expect(en.duration(25 * 60)).toBe('25 min');
    expect(en.duration(13.5 * 3600)).toBe('13 h 30 min');
    expect(en.duration(47 * 3600)).toBe('47 h');
    expect(en.duration(64_062 * 60)).toBe('44 d 12 h');
    expect(italian.duration(64_062 * 60)).toBe('44 g 12 h');
    expect(en.duration(null)).toBe('–');
  });

  it('writes the page in Italian, with day-first dates and decimal commas', () => {
    const stats: TicketStats = { ...statsWithClients(20), ratings: { counts: [0, 0, 1, 0, 1], average: 4 } };
    const html = renderStatsBody(stats, range, 'Europe/Rome', italian).value;
    expect(html).toContain(
      'ticket creati, <strong>0</strong> chiusi, <strong>2</strong> valutati (media <strong>4,00</strong> / 5) dal 22/11/2026 al 23/11/2026.',
    );
    expect(charts(html)[1]).toContain('Client 19 · 11/2026: 3,3 h');
    expect(html).toContain('<tr><td>22/11/2026</td><td>1</td><td>0</td></tr>');
    expect(html).toContain('<tr><td>(cliente cancellato)</td><td>10 min</td></tr>');
    expect(charts(html)[2]).toContain('<title>5 stelle · ticket: 1</title>');
    expect(html).not.toMatch(/tickets created|Ratings|average/);
  });

  it('writes the counts of the summary in the singular for one', () => {
    const one: TicketStats = {
      ...statsWithClients(1),
      perDay: [{ day: range.from, created: 1, closed: 1 }],
      ratings: { counts: [0, 0, 0, 0, 1], average: 5 },
    };
    expect(renderStatsBody(one, range, 'Europe/Rome', italian).value).toContain(
      '<strong>1</strong> ticket creato, <strong>1</strong> chiuso, <strong>1</strong> valutato',
    );
    expect(renderStatsBody(one, range, 'Europe/Rome', en).value).toContain(
      '<strong>1</strong> ticket created, <strong>1</strong> closed, <strong>1</strong> rated',
    );
    expect(
      renderStatsBody({ ...one, perDay: [{ day: range.from, created: 2, closed: 0 }] }, range, 'Europe/Rome', en).value,
    ).toContain('<strong>2</strong> tickets created, <strong>0</strong> closed');
  });
});
