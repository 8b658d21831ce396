// Compiles src/ to JavaScript in dist/ (package.json: postinstall after the Prisma client, build,
// and `npm start` through scripts/start.mjs), so a start runs plain Node instead of compiling
// TypeScript through a loader on every start (about a third of a start's module loading).
//
// One output file per module in the same layout, so paths taken from import.meta.url (static
// assets, ../../../prisma/migrations) stay right; asset folders are copied beside. Type-only
// transpilation: `npm run typecheck` is the type check. Nothing is done while dist/ is newer
// than every file under src/; otherwise dist/ is made again from scratch, aside, and swapped in.
import { cpSync, existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const srcDir = path.join(root, 'src');
const distDir = path.join(root, 'dist');
const stamp = path.join(distDir, '.built');

/** Every file under src/, and the newest modification time among them and their folders. */
function sources() {
  const files = [];
  let newestMs = 0;
  const walk = (dir) => {
    newestMs = Math.max(newestMs, statSync(dir).mtimeMs);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        files.push(full);
        newestMs = Math.max(newestMs, statSync(full).mtimeMs);
      }
    }
  };
  walk(srcDir);
  return { files, newestMs };
}

const isModule = (file) =>
  file.endsWith('.ts') && !/\.test\.ts$|\.d\.ts$/.test(file) && !file.includes(`${path.sep}assets${path.sep}`);

/** Builds dist/ unless it is up to date; returns whether it built. */
export async function buildIfStale() {
  if (!existsSync(srcDir)) return false; // an image's dependency layer, before the sources are copied
  const { files, newestMs } = sources();
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= newestMs) return false;
  // Built aside and swapped in, so a process starting meanwhile never sees half a dist/.
  const building = `${distDir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  await build({
    entryPoints: files.filter(isModule),
    outdir: building,
    outbase: srcDir,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    // Stack traces need only the mappings; the sources are beside dist/, and Node parses every map it loads.
    sourcesContent: false,
    logLevel: 'warning',
  });
  for (const file of files.filter((f) => f.includes(`${path.sep}assets${path.sep}`)))
    cpSync(file, path.join(building, path.relative(srcDir, file)));
  writeFileSync(path.join(building, '.built'), new Date().toISOString());
  const old = `${distDir}.old-${process.pid}`;
  if (existsSync(distDir)) renameSync(distDir, old);
  renameSync(building, distDir);
  rmSync(old, { recursive: true, force: true });
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const startedMs = Date.now();
  if (await buildIfStale()) process.stderr.write(`built dist/ from src/ in ${Date.now() - startedMs} ms\n`);
}
