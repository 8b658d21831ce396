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
import { familyExamples } from '../test/understanding/families/index.js';

/**
 * Scores the rule-based understanding on labelled sets, per language, next to chrono-node's
 * reading of the same messages' dates; and the LLM path too when OPENAI_API_KEY is configured
 * (with how often it fell back to the rules). With no argument: ../shared/eval/dev.jsonl and
 * dev-2.jsonl (from the repository root) and the project's own family sets
 * (test/understanding/families), those per family; a path as first argument scores that set only.
 * Usage: npm run eval [-- path/to/set.jsonl]
 */
const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

type Example = LabelledExample & { family?: string };
interface LabelledSet {
  name: string;
  examples: Example[];
}

function load(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = labelledExampleSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

function sets(): LabelledSet[] {
  const argument = process.argv[2];
  if (argument !== undefined) return [{ name: argument, examples: load(resolve(repoRoot, argument)) }];
  return [
    { name: '../shared/eval/dev.jsonl', examples: load(resolve(repoRoot, '../shared/eval/dev.jsonl')) },
    { name: '../shared/eval/dev-2.jsonl', examples: load(resolve(repoRoot, '../shared/eval/dev-2.jsonl')) },
    { name: 'test/understanding/families', examples: familyExamples() },
  ];
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
  example: Example;
  got: Understanding;
  score: Scored;
  chronoWhen?: boolean;
}

const ctxOf = (example: LabelledExample) => ({ now: new Date(example.now), tz: example.tz, lang: example.lang });
const score = (example: Example, got: Understanding): Row => {
  const row: Row = { example, got, score: scoreExample(example, got) };
  if (example.when !== undefined) row.chronoWhen = sameWhen(example.when, chronoWhen(example));
  return row;
};

const columns: [string, number][] = [
  ['set / family', 24],
  ['lang', 6],
  ['lines', 7],
  ['intent', 18],
  ['when', 18],
  ['rrule', 14],
  ['due', 16],
  ['slots', 16],
  ['fully correct', 18],
  ['chrono when', 16],
];

function line(group: string, lang: Lang, own: Row[]): string {
  const summary = summarize(own.map((r) => r.score));
  const chronoRate: Rate = {
    correct: own.filter((r) => r.chronoWhen === true).length,
    total: own.filter((r) => r.chronoWhen !== undefined).length,
  };
  const cells = [
    group,
    lang,
    String(summary.lines),
    formatRate(summary.intent),
    formatRate(summary.when),
    formatRate(summary.rrule),
    formatRate(summary.due),
    formatRate(summary.slots),
    formatRate(summary.full),
    formatRate(chronoRate),
  ];
  return cells.map((c, i) => c.padEnd(columns[i]?.[1] ?? 10)).join('');
}

/** Per language, and per family too when the set has families. */
function report(title: string, set: LabelledSet, rows: Row[]): void {
  console.log(`\n${title} on ${set.name}`);
  console.log(columns.map(([name, width]) => name.padEnd(width)).join(''));
  const families = [...new Set(rows.flatMap((r) => (r.example.family === undefined ? [] : [r.example.family])))];
  for (const group of [...families, 'all']) {
    for (const lang of ['it', 'en'] as Lang[]) {
      const own = rows.filter((r) => r.example.lang === lang && (group === 'all' || r.example.family === group));
      if (own.length > 0) console.log(line(group, lang, own));
    }
  }
  const failures = rows.filter((r) => !r.score.full || r.score.slots === false);
  console.log(failures.length === 0 ? 'No failing lines.' : `Failing lines (${failures.length}):`);
  for (const { example, got } of failures) {
    const expected = { intent: example.intent, when: example.when, rrule: example.rrule, due: example.due };
    const shown = { intent: got.intent, when: got.when, rrule: got.rrule, due: got.due };
    const slots = example.slots === undefined ? '' : `\n  slots    ${JSON.stringify(example.slots)}`;
    console.log(
      `${example.id} [${example.lang}] ${example.text}\n  expected ${JSON.stringify(expected)}${slots}\n  got      ${JSON.stringify({ ...got, ...shown })}`,
    );
  }
}

const labelled = sets();
for (const set of labelled) {
  const rows = set.examples.map((example) => score(example, understandRules(example.text, ctxOf(example))));
  report('Rule-based understanding', set, rows);
}

loadDotEnv();
const llm = llmFromConfig(loadConfig());
if (llm) {
  const understand = createUnderstander({ llm, logger: createLogger({ level: 'silent' }) });
  for (const set of labelled) {
    const rows: Row[] = [];
    let fallbacks = 0;
    for (const example of set.examples) {
      const result = await understand(example.text, ctxOf(example));
      if (result.source === 'rules') fallbacks++;
      rows.push(score(example, result.understanding));
    }
    report(`LLM understanding (${fallbacks} of ${set.examples.length} fell back to the rules)`, set, rows);
  }
} else {
  console.log('\nLLM understanding: not configured (set OPENAI_API_KEY, and OPENAI_BASE_URL for a compatible server)');
}
