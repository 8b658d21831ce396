import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { llmOutputSchema } from '../../src/understanding/llm/schema.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** One labelled line: a meeting and the reminder before it, the appointment scored by its instant. */
const example = {
  id: 'event-1',
  lang: 'it',
  now: '2026-11-23T10:00:00+01:00',
  tz: 'Europe/Rome',
  text: 'venerdì alle 15 ho la riunione col commercialista, ricordamelo il giorno prima',
  intent: 'reminder',
  when: '2026-11-26T09:00:00+01:00',
  due: '2026-11-27',
  slots: { event: { when: '2026-11-27T15:00:00+01:00' } },
};

/** The model's reading of the example, the appointment at `time` */
function meetingAnswer(time: string) {
  const nulls = Object.fromEntries(Object.keys(llmOutputSchema.shape).map((key) => [key, null]));
  return {
    ...nulls,
    intent: 'reminder',
    text: 'la riunione col commercialista',
    timeExpression: 'il giorno prima',
    event: { title: 'riunione col commercialista', with: null, timeExpression: time },
  };
}

function runEval(set: string, env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', set], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  return new Promise((resolve) => child.once('exit', () => resolve(stdout)));
}

/**
 * The scores of the whole set for a language in the table that follows `title`, by column: the
 * cells of a small set are padded apart by two spaces or more.
 */
function scores(out: string, title: string) {
  const row = out
    .slice(out.indexOf(title))
    .split('\n')
    .find((line) => line.startsWith('all'));
  const [, , , intent, when, rrule, due, slots, full] = (row ?? '').split(/\s{2,}/);
  return { intent, when, rrule, due, slots, full };
}

const right = '100.0% (1/1)';

describe('npm run eval with a model configured', () => {
  let fake: FakeOpenAi;
  let dir: string;
  let set: string;

  beforeAll(async () => {
    fake = await startFakeOpenAi();
    dir = mkdtempSync(join(tmpdir(), 'eval-llm-'));
    set = join(dir, 'set.jsonl');
    writeFileSync(set, `${JSON.stringify(example)}\n`);
  });
  afterAll(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("scores the LLM path beside the rules, the appointment included, and counts the rules' answers", async () => {
    fake.setBehaviour({ kind: 'answer', content: meetingAnswer('venerdì alle 15') });

    const out = await runEval(set, { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url });

    expect(out).toContain('LLM understanding (0 of 1 fell back to the rules)');
    const all = { intent: right, when: right, rrule: '-', due: right, slots: right, full: right };
    expect(scores(out, 'LLM understanding')).toEqual(all);
    expect(scores(out, 'Rule-based understanding')).toEqual(all);
    expect(fake.requests).toHaveLength(1);
  });

  it('scores a wrong appointment as a wrong slot', async () => {
    fake.setBehaviour({ kind: 'answer', content: meetingAnswer('venerdì alle 16') });

    const out = await runEval(set, { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url });

    // the contract's score leaves slots out: the line is still fully correct, its slots are not
    expect(scores(out, 'LLM understanding')).toMatchObject({ when: right, slots: '0.0% (0/1)', full: right });
  });
});
