import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../../src/domain/access/invites.js';
import { createPrisma } from '../../src/infra/db/client.js';
import type { PrismaClient } from '../../src/infra/db/types.js';
import { testDatabaseUrl, testPrisma } from '../support/db.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { startTelegramEmulator, type TelegramEmulator } from '../support/telegram-emulator.js';
import { startApp, webhookSecret, type RunningApp } from './app.js';

/** The application reaches PostgreSQL through a proxy the test cuts; the test checks rows directly. */
async function proxiedDatabase(): Promise<{ proxy: TcpProxy; prisma: PrismaClient }> {
  const url = new URL(testDatabaseUrl());
  const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  return { proxy, prisma: createPrisma(proxy.rewrite(url.toString()), { poolMax: 3, connectTimeoutMs: 2000 }) };
}

async function linkedClient(emulator: TelegramEmulator) {
  const client = await testPrisma().client.create({ data: { name: `Studio ${randomInt(1e9)}`, lang: 'it' } });
  const invite = await createInvite(testPrisma(), client.id, new Date());
  const user = emulator.user({ userId: randomInt(1e6, 1e9), languageCode: 'it' });
  await user.sendCommand(`/start ${invite.code}`);
  expect((await user.waitForReplies(1, 20_000))[0]!.text).toContain(client.name);
  return { client, user };
}

/**
 * Registers the suite's setup: an emulated Telegram and the app started on a database reached
 * through a proxy the test cuts. The getters read what beforeAll created.
 */
function appBehindProxy(options: { webhook: boolean }) {
  let emulator: TelegramEmulator | undefined;
  let db: Awaited<ReturnType<typeof proxiedDatabase>> | undefined;
  let app: RunningApp | undefined;
  beforeAll(async () => {
    emulator = await startTelegramEmulator();
    db = await proxiedDatabase();
    app = await startApp({
      env: { TELEGRAM_BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot },
      webhook: options.webhook,
      prisma: db.prisma,
    });
  });
  afterAll(async () => {
    await app?.stop();
    await db?.prisma.$disconnect();
    await db?.proxy.close();
    await emulator?.close();
  });
  return {
    emulator: () => emulator!,
    db: () => db!,
    app: () => app!,
  };
}

describe('PostgreSQL unreachable while Telegram delivers (webhook)', () => {
  const { emulator, db, app } = appBehindProxy({ webhook: true });

  it('answers 503 so Telegram redelivers, then handles the update exactly once', async () => {
    const { client, user } = await linkedClient(emulator());
    const updateId = randomInt(1e6, 1e9);
    const update = {
      update_id: updateId,
      message: {
        message_id: updateId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: user.chatId, type: 'private' },
        from: { id: user.userId, is_bot: false, first_name: 'Anna' },
        text: 'Ricordami domani alle 15 di chiamare il notaio',
      },
    };
    const deliver = () =>
      fetch(`${app().url}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': webhookSecret },
        body: JSON.stringify(update),
      });

    db().proxy.cut();
    const started = Date.now();
    expect((await deliver()).status).toBe(503);
    expect((await deliver()).status).toBe(503);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(user.unreadReplies()).toEqual([]);

    db().proxy.restore();
    expect((await deliver()).status).toBe(200);
    // Telegram may deliver once more before it has seen the 200.
    expect((await deliver()).status).toBe(200);

    const [reply] = await user.waitForReplies(1, 20_000);
    expect(reply!.text).toMatch(/te lo ricordo .*chiamare il notaio/);
    expect(await testPrisma().reminder.count({ where: { clientId: client.id } })).toBe(1);
    expect(await testPrisma().message.count({ where: { clientId: client.id, direction: 'inbound' } })).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(user.unreadReplies()).toEqual([]);
  }, 90_000);
});

describe('PostgreSQL unreachable while Telegram delivers (long polling)', () => {
  const { emulator, db } = appBehindProxy({ webhook: false });

  it('keeps the update until the database is back, then answers once', async () => {
    const { client, user } = await linkedClient(emulator());

    db().proxy.cut();
    await user.sendText('Ricordami venerdì alle 10 di pagare il fornitore Neri');
    // Long enough for the first attempts to fail against the cut database.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(user.unreadReplies()).toEqual([]);

    db().proxy.restore();
    // Retries back off 1, 2, 4, 8 s: the next one after the restore goes through.
    const [reply] = await user.waitForReplies(1, 40_000);
    expect(reply!.text).toMatch(/te lo ricordo .*pagare il fornitore Neri/);
    expect(await testPrisma().reminder.count({ where: { clientId: client.id } })).toBe(1);
  }, 90_000);
});
