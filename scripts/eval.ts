import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { tzOffset } from '@date-fns/tz';
import { understandRules } from '../src/understanding/rules.js';
import { formatInstant } from '../src/kernel/time.js';
import {
  formatRate,
  labelledExampleSchema,
  sameWhen,
  scoreExample,
  summarize,
  type LabelledExample,
  type Rate,
  type Scored,
} from '../src/understanding/scoring.js';
import type { Lang, Understanding } from '../src/understanding/contract.js';
import { loadConfig, loadDotEnv } from '../src/infra/config/index.js';
import { createLogger } from '../src/infra/logger.js';
import { createUnderstander, llmFromConfig } from '../src/understanding/understand.js';

/**
 * Scores the rule-based understanding on a labelled set (default ../shared/eval/dev.jsonl from
 * the repository root; a path as first argument overrides it), per language, next to
 * chrono-node's reading of the same messages' dates; and the LLM path too when OPENAI_API_KEY
 * is configured (with how often it fell back to the rules).
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
  const date = parser.parseDate(
    example.text,
    { instant: now, timezone: tzOffset(example.tz, now) },
    { forwardDate: true },
  );
  return date === null ? undefined : formatInstant(date, example.tz);
}

interface Row {
  example: LabelledExample;
  got: Understanding;
  score: Scored;
  chronoWhen?: boolean;
}

const examples = load(path);
const ctxOf = (example: LabelledExample) => ({ now: new Date(example.now), tz: example.tz, lang: example.lang });
const score = (example: LabelledExample, got: Understanding): Row => {
  const row: Row = { example, got, score: scoreExample(example, got) };
  if (example.when !== undefined) row.chronoWhen = sameWhen(example.when, chronoWhen(example));
  return row;
};

const pad = (s: string, n: number): string => s.padEnd(n);
const columns: [string, number][] = [
  ['lang', 6],
  ['lines', 7],
  ['intent', 18],
  ['when', 18],
  ['rrule', 14],
  ['due', 16],
  ['fully correct', 18],
  ['chrono when', 16],
];

function report(title: string, rows: Row[]): void {
  console.log(`${title} on ${path}`);
  console.log(columns.map(([name, width]) => pad(name, width)).join(''));
  for (const lang of ['it', 'en'] as Lang[]) {
    const own = rows.filter((r) => r.example.lang === lang);
    if (own.length === 0) continue;
    const summary = summarize(own.map((r) => r.score));
    const chronoRate: Rate = {
      correct: own.filter((r) => r.chronoWhen === true).length,
      total: own.filter((r) => r.chronoWhen !== undefined).length,
    };
    const cells = [
      lang,
      String(summary.lines),
      formatRate(summary.intent),
      formatRate(summary.when),
      formatRate(summary.rrule),
      formatRate(summary.due),
      formatRate(summary.full),
      formatRate(chronoRate),
    ];
    console.log(cells.map((c, i) => pad(c, columns[i]?.[1] ?? 10)).join(''));
  }
  const failures = rows.filter((r) => !r.score.full);
  console.log(failures.length === 0 ? '\nNo failing lines.' : `\nFailing lines (${failures.length}):`);
  for (const { example, got } of failures) {
    const expected = { intent: example.intent, when: example.when, rrule: example.rrule, due: example.due };
    const shown = { intent: got.intent, when: got.when, rrule: got.rrule, due: got.due };
    console.log(
      `${example.id} [${example.lang}] ${example.text}\n  expected ${JSON.stringify(expected)}\n  got      ${JSON.stringify(shown)}`,
    );
  }
}

report(
  'Rule-based understanding',
  examples.map((example) => score(example, understandRules(example.text, ctxOf(example)))),
);

loadDotEnv();
const llm = llmFromConfig(loadConfig());
if (llm) {
  const understand = createUnderstander({ llm, logger: createLogger({ level: 'silent' }) });
  const rows: Row[] = [];
  let fallbacks = 0;
  for (const example of examples) {
    const result = await understand(example.text, ctxOf(example));
    if (result.source === 'rules') fallbacks++;
    rows.push(score(example, result.understanding));
  }
  console.log('');
  report(`LLM understanding (${fallbacks} of ${examples.length} fell back to the rules)`, rows);
} else {
  console.log('\nLLM understanding: not configured (set OPENAI_API_KEY, and OPENAI_BASE_URL for a compatible server)');
}
