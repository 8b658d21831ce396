import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { quoteIdentifier, withDatabaseName } from './database-url.js';

/**
 * A new empty database on the server of `serverUrl`, named `<prefix>_<time>_<random>`, and a way
 * to drop it (connections forced out). For test runs and benchmarks that must not share data.
 */
export async function createScratchDatabase(
  serverUrl: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(5).toString('hex')}`;
  const runOnServer = async (sql: string) => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  await runOnServer(`CREATE DATABASE ${quoteIdentifier(name)}`);
  return {
    url: withDatabaseName(serverUrl, name),
    drop: () => runOnServer(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
  };
}
