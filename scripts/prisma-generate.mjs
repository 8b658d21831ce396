// Generates the Prisma client into src/generated/prisma (package.json: postinstall, generate).
//
// `prisma generate` first tries to download Prisma's native schema engine, which fails on
// machines that cannot reach Prisma's binary host, although generation never runs it.
// Pointing PRISMA_SCHEMA_ENGINE_BINARY at an existing file skips the download. Migrations do
// not use that engine either: they go through the WASM build (src/infra/db/migrate-engine.ts).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

function fail(reason) {
  process.stderr.write(
    `prisma-generate: ${reason}; the Prisma client in src/generated/prisma is missing or stale. Fix the cause, then run: npm run generate\n`,
  );
  process.exit(1);
}

let prismaCli;
try {
  prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
} catch {
  fail('the prisma package is not installed (run npm install)');
}

const result = spawnSync(process.execPath, [prismaCli, 'generate'], {
  cwd: projectRoot,
  stdio: 'inherit',
  env: {
    ...process.env,
    // Any existing file will do: generate checks that it exists and never runs it.
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
});

if (result.error) fail(`could not run prisma generate (${result.error.message})`);
if (result.status !== 0) fail(`prisma generate failed (exit code ${result.status ?? result.signal})`);
