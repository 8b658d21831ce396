import { html, type SafeHtml } from '../html.js';

/**
 * Charts as inline SVG, drawn on the server: no script, no library, nothing from the internet,
 * and they print. Colours and sizes are presentation attributes, which the back-office's
 * Content-Security-Policy allows (inline style attributes it does not). Each bar carries its
 * value in a <title> (the browser's tooltip); the chart is one image with an aria-label, and
 * the page puts the same numbers in a table under it.
 */

export const palette = ['#1f5fbf', '#e07b00', '#1e7b34', '#8e44ad', '#b3261e', '#00838f'] as const;

export interface Series {
  name: string;
  values: readonly number[];
}

const WIDTH = 800;
const AXIS_COLOR = '#5d6675';
const GRID_COLOR = '#d9dde4';
const FONT = 'system-ui, sans-serif';

const num = (n: number): string => String(Math.round(n * 10) / 10);
const colorOf = (i: number): string => palette[i % palette.length]!;

/**
 * A round axis maximum at or above `max`, and the ticks up to it: steps of 1, 2 or 5 times a
 * power of ten, never below 1 for counts (a third of a ticket is no tick).
 */
export function niceTicks(max: number, options: { integers?: boolean; wanted?: number } = {}): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / (options.wanted ?? 5);
  const power = 10 ** Math.floor(Math.log10(rough));
  const nice = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const step = options.integers ? Math.max(1, nice) : nice;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
}

function legend(series: readonly { name: string }[], x: number): SafeHtml {
  let at = x;
  return html`<g class="legend" font-family="${FONT}" font-size="12" fill="${AXIS_COLOR}">${series.map((s, i) => {
    const item = html`<rect x="${at}" y="4" width="12" height="12" fill="${colorOf(i)}"></rect><text x="${at + 16}" y="14">${s.name}</text>`;
    at += 28 + s.name.length * 7;
    return item;
  })}</g>`;
}

export interface ColumnChartInput {
  /** what the chart shows, for screen readers */
  label: string;
  /** one per column group, in order: shown in tooltips */
  categories: readonly string[];
  /** what the axis prints under each group (shorter); the axis prints at most ~16 of them */
  axisLabels?: readonly string[];
  series: readonly Series[];
  format?: (value: number) => string;
  /** the values are counts: whole-number ticks */
  integers?: boolean;
  height?: number;
}

/** Vertical bars, one group per category and one bar per series in each group. */
export function columnChart(input: ColumnChartInput): SafeHtml {
  const format = input.format ?? num;
  const height = input.height ?? 260;
  const margin = { left: 48, right: 12, top: 28, bottom: 40 };
  const plotW = WIDTH - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const n = Math.max(1, input.categories.length);
  const ticks = niceTicks(Math.max(0, ...input.series.flatMap((s) => s.values)), { integers: input.integers ?? false });
  const top = ticks.at(-1)!;
  const y = (v: number): number => margin.top + plotH - (v / top) * plotH;
  const groupW = plotW / n;
  const barW = (groupW * 0.8) / Math.max(1, input.series.length);
  const labelEvery = Math.ceil(n / 16);
  const axisLabels = input.axisLabels ?? input.categories;

  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${input.label}" xmlns="http://www.w3.org/2000/svg">
${legend(input.series, margin.left)}
<g class="y-axis" font-family="${FONT}" font-size="11" fill="${AXIS_COLOR}" text-anchor="end">${ticks.map(
    (t) =>
      html`<line x1="${margin.left}" x2="${WIDTH - margin.right}" y1="${num(y(t))}" y2="${num(y(t))}" stroke="${GRID_COLOR}"></line><text x="${margin.left - 6}" y="${num(y(t) + 4)}">${format(t)}</text>`,
  )}</g>
<g class="bars">${input.categories.map((category, c) =>
    input.series.map((s, i) => {
      const value = s.values[c] ?? 0;
      const x = margin.left + c * groupW + groupW * 0.1 + i * barW;
      return html`<rect class="bar" x="${num(x)}" y="${num(y(value))}" width="${num(Math.max(1, barW - 1))}" height="${num(y(0) - y(value))}" fill="${colorOf(i)}"><title>${category} · ${s.name}: ${format(value)}</title></rect>`;
    }),
  )}</g>
<g class="x-axis" font-family="${FONT}" font-size="11" fill="${AXIS_COLOR}" text-anchor="middle"><line x1="${margin.left}" x2="${WIDTH - margin.right}" y1="${num(y(0))}" y2="${num(y(0))}" stroke="${AXIS_COLOR}"></line>${axisLabels.map(
    (label, c) =>
      c % labelEvery === 0
        ? html`<text x="${num(margin.left + (c + 0.5) * groupW)}" y="${height - margin.bottom + 16}">${label}</text>`
        : '',
  )}</g>
</svg>`;
}

export interface BarRowsInput {
  label: string;
  /** one per row, top to bottom: the row's name and one value per series */
  rows: readonly { label: string; values: readonly number[] }[];
  series: readonly { name: string }[];
  format?: (value: number) => string;
}

const ROW_LABEL_CHARS = 26;
const shorten = (text: string): string =>
  text.length > ROW_LABEL_CHARS ? `${text.slice(0, ROW_LABEL_CHARS - 1)}…` : text;

/** Horizontal bars, one group per row (e.g. a client) and one bar per series (e.g. a month). */
export function barRowsChart(input: BarRowsInput): SafeHtml {
  const format = input.format ?? num;
  const margin = { left: 190, right: 56, top: 28, bottom: 24 };
  const barH = 14;
  const rowH = input.series.length * barH + 10;
  const height = margin.top + Math.max(1, input.rows.length) * rowH + margin.bottom;
  const plotW = WIDTH - margin.left - margin.right;
  const ticks = niceTicks(Math.max(0, ...input.rows.flatMap((r) => r.values)));
  const top = ticks.at(-1)!;
  const x = (v: number): number => margin.left + (v / top) * plotW;
  const plotBottom = height - margin.bottom;

  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${input.label}" xmlns="http://www.w3.org/2000/svg">
${legend(input.series, margin.left)}
<g class="x-axis" font-family="${FONT}" font-size="11" fill="${AXIS_COLOR}" text-anchor="middle">${ticks.map(
    (t) =>
      html`<line x1="${num(x(t))}" x2="${num(x(t))}" y1="${margin.top}" y2="${plotBottom}" stroke="${GRID_COLOR}"></line><text x="${num(x(t))}" y="${plotBottom + 16}">${format(t)}</text>`,
  )}</g>
<g class="bars" font-family="${FONT}" font-size="12">${input.rows.map((row, r) => {
    const rowTop = margin.top + r * rowH + 5;
    return html`<text x="${margin.left - 8}" y="${num(rowTop + (rowH - 10) / 2 + 4)}" text-anchor="end" fill="#1d2330">${shorten(row.label)}<title>${row.label}</title></text>${input.series.map(
      (s, i) => {
        const value = row.values[i] ?? 0;
        const barTop = rowTop + i * barH;
        return html`<rect class="bar" x="${margin.left}" y="${barTop}" width="${num(x(value) - margin.left)}" height="${barH - 2}" fill="${colorOf(i)}"><title>${row.label} · ${s.name}: ${format(value)}</title></rect>${
          value > 0
            ? html`<text x="${num(x(value) + 4)}" y="${barTop + barH - 4}" font-size="11" fill="${AXIS_COLOR}">${format(value)}</text>`
            : ''
        }`;
      },
    )}`;
  })}</g>
</svg>`;
}
