/**
 * Start-up benchmark: `npm run bench:start -- [--runs 3]`.
 *
 * Each run starts Delego as a person does, with `npm start` in this checkout and no
 * DATABASE_URL (the embedded database), twice: first on an empty data directory (a first start),
 * then again on the directory the first one left (a warm start), each time until `GET /healthz`
 * answers 200, then SIGTERM. Redis is a redis-server of the benchmark's own on a free port, so
 * nothing else's queues are touched. Prints, per start, when the first line came out, when the
 * embedded database was open, the migrations checked and HTTP listening, and the time to
 * /healthz, each with the CPU time its processes had used by then; then median and spread of the cold and
 * warm figures, and the machine's load average (on a shared machine the wall clock mostly measures
 * the other processes; the CPU time is what the start itself costs).
 *
 * A start fails when /healthz never answers, when the process logs an error (a query refused
 * on the embedded database, say), or when SIGTERM does not end it with exit code 0: each failure
 * is printed with the lines that show it, and the benchmark exits 1 when there was one.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { freePort } from '../test/support/net.js';

const argsSchema = z.object({
  runs: z.coerce.number({ message: '--runs must be a number' }).int().min(1).max(20).default(3),
});

/**
 * Log messages that mark a stage, and the name the report gives them. Delego's code loads while
 * the embedded database opens, so the database's first line comes early.
 */
const milestones: [RegExp, string][] = [
  [/(Creating|Opening) the embedded database/, 'opening database'],
  [/Embedded database ready/, 'database open'],
  [/migrations applied|schema is up to date/i, 'migrations'],
  [/http listening/i, 'listening'],
  [/Delego is running\. Open/, 'address printed'],
];

interface Stage {
  atMs: number;
  /** CPU time the processes had used by then: what the stage cost, whatever the machine's load */
  cpuMs: number;
}

interface Start {
  firstLineMs: number;
  stages: Map<string, Stage>;
  healthzMs: number;
  /** CPU time the processes of `npm start` had used when /healthz answered */
  cpuMs: number;
  /** from SIGTERM to the exit */
  stopMs: number;
  /** what went wrong: errors logged, an exit code other than 0 */
  failures: string[];
}

interface Seen {
  stages: Map<string, Stage>;
  firstLineMs?: number;
  /** error and fatal log lines, and lines that are not JSON and speak of an error */
  errors: string[];
}

const isError = (line: string): boolean => {
  if (!line.startsWith('{')) return /error/i.test(line);
  try {
    return z.object({ level: z.number() }).parse(JSON.parse(line)).level >= 50;
  } catch {
    return false;
  }
};

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const sec = (ms: number | undefined): string => (ms === undefined ? '   -  ' : `${(ms / 1000).toFixed(2)} s`);

/** User and system CPU time of a process and its descendants, from /proc (Linux). */
function treeCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const own = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
    return own + children.reduce((sum, child) => sum + treeCpuMs(child), 0);
  } catch {
    return 0;
  }
}

/** Polls /healthz until it answers 200; the time since `fromMs`. */
async function healthy(port: number, fromMs: number, child: ChildProcess): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Delego exited with code ${child.exitCode} before /healthz answered`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) })
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return Date.now() - fromMs;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function watchOutput(child: ChildProcess, fromMs: number): Seen {
  const seen: Seen = { stages: new Map(), errors: [] };
  const onData = (chunk: Buffer) => {
    const atMs = Date.now() - fromMs;
    seen.firstLineMs ??= atMs;
    for (const line of chunk.toString('utf8').split('\n')) {
      if (isError(line)) seen.errors.push(line.slice(0, 500));
      for (const [pattern, name] of milestones)
        if (pattern.test(line) && !seen.stages.has(name))
          seen.stages.set(name, { atMs, cpuMs: child.pid === undefined ? 0 : treeCpuMs(child.pid) });
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return seen;
}

/** One `npm start` until /healthz answers, then a graceful stop. */
async function startOnce(dataDir: string, redisUrl: string): Promise<Start> {
  const port = await freePort();
  const fromMs = Date.now();
  const child = spawn('npm', ['start'], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      REDIS_URL: redisUrl,
      LOG_LEVEL: 'info',
      DATABASE_URL: '',
    },
  });
  const seen = watchOutput(child, fromMs);
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const healthzMs = await healthy(port, fromMs, child).catch((err: unknown) => {
    seen.errors.push(err instanceof Error ? err.message : String(err));
    return Number.NaN;
  });
  const cpuMs = child.pid === undefined ? 0 : treeCpuMs(child.pid);
  const stoppingAt = Date.now();
  if (child.exitCode === null) child.kill('SIGTERM');
  const [code, signal] = await exited;
  const failures = [...seen.errors];
  if (code !== 0) failures.push(`exit code ${code ?? signal} on SIGTERM`);
  const stopMs = Date.now() - stoppingAt;
  return { firstLineMs: seen.firstLineMs ?? healthzMs, stages: seen.stages, healthzMs, cpuMs, stopMs, failures };
}

async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  await once(child, 'spawn');
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}

function startLine(label: string, start: Start): string {
  const stageText = (stage: Stage | undefined) => `${sec(stage?.atMs)}${stage ? ` (CPU ${sec(stage.cpuMs)})` : ''}`;
  const stages = milestones.map(([, name]) => `${name} ${stageText(start.stages.get(name))}`).join(', ');
  const line = `  ${label}: first line ${sec(start.firstLineMs)}, ${stages}, /healthz ${sec(start.healthzMs)} (CPU ${sec(start.cpuMs)}), stopped in ${sec(start.stopMs)}`;
  return [line, ...start.failures.map((failure) => `    FAILED: ${failure}`)].join('\n');
}

function spread(label: string, values: number[], targetMs: number): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const verdict = median < targetMs ? 'holds' : 'does NOT hold';
  return `${label}: median ${sec(median)}, spread ${sec(sorted[0])} - ${sec(sorted.at(-1))} over ${sorted.length} runs (target < ${targetMs / 1000} s: ${verdict})`;
}

const load = (): string =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

interface Figures {
  cold: number[];
  warm: number[];
  cpu: { cold: number[]; warm: number[] };
  failed: number;
}

/** One run: a first start on an empty data directory, then a warm start on what it left. */
async function runOnce(run: number, redisUrl: string, figures: Figures): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'delego-start-'));
  try {
    const first = await startOnce(dataDir, redisUrl);
    const again = await startOnce(dataDir, redisUrl);
    figures.cold.push(first.healthzMs);
    figures.warm.push(again.healthzMs);
    figures.cpu.cold.push(first.cpuMs);
    figures.cpu.warm.push(again.cpuMs);
    figures.failed += (first.failures.length > 0 ? 1 : 0) + (again.failures.length > 0 ? 1 : 0);
    say(`run ${run} (load average ${load()}):`);
    say(startLine('first start, empty data directory', first));
    say(startLine('warm start, same data directory  ', again));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string' } }, strict: true });
  const args = argsSchema.parse(values);
  // What `npm ci` leaves: dist/ compiled. A start after a source change compiles it first, not measured here.
  spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const redis = await startRedis();
  say(`npm start in ${process.cwd()}, ${args.runs} runs; load average at the start: ${load()}`);
  const figures: Figures = { cold: [], warm: [], cpu: { cold: [], warm: [] }, failed: 0 };
  try {
    for (let run = 1; run <= args.runs; run++) await runOnce(run, redis.url, figures);
  } finally {
    await redis.stop();
  }
  say(spread('first start to /healthz', figures.cold, 10_000));
  say(spread('warm start to /healthz ', figures.warm, 3_000));
  // On a shared machine the wall clock mostly measures the others: CPU time is what the start itself costs.
  say(spread('first start, CPU time  ', figures.cpu.cold, 10_000));
  say(spread('warm start, CPU time   ', figures.cpu.warm, 3_000));
  say(`failed starts: ${figures.failed} of ${args.runs * 2} (an error logged, no /healthz, or no exit 0 on SIGTERM)`);
  say(`load average at the end: ${load()} (2 cores)`);
  if (figures.failed > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
