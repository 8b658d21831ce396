import { loadDotEnv } from '../infra/config/index.js';
import { runAdminCli } from './admin-cli.js';
import { stdinPassword } from './user-command.js';

/** Admin commands: `npm run admin -- invite --client "Studio Rossi" [--lang it] [--tz Europe/Rome]` (see admin-cli.ts). */
loadDotEnv();
const code = await runAdminCli(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readSecret: stdinPassword,
});
if (code !== 0) process.exit(code);
