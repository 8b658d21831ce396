import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, rows, WireClient } from '../../../test/support/pg-wire.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.js';

let db: EmbeddedPostgres;
beforeAll(async () => {
  db = await startEmbeddedPostgres();
}, 60_000);
afterAll(() => db.stop());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the embedded database shared by several connections', () => {
  it("keeps a query's statement while another connection's query waits for it to finish", async () => {
    const booking = await WireClient.open(db.url);
    const count = await WireClient.open(db.url);
    // A query whose messages reach the server in two reads, as a busy machine splits them...
    booking.parse('SELECT $1::text AS title');
    booking.flush();
    await booking.until('1'); // ParseComplete
    // ...and meanwhile a query without parameters from another pool connection (a simple query).
    count.query('SELECT 42 AS n');
    await pause(200);
    booking.bindExecuteSync(['Dentista']);

    const answer = await booking.until('Z');
    expect(errorOf(answer)).toBeUndefined();
    expect(rows(answer)).toEqual([['Dentista']]);
    expect(rows(await count.until('Z'))).toEqual([['42']]);
    booking.close();
    count.close();
  }, 30_000);

  it('rolls back a transaction whose client went away, and serves the others after it', async () => {
    const leaving = await WireClient.open(db.url);
    const other = await WireClient.open(db.url);
    leaving.query('BEGIN; CREATE TABLE half_done (n int); INSERT INTO half_done VALUES (1)');
    await leaving.until('Z');
    other.query("SELECT count(*) FROM pg_tables WHERE tablename = 'half_done'");
    await pause(200);
    // a transaction has the one session until it ends
    expect(other.pending()).toEqual([]);
    leaving.close();

    const answer = await other.until('Z');
    expect(errorOf(answer)).toBeUndefined();
    expect(rows(answer)).toEqual([['0']]);
    other.close();
  }, 30_000);

  it('a client gone between Parse and Sync leaves a session the next query can use', async () => {
    const leaving = await WireClient.open(db.url);
    leaving.parse('SELECT $1::int AS n');
    leaving.flush();
    await leaving.until('1');
    leaving.close();
    const next = await WireClient.open(db.url);
    next.query('SELECT 7');
    const answer = await next.until('Z');
    expect(errorOf(answer)).toBeUndefined();
    expect(rows(answer)).toEqual([['7']]);
    next.close();
  }, 30_000);

  it('stops while a client is mid-transaction and others wait, and opens again without its half', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'delego-pglite-stop-'));
    try {
      const running = await startEmbeddedPostgres({ dataDir });
      const writer = await WireClient.open(running.url);
      const waiting = await WireClient.open(running.url);
      writer.query('BEGIN; CREATE TABLE left_behind (n int)');
      await writer.until('Z');
      waiting.query('SELECT 1');
      await running.stop();

      const again = await startEmbeddedPostgres({ dataDir });
      const reader = await WireClient.open(again.url);
      reader.query("SELECT count(*) FROM pg_tables WHERE tablename = 'left_behind'");
      expect(rows(await reader.until('Z'))).toEqual([['0']]);
      reader.close();
      await again.stop();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
