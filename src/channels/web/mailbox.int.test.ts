import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { testPrisma, uniqueTag } from '../../../test/support/db.js';
import { createWebClients } from '../../domain/demo/web-clients.js';
import { ValidationError } from '../../kernel/errors.js';
import { createRedis } from '../../infra/redis/connection.js';
import { createMailbox, MAX_FILE_BYTES } from './mailbox.js';
import { createWebSender } from './sender.js';
import { createSubmissions } from './submissions.js';

const redis = createRedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const prefix = `${inject('redisPrefix')}web-${uniqueTag()}:`;
const dayMs = 86_400_000;
const mailbox = createMailbox(redis, prefix, { retentionMs: 365 * dayMs, idleMs: 180 * dayMs });
const clients = createWebClients(testPrisma(), { tz: 'Europe/Rome' });
const sender = createWebSender(mailbox, clients);

/** A session linked to a (demo) client, as the page links one. */
async function linkedChat(): Promise<string> {
  const chat = uniqueTag();
  await clients.startDemo(chat, 'it');
  return chat;
}

afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

describe('web chat mailbox (Redis)', () => {
  it('shows a session what was said, in order, with the buttons of each reply', async () => {
    const chat = await linkedChat();
    await mailbox.append(chat, { from: 'client', text: 'Ricordami domani alle 15 di chiamare Rossi' });
    const sent = await sender.send(chat, {
      text: 'Fatto: te lo ricordo domani alle 15:00.',
      buttons: [[{ label: 'Annulla', data: 'cx:r:1' }], []],
    });
    const entries = await mailbox.after(chat, '0-0', 100);
    expect(entries.map((e) => [e.from, e.text])).toEqual([
      ['client', 'Ricordami domani alle 15 di chiamare Rossi'],
      ['bot', 'Fatto: te lo ricordo domani alle 15:00.'],
    ]);
    expect(entries[1]).toMatchObject({ id: sent.externalMessageId, buttons: [[{ label: 'Annulla', data: 'cx:r:1' }]] });
    expect(entries[0]!.buttons).toBeUndefined();
    // A session's mailbox expires unless it is used: with the session, or sooner with a shorter retention.
    expect(await redis.pttl(`${prefix}chat:${chat}`)).toBeGreaterThan(179 * dayMs);
    expect(await redis.pttl(`${prefix}chat:${chat}`)).toBeLessThanOrEqual(180 * dayMs);
  });

  it('gives only what came after the last message the page has, and the latest ones when it opens', async () => {
    const chat = uniqueTag();
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) ids.push(await mailbox.append(chat, { from: 'bot', text: `messaggio ${i}` }));
    expect((await mailbox.after(chat, ids[2]!, 100)).map((e) => e.text)).toEqual(['messaggio 4', 'messaggio 5']);
    expect(await mailbox.after(chat, ids[4]!, 100)).toEqual([]);
    expect((await mailbox.after(chat, '0-0', 2)).map((e) => e.text)).toEqual(['messaggio 1', 'messaggio 2']);
    expect((await mailbox.recent(chat, 2)).map((e) => e.text)).toEqual(['messaggio 4', 'messaggio 5']);
  });

  it('keeps each session to its own messages and files', async () => {
    const mine = await linkedChat();
    const theirs = await linkedChat();
    await sender.send(mine, {
      text: 'Ecco la fattura',
      file: { name: 'fattura-17.pdf', mimeType: 'application/pdf', content: Buffer.from('%PDF-1.4 fattura') },
    });
    const [entry] = await mailbox.after(mine, '0-0', 10);
    expect(entry!.file).toMatchObject({ name: 'fattura-17.pdf', mimeType: 'application/pdf', sizeBytes: 16 });
    expect((await mailbox.file(mine, entry!.file!.id))?.content.toString()).toBe('%PDF-1.4 fattura');
    expect(await mailbox.file(theirs, entry!.file!.id)).toBeNull();
    expect(await mailbox.after(theirs, '0-0', 10)).toEqual([]);

    await mailbox.clear(mine);
    expect(await mailbox.after(mine, '0-0', 10)).toEqual([]);
  });

  it('neither shows nor keeps what is older than the message retention', async () => {
    const chat = uniqueTag();
    const shortLived = createMailbox(redis, prefix, { retentionMs: 300, idleMs: 180 * dayMs });
    await shortLived.append(chat, { from: 'client', text: 'Ricordami di pagare Bianchi' });
    expect(await shortLived.recent(chat, 10)).toHaveLength(1);
    await sleep(400);
    expect(await shortLived.recent(chat, 10)).toEqual([]);
    expect(await shortLived.after(chat, '0-0', 10)).toEqual([]);
    await shortLived.append(chat, { from: 'bot', text: 'Fatto.' });
    expect(await redis.xlen(`${prefix}chat:${chat}`)).toBe(1);
    expect((await shortLived.after(chat, '0-0', 10)).map((e) => e.text)).toEqual(['Fatto.']);
    expect(await redis.pttl(`${prefix}chat:${chat}`)).toBeLessThanOrEqual(300);
  });

  it('refuses an empty reply and a file too large to keep', async () => {
    await expect(sender.send(await linkedChat(), { text: '  ' })).rejects.toBeInstanceOf(ValidationError);
    const big = { name: 'video.mp4', mimeType: 'video/mp4', content: Buffer.alloc(MAX_FILE_BYTES + 1) };
    await expect(sender.send(await linkedChat(), { text: 'video', file: big })).rejects.toBeInstanceOf(ValidationError);
  });

  it('keeps nothing for a session linked to no client: an anonymous visitor leaves no mailbox', async () => {
    const stranger = uniqueTag();
    expect(await sender.send(stranger, { text: 'Questo codice non è valido o è scaduto.' })).toEqual({});
    expect(await redis.exists(`${prefix}chat:${stranger}`)).toBe(0);
  });
});

describe('web chat submissions (Redis)', () => {
  const submissions = createSubmissions(redis, prefix);

  it('lets a key through once per session, and again once released', async () => {
    const chat = uniqueTag();
    expect(await submissions.claim(chat, 'key-0001')).toBe(true);
    expect(await submissions.claim(chat, 'key-0001')).toBe(false);
    expect(await submissions.claim(uniqueTag(), 'key-0001')).toBe(true);
    await submissions.release(chat, 'key-0001');
    expect(await submissions.claim(chat, 'key-0001')).toBe(true);
  });

  it('lets exactly one of ten simultaneous submissions through', async () => {
    const chat = uniqueTag();
    const results = await Promise.all(Array.from({ length: 10 }, () => submissions.claim(chat, 'key-0002')));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
