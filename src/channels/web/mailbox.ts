import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { DependencyError, ValidationError } from '../../kernel/errors.js';
import type { OutboundFile } from '../../kernel/messaging.js';

/**
 * What a web chat session shows, kept in Redis: one stream per session (the browser reads it
 * after the last id it has), shared by every process, so a reply or a reminder sent by any of
 * them reaches the page. The Message table stays the record; this is the screen's copy, with
 * buttons and files. Entries older than the retention are neither shown nor kept, and an
 * unused mailbox expires with its session.
 */
const MAX_ENTRIES = 500;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const buttonSchema = z.object({ label: z.string(), data: z.string() });
const fileRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
});

export const entrySchema = z.object({
  from: z.enum(['bot', 'client']),
  text: z.string(),
  buttons: z.array(z.array(buttonSchema)).optional(),
  file: fileRefSchema.optional(),
  /** when it was written (the app's clock); entries stored before this was kept have none */
  at: z.iso.datetime().optional(),
});
export type Entry = z.infer<typeof entrySchema>;
export type FileRef = z.infer<typeof fileRefSchema>;
export interface StoredEntry extends Entry {
  /** the stream id, e.g. "1764928800000-0": ordered, and the cursor the browser polls after */
  id: string;
}

/** A stream id; "0-0" is before every entry. */
export const entryIdSchema = z.string().regex(/^\d{1,15}-\d{1,10}$/);

export interface MailboxInput {
  from: Entry['from'];
  text: string;
  buttons?: Entry['buttons'];
  /** with an id chosen by the caller (a client's upload names it before it is stored) */
  file?: OutboundFile & { id?: string };
}

export interface Mailbox {
  append(chatId: string, input: MailboxInput): Promise<string>;
  /** the latest `limit` entries, oldest first */
  recent(chatId: string, limit: number): Promise<StoredEntry[]>;
  /** the entries after `afterId`, oldest first, at most `limit` */
  after(chatId: string, afterId: string, limit: number): Promise<StoredEntry[]>;
  clear(chatId: string): Promise<void>;
  file(chatId: string, fileId: string): Promise<OutboundFile | null>;
}

function parseJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? '');
  } catch {
    return undefined;
  }
}

/** Stream ids are "<ms>-<seq>"; compared as numbers, not as strings. */
function idParts(id: string): [number, number] {
  const [ms = '0', seq = '0'] = id.split('-');
  return [Number(ms), Number(seq)];
}

function isBefore(a: string, b: string): boolean {
  const [am, as] = idParts(a);
  const [bm, bs] = idParts(b);
  return am < bm || (am === bm && as < bs);
}

/** Where the web chat's keys live in Redis: every process that reads or clears a mailbox must agree. */
export function webChatKeyPrefix(queuePrefix?: string): string {
  return `${queuePrefix ?? 'delego'}:web:`;
}

export interface MailboxOptions {
  /** how long an entry is shown: the message retention */
  retentionMs: number;
  /** how long an unused mailbox is kept: the session's lifetime */
  idleMs: number;
  /** stamps each entry with when it was written; a mailbox that is only read or cleared needs none */
  clock?: () => Date;
}

/** An entry as stored, before its file: the words, their buttons and, with a clock, when it was written. */
function entryOf(input: Parameters<Mailbox['append']>[1], clock: (() => Date) | undefined): Entry {
  return {
    from: input.from,
    text: input.text,
    ...(input.buttons?.length ? { buttons: input.buttons } : {}),
    ...(clock ? { at: clock().toISOString() } : {}),
  };
}

export function createMailbox(redis: Redis, prefix: string, options: MailboxOptions): Mailbox {
  const ttlMs = Math.min(options.retentionMs, options.idleMs);
  // Stream ids are stamped by Redis's clock ('*'), so the retention cut is measured on the same clock.
  const oldestKept = async (): Promise<string> => {
    const [seconds, micros] = await redis.time();
    const redisNowMs = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
    return `${Math.max(0, redisNowMs - options.retentionMs)}-0`;
  };
  const streamKey = (chatId: string) => `${prefix}chat:${chatId}`;
  const fileKey = (chatId: string, fileId: string) => `${prefix}file:${chatId}:${fileId}`;

  const parse = (rows: [string, string[]][]): StoredEntry[] =>
    rows.flatMap(([id, fields]) => {
      const parsed = entrySchema.safeParse(parseJson(fields[1]));
      return parsed.success ? [{ id, ...parsed.data }] : [];
    });

  async function storeFile(chatId: string, file: OutboundFile & { id?: string }): Promise<FileRef> {
    if (file.content.length > MAX_FILE_BYTES)
      throw new ValidationError('File too large for the web chat', { sizeBytes: file.content.length });
    const ref = {
      id: file.id ?? randomUUID(),
      name: file.name,
      mimeType: file.mimeType,
      sizeBytes: file.content.length,
    };
    const key = fileKey(chatId, ref.id);
    await redis
      .multi()
      .hset(key, { name: file.name, mimeType: file.mimeType, content: file.content })
      .pexpire(key, ttlMs)
      .exec();
    return ref;
  }

  return {
    async append(chatId, input) {
      const entry = entryOf(input, options.clock);
      if (input.file) entry.file = await storeFile(chatId, input.file);
      const key = streamKey(chatId);
      const oldest = await oldestKept();
      const results = await redis
        .multi()
        .xadd(key, 'MAXLEN', '~', MAX_ENTRIES, '*', 'm', JSON.stringify(entry))
        .xtrim(key, 'MINID', oldest)
        .pexpire(key, ttlMs)
        .exec();
      const [err, id] = results?.[0] ?? [null, null];
      if (err || typeof id !== 'string')
        throw new DependencyError('Redis did not take the web chat message', { chatId }, { cause: err });
      return id;
    },
    async recent(chatId, limit) {
      return parse(await redis.xrevrange(streamKey(chatId), '+', await oldestKept(), 'COUNT', limit)).reverse();
    },
    async after(chatId, afterId, limit) {
      const oldest = await oldestKept();
      // "(" makes the start exclusive (Redis 6.2 and later).
      return parse(
        await redis.xrange(streamKey(chatId), isBefore(afterId, oldest) ? oldest : `(${afterId}`, '+', 'COUNT', limit),
      );
    },
    async clear(chatId) {
      // Files are kept beside the stream; the entries name them.
      const files = parse(await redis.xrange(streamKey(chatId), '-', '+')).flatMap((entry) =>
        entry.file ? [fileKey(chatId, entry.file.id)] : [],
      );
      await redis.del(streamKey(chatId), ...files);
    },
    async file(chatId, fileId) {
      const [name, mimeType, content] = await redis.hmgetBuffer(fileKey(chatId, fileId), 'name', 'mimeType', 'content');
      if (!name || !mimeType || !content) return null;
      return { name: name.toString(), mimeType: mimeType.toString(), content };
    },
  };
}
