// The whole suite with every process's wall clock a year ahead (or DELEGO_CLOCK_SHIFT_DAYS):
// every instant the domain reasons about must come from the injected clock, so nothing changes.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const preload = pathToFileURL(new URL('../test/support/clock-ahead.mjs', import.meta.url).pathname).href;
const env = {
  ...process.env,
  DELEGO_CLOCK_SHIFT_DAYS: process.env.DELEGO_CLOCK_SHIFT_DAYS ?? '365',
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${preload}`.trim(),
};
const run = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
