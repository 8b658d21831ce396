import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runAdminCli } from '../../src/cli/admin-cli.js';
import { pipedPassword } from '../../src/cli/user-command.js';
import { testDatabaseUrl } from './db.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface AdminRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** both streams as the operator sees them, trimmed */
  out: string;
}

export interface AdminOptions {
  /** added to a bare environment (PATH, HOME, DATABASE_URL) */
  env?: Record<string, string>;
  /** piped in (an empty pipe by default, so nothing waits for a terminal) */
  stdin?: string;
}

const bareEnv = (env: Record<string, string> = {}) => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  DATABASE_URL: testDatabaseUrl(),
  ...env,
});

/** Collects what a run writes, each stream alone and both as interleaved on a terminal. */
function streams() {
  const run = { stdout: '', stderr: '', all: '' };
  return {
    run,
    out: (text: string) => void ((run.stdout += text), (run.all += text)),
    err: (text: string) => void ((run.stderr += text), (run.all += text)),
  };
}

/**
 * `npm run admin -- ARGS` against the run's database, run in this process through the CLI's own
 * entry (runAdminCli: argument parsing, configuration from `env`, exit code, the one-line error):
 * a spawned `tsx` costs about 4 s of CPU a command. `spawnAdmin` runs the real process.
 */
export async function runAdmin(args: string[], options: AdminOptions = {}): Promise<AdminRun> {
  const { run, out, err } = streams();
  const code = await runAdminCli(args, {
    env: bareEnv(options.env),
    out,
    err,
    readSecret: async () => pipedPassword(options.stdin ?? ''),
  });
  return { code, stdout: run.stdout, stderr: run.stderr, out: run.all.trim() };
}

/** `npm run admin -- ARGS` as a process of its own, as an operator would type it (see runAdmin). */
export function spawnAdmin(args: string[], options: AdminOptions = {}): Promise<AdminRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/admin.ts', ...args], {
    cwd: root,
    env: bareEnv(options.env),
  });
  const { run, out, err } = streams();
  child.stdout.on('data', (d: Buffer) => out(d.toString()));
  child.stderr.on('data', (d: Buffer) => err(d.toString()));
  child.stdin.end(options.stdin ?? '');
  return new Promise((resolve) =>
    child.once('close', (code) => resolve({ code, stdout: run.stdout, stderr: run.stderr, out: run.all.trim() })),
  );
}
