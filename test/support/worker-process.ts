import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./kill-worker.ts', import.meta.url));

export interface WorkerProcess {
  /** resolves when the process reported `event` (see kill-worker.ts) */
  waitFor(event: 'ready' | 'sending' | 'scheduling', timeoutMs?: number): Promise<void>;
  /** SIGKILL: no shutdown code runs, as when the machine or the OOM killer stops it */
  kill(): Promise<void>;
}

/** Starts test/support/kill-worker.ts in a child process, on the given database and queue prefix. */
export function spawnWorkerProcess(options: {
  databaseUrl: string;
  redisUrl: string;
  prefix: string;
  telegram: { apiRoot: string; token: string };
  slowSendMs?: number;
  slowScheduleMs?: number;
}): WorkerProcess {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      REDIS_URL: options.redisUrl,
      QUEUE_PREFIX: options.prefix,
      TELEGRAM_BOT_TOKEN: options.telegram.token,
      TELEGRAM_API_ROOT: options.telegram.apiRoot,
      SLOW_SEND_MS: String(options.slowSendMs ?? 0),
      SLOW_SCHEDULE_MS: String(options.slowScheduleMs ?? 0),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seen = new Set<string>();
  const waiters: { event: string; resolve: () => void }[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const event = (JSON.parse(line) as { event: string }).event;
    seen.add(event);
    for (const w of waiters.filter((w) => w.event === event)) w.resolve();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return {
    waitFor(event, timeoutMs = 20_000) {
      if (seen.has(event)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `worker process did not report ${event} within ${timeoutMs} ms; stderr: ${stderr.slice(-2000)}`,
              ),
            ),
          timeoutMs,
        );
        waiters.push({ event, resolve: () => (clearTimeout(timer), resolve()) });
        void exited.then(() =>
          reject(new Error(`worker process exited before ${event}; stderr: ${stderr.slice(-2000)}`)),
        );
      });
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
