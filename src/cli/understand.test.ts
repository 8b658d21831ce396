import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startFakeOpenAi } from '../../test/support/fake-openai.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function runCli(lines: string[], env: Record<string, string> = {}): unknown[] {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/understand.ts'], {
    cwd: root,
    input: lines.join('\n') + '\n',
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
  expect(result.status).toBe(0);
  return result.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);
}

describe('understand CLI', () => {
  it('answers one JSON line per input line, in the machine form with the id', () => {
    const out = runCli([
      JSON.stringify({
        id: 'a',
        text: 'Ricordami domani alle 3 di chiamare Rossi',
        now: '2026-11-23T10:00:00+01:00',
        tz: 'Europe/Rome',
      }),
      JSON.stringify({
        id: 'b',
        text: 'Translate the contract by Friday',
        now: '2026-11-23T10:00:00-05:00',
        tz: 'America/New_York',
        lang: 'en',
      }),
    ]);
    expect(out).toEqual([
      { id: 'a', intent: 'reminder', when: '2026-11-24T15:00:00+01:00', text: 'chiamare Rossi' },
      { id: 'b', intent: 'task', due: '2026-11-27', text: 'translate the contract', category: 'translation' },
    ]);
  });

  it('reports a bad line as an error and goes on with the next', () => {
    const out = runCli([
      'not json',
      JSON.stringify({ id: 7, text: 'ciao', tz: 'Mars/Olympus' }),
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'ok', text: '/start' }),
    ]);
    expect(out).toHaveLength(4);
    expect(out[0]).toEqual({ error: expect.any(String) });
    expect(out[1]).toEqual({ id: 7, error: expect.stringContaining('tz') });
    expect(out[2]).toEqual({ id: 'no-text', error: expect.stringContaining('text') });
    expect(out[3]).toEqual({ id: 'ok', intent: 'help' });
  });

  it('takes the zone from DEFAULT_TZ when a line has none', () => {
    const [out] = runCli(
      [
        JSON.stringify({
          id: 'ny',
          text: 'Remind me on Thursday at 9am to renew the lease',
          now: '2026-11-23T10:00:00-05:00',
        }),
      ],
      {
        DEFAULT_TZ: 'America/New_York',
      },
    );
    expect(out).toMatchObject({ id: 'ny', when: '2026-11-26T09:00:00-05:00' });
  });
});

describe('understand CLI with --llm', () => {
  it('asks the configured OpenAI-compatible server and resolves its time expression', async () => {
    const fake = await startFakeOpenAi();
    try {
      fake.setBehaviour({
        kind: 'answer',
        content: {
          intent: 'reminder',
          text: 'chiamare Rossi',
          category: null,
          durationMin: null,
          with: null,
          title: null,
          target: null,
          viaOffice: null,
          partySize: null,
          availability: null,
          ref: null,
          items: null,
          timeExpression: 'domani alle 3',
          recurrenceExpression: null,
          deadlineExpression: null,
          event: null,
        },
      });
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/understand.ts', '--llm'], {
        cwd: root,
        env: { ...process.env, OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdin.end(
        `${JSON.stringify({ id: 'x', text: 'ricordami domani alle 3 di chiamare Rossi', now: '2026-11-23T10:00:00+01:00' })}\n`,
      );
      const code = await new Promise((resolve) => child.once('exit', resolve));
      expect(code).toBe(0);
      // the model's answer itself, not the rules after a failure
      expect(stderr).not.toContain('the rules answered');
      expect(JSON.parse(stdout.trim())).toEqual({
        id: 'x',
        intent: 'reminder',
        when: '2026-11-24T15:00:00+01:00',
        text: 'chiamare Rossi',
      });
      expect(fake.requests).toHaveLength(1);
    } finally {
      await fake.close();
    }
  });

  it('says what is missing when no key is configured', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/understand.ts', '--llm'], {
      cwd: root,
      input: '',
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'understand: --llm needs OPENAI_API_KEY (and OPENAI_BASE_URL for a server other than OpenAI)',
    );
  });
});
