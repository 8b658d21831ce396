import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testDatabaseUrl } from './db.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface AdminRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** both streams as the operator sees them, trimmed */
  out: string;
}

/**
 * `npm run admin -- ARGS` against the run's database, as an operator would type it: `env` is
 * added to a bare environment (PATH, HOME, DATABASE_URL), `stdin` is piped in (an empty pipe
 * by default, so nothing waits for a terminal).
 */
export function runAdmin(
  args: string[],
  options: { env?: Record<string, string>; stdin?: string } = {},
): Promise<AdminRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/admin.ts', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: testDatabaseUrl(), ...options.env },
  });
  let stdout = '';
  let stderr = '';
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    out += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    out += d.toString();
  });
  child.stdin.end(options.stdin ?? '');
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr, out: out.trim() })));
}
