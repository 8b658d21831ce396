import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { tzOffset } from '@date-fns/tz';
import { understandRules } from '../src/understanding/rules.js';
import { formatInstant } from '../src/understanding/calendar.js';
import {
  formatRate, labelledExampleSchema, sameWhen, scoreExample, summarize, type LabelledExample, type Rate, type Scored,
} from '../src/understanding/scoring.js';
import type { Lang, Understanding } from '../src/understanding/contract.js';

/**
 * Scores the rule-based understanding on a labelled set (default ../shared/eval/dev.jsonl from
 * the repository root; a path as first argument overrides it), per language, next to
 * chrono-node's reading of the same messages' dates.
 * Usage: npm run eval [-- path/to/set.jsonl]
 */
const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const path = resolve(repoRoot, process.argv[2] ?? '../shared/eval/dev.jsonl');

function load(file: string): LabelledExample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = labelledExampleSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

function chronoWhen(example: LabelledExample): string | undefined {
  const now = new Date(example.now);
  const parser = example.lang === 'it' ? chrono.it : chrono.en;
  const date = parser.parseDate(example.text, { instant: now, timezone: tzOffset(example.tz, now) }, { forwardDate: true });
  return date === null ? undefined : formatInstant(date, example.tz);
}

interface Row {
  example: LabelledExample;
  got: Understanding;
  score: Scored;
  chronoWhen?: boolean;
}

const rows: Row[] = load(path).map((example) => {
  const got = understandRules(example.text, { now: new Date(example.now), tz: example.tz, lang: example.lang });
  const row: Row = { example, got, score: scoreExample(example, got) };
  if (example.when !== undefined) row.chronoWhen = sameWhen(example.when, chronoWhen(example));
  return row;
});

const pad = (s: string, n: number): string => s.padEnd(n);
const columns: [string, number][] = [['lang', 6], ['lines', 7], ['intent', 18], ['when', 18], ['rrule', 14], ['due', 16], ['fully correct', 18], ['chrono when', 16]];
console.log(`Rule-based understanding on ${path}`);
console.log(columns.map(([name, width]) => pad(name, width)).join(''));
for (const lang of ['it', 'en'] as Lang[]) {
  const own = rows.filter((r) => r.example.lang === lang);
  if (own.length === 0) continue;
  const report = summarize(own.map((r) => r.score));
  const chronoRate: Rate = { correct: own.filter((r) => r.chronoWhen === true).length, total: own.filter((r) => r.chronoWhen !== undefined).length };
  const cells = [lang, String(report.lines), formatRate(report.intent), formatRate(report.when), formatRate(report.rrule), formatRate(report.due), formatRate(report.full), formatRate(chronoRate)];
  console.log(cells.map((c, i) => pad(c, columns[i]?.[1] ?? 10)).join(''));
}

const failures = rows.filter((r) => !r.score.full);
console.log(failures.length === 0 ? '\nNo failing lines.' : `\nFailing lines (${failures.length}):`);
for (const { example, got } of failures) {
  const expected = { intent: example.intent, when: example.when, rrule: example.rrule, due: example.due };
  const shown = { intent: got.intent, when: got.when, rrule: got.rrule, due: got.due };
  console.log(`${example.id} [${example.lang}] ${example.text}\n  expected ${JSON.stringify(expected)}\n  got      ${JSON.stringify(shown)}`);
}
