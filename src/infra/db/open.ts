import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConflictError } from '../../kernel/errors.js';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const urlFile = (dataDir: string) => path.join(path.resolve(dataDir), 'pglite.url');

/**
 * DATABASE_URL when set; otherwise the embedded database. The process that starts the embedded
 * database leaves its URL beside the files, so a second process (an admin command while Delego
 * runs) connects to it instead of failing on the data directory lock.
 */
export async function openDatabase(
  databaseUrl: string | undefined,
  dataDir: string,
  /** lines for the person waiting while the embedded database is made or opened */
  progress?: (line: string) => void,
): Promise<OpenDatabase> {
  if (databaseUrl) return { url: databaseUrl, embedded: false, stop: async () => undefined };
  try {
    // Loaded only here: PGlite is large, and admin commands and workers given DATABASE_URL never need it.
    const { startEmbeddedPostgres } = await import('./embedded.js');
    const embedded = await startEmbeddedPostgres({ dataDir, ...(progress ? { progress } : {}) });
    await writeFile(urlFile(dataDir), embedded.url);
    return {
      url: embedded.url,
      embedded: true,
      stop: async () => {
        await rm(urlFile(dataDir), { force: true });
        await embedded.stop();
      },
    };
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
    const url = await readFile(urlFile(dataDir), 'utf8').catch(() => undefined);
    if (!url) throw err;
    return { url: url.trim(), embedded: true, stop: async () => undefined };
  }
}
