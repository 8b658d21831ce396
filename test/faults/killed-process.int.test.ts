import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl, testPrisma } from '../support/db.js';
import { startTelegramEmulator, type TelegramEmulator } from '../support/telegram-emulator.js';
import { startApp, testRedisUrl, webhookSecret } from './app.js';
import { freePort } from '../support/net.js';

/**
 * `npm start` as a real process (web role, Telegram webhook), killed with SIGKILL while it is
 * inside the transaction of a message: after the ticket row was inserted, before the commit.
 * The test holds a lock on the client's conversation row so the transaction waits there.
 */
describe('the process killed in the middle of a request', () => {
  let emulator: TelegramEmulator;
  let child: ChildProcess | undefined;
  let dataDir: string;
  const output: string[] = [];

  beforeAll(async () => {
    emulator = await startTelegramEmulator();
    dataDir = await mkdtemp(join(tmpdir(), 'delego-kill-'));
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await emulator?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function startProcess(): Promise<string> {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      PATH: process.env.PATH ?? '',
      ROLE: 'web',
      DATABASE_URL: testDatabaseUrl(),
      REDIS_URL: testRedisUrl,
      PORT: String(port),
      PUBLIC_URL: url,
      TELEGRAM_BOT_TOKEN: emulator.token,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      TELEGRAM_WEBHOOK_SECRET: webhookSecret,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    };
    // node itself, not the tsx wrapper: SIGKILL must reach the process that holds the connections.
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    await expect
      .poll(async () => (await fetch(`${url}/healthz`).catch(() => undefined))?.status, {
        timeout: 60_000,
        interval: 250,
      })
      .toBe(200)
      .catch((err: unknown) => {
        throw new Error(`Delego did not start:\n${output.join('')}`, { cause: err });
      });
    return url;
  }

  it('leaves no half-written ticket, and the redelivered update is handled once', async () => {
    const prisma = testPrisma();
    const userId = randomInt(1e6, 1e9);
    const client = await prisma.client.create({ data: { name: `Studio ${userId}`, lang: 'it' } });
    await prisma.channelIdentity.create({
      data: { clientId: client.id, channel: 'telegram', externalUserId: String(userId), chatId: String(userId) },
    });
    const conversation = await prisma.conversation.create({ data: { clientId: client.id, channel: 'telegram' } });
    const update = {
      update_id: userId,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: userId, type: 'private' },
        from: { id: userId, is_bot: false, first_name: 'Anna' },
        text: 'Traduci il contratto di locazione in inglese entro venerdì',
      },
    };
    const deliver = (url: string) =>
      fetch(`${url}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': webhookSecret },
        body: JSON.stringify(update),
      });

    const url = await startProcess();
    const locker = new pg.Client({ connectionString: testDatabaseUrl() });
    await locker.connect();
    try {
      // NO KEY UPDATE: inserts that reference the row (messages) pass, updating it waits.
      await locker.query('BEGIN');
      await locker.query('SELECT id FROM conversations WHERE id = $1 FOR NO KEY UPDATE', [conversation.id]);
      const inFlight = deliver(url).catch(() => undefined);

      // The application's connection waiting for our lock, and whether it has inserted a ticket.
      const blocked = async () =>
        (
          await locker.query<{ pid: number; insertedTicket: boolean }>(
            `SELECT a.pid, EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.relation = 'tickets'::regclass AND l.mode = 'RowExclusiveLock' AND l.granted) AS "insertedTicket"
             FROM pg_stat_activity a WHERE a.datname = current_database() AND pg_blocking_pids(a.pid) @> ARRAY[pg_backend_pid()]`,
          )
        ).rows;
      await expect.poll(async () => (await blocked()).length, { timeout: 20_000, interval: 100 }).toBe(1);
      const [backend] = await blocked();
      expect(backend!.insertedTicket).toBe(true);

      child!.kill('SIGKILL');
      await inFlight;
      await locker.query('ROLLBACK');
      // PostgreSQL finds the client gone once the statement can proceed, and rolls back.
      await expect
        .poll(
          async () => (await locker.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [backend!.pid])).rowCount,
          { timeout: 20_000 },
        )
        .toBe(0);
    } finally {
      await locker.end();
    }

    expect(await prisma.ticket.count({ where: { clientId: client.id } })).toBe(0);
    expect(await prisma.message.count({ where: { clientId: client.id } })).toBe(0);
    expect(emulator.callsOf('sendMessage').filter((c) => String(c.body.chat_id) === String(userId))).toEqual([]);

    // Telegram got no answer, so it delivers the update again, to the restarted service.
    const restarted = await startApp({
      env: { TELEGRAM_BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot },
      webhook: true,
    });
    try {
      expect((await deliver(restarted.url)).status).toBe(200);
      expect((await deliver(restarted.url)).status).toBe(200);
      const [reply] = await emulator.user({ userId }).waitForReplies(1, 20_000);
      expect(reply!.text).toMatch(/richiesta #\d+/);
      expect(await prisma.ticket.count({ where: { clientId: client.id } })).toBe(1);
      expect(await prisma.message.count({ where: { clientId: client.id, direction: 'inbound' } })).toBe(1);
    } finally {
      await restarted.stop();
    }
  }, 120_000);
});
