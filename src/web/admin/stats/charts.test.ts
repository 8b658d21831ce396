import { describe, expect, it } from 'vitest';
import { barRowsChart, columnChart, niceTicks } from './charts.js';

const bars = (svg: string): string[] => svg.match(/<rect class="bar"[^>]*>/g) ?? [];
const tooltips = (svg: string): string[] =>
  [...svg.matchAll(/<rect class="bar"[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1]!);
const heightOf = (rect: string): number => Number(/height="([\d.]+)"/.exec(rect)![1]);

describe('column chart', () => {
  const svg = columnChart({
    label: 'Tickets per day',
    categories: ['2026-11-21', '2026-11-22', '2026-11-23'],
    series: [
      { name: 'created', values: [4, 0, 2] },
      { name: 'closed', values: [1, 3, 0] },
    ],
  }).value;

  it('draws one bar per category and series, with its value as a tooltip', () => {
    expect(bars(svg)).toHaveLength(6);
    expect(tooltips(svg)).toEqual([
      '2026-11-21 · created: 4',
      '2026-11-21 · closed: 1',
      '2026-11-22 · created: 0',
      '2026-11-22 · closed: 3',
      '2026-11-23 · created: 2',
      '2026-11-23 · closed: 0',
    ]);
  });

  it('scales bars to the values: twice the value, twice the height', () => {
    const [first, , , , third] = bars(svg);
    expect(heightOf(first!)).toBeCloseTo(2 * heightOf(third!), 0);
  });

  it('is one accessible image', () => {
    expect(svg).toMatch(/^<svg class="chart"[^>]* role="img" aria-label="Tickets per day"/);
    expect(svg).toContain('>created</text>');
    expect(svg).not.toMatch(/style=|<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('prints at most about 16 axis labels however many days there are', () => {
    const days = Array.from({ length: 90 }, (_, i) => `day ${i}`);
    const long = columnChart({
      label: 'x',
      categories: days,
      series: [{ name: 'created', values: days.map(() => 1) }],
    }).value;
    expect(bars(long)).toHaveLength(90);
    const axis = /<g class="x-axis"[^]*?<\/g>/.exec(long)![0];
    expect((axis.match(/<text/g) ?? []).length).toBeLessThanOrEqual(16);
  });
});

describe('bar rows chart', () => {
  it('draws a group per row and a bar per series, escaping names', () => {
    const svg = barRowsChart({
      label: 'Hours per client',
      rows: [
        { label: 'Studio <Rossi> & "Figli"', values: [2.5, 0] },
        { label: 'Bar Sport', values: [1, 4] },
      ],
      series: [{ name: '2026-10' }, { name: '2026-11' }],
    }).value;
    expect(bars(svg)).toHaveLength(4);
    expect(svg).toContain('Studio &lt;Rossi&gt; &amp; &quot;Figli&quot; · 2026-10: 2.5');
    expect(svg).not.toContain('<Rossi>');
  });

  it('shortens long names on the axis and keeps them whole in the tooltip', () => {
    const name = 'Studio Legale Associato Bianchi, Verdi e Colombo';
    const svg = barRowsChart({ label: 'x', rows: [{ label: name, values: [1] }], series: [{ name: '2026-11' }] }).value;
    expect(svg).toContain('>Studio Legale Associato B…<title>Studio Legale Associato Bianchi, Verdi e Colombo</title>');
  });
});

describe('axis ticks', () => {
  it('ends on a round number at or above the maximum', () => {
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0.7)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(2, { integers: true })).toEqual([0, 1, 2]);
    expect(niceTicks(1, { integers: true })).toEqual([0, 1]);
  });
});
