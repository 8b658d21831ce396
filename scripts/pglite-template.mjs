// Part of `npm ci` (postinstall, after scripts/build.mjs): makes the empty embedded-database
// cluster a first `npm start` copies (src/infra/db/pglite-template.ts). Without it a first start
// still works, running initdb itself; so a failure here is reported and does not fail the install.
import { existsSync } from 'node:fs';

const built = new URL('../dist/infra/db/pglite-template.js', import.meta.url);
if (existsSync(built)) {
  const startedMs = Date.now();
  try {
    const { preparePgliteTemplate } = await import(built.href);
    const { dir, made } = await preparePgliteTemplate();
    if (made)
      process.stderr.write(`prepared the embedded database's empty cluster in ${dir} (${Date.now() - startedMs} ms)\n`);
  } catch (err) {
    process.stderr.write(
      `pglite-template: could not prepare the embedded database's cluster (${String(err)}); a first start will make it\n`,
    );
  }
}
