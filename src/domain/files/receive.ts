import { createHash } from 'node:crypto';
import type { Tx } from '../../infra/db/types.js';
import { errorMessage, ValidationError } from '../../kernel/errors.js';
import type { Channel, InboundAttachment, InboundMessage } from '../../kernel/messaging.js';
import { oversizedAttachments } from '../limits/attachments.js';
import type { FileStore } from './store.js';

/**
 * The bytes of a file a client sent, from its channel. A file larger than `maxBytes` is refused
 * with a ValidationError whose context carries `sizeBytes`.
 */
export type FileFetcher = (channel: Channel, fileId: string, maxBytes: number) => Promise<Buffer>;

/** How the files clients send are fetched, kept, and how large they may be. */
export interface ClientFiles {
  fetch: FileFetcher;
  store: FileStore;
  maxBytes: number;
}

export type Fetched = { kind: 'fetched'; content: Buffer; sha256: string } | { kind: 'failed'; error: string };

/** The message's files as they came: the bytes, or why they could not be had yet (by file id). */
export type ReceivedFiles = ReadonlyMap<string, Fetched>;

export const sha256Hex = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/** The size a channel found a file to have, when it refused it as too large. */
function refusedSize(err: unknown): number | undefined {
  if (!(err instanceof ValidationError)) return undefined;
  const size = err.context.sizeBytes;
  return typeof size === 'number' ? size : undefined;
}

async function fetchOne(files: Pick<ClientFiles, 'fetch' | 'maxBytes'>, channel: Channel, file: InboundAttachment) {
  try {
    const content = await files.fetch(channel, file.fileId, files.maxBytes);
    return {
      file: { ...file, sizeBytes: content.length },
      fetched: { kind: 'fetched', content, sha256: sha256Hex(content) } as Fetched,
    };
  } catch (err) {
    const size = refusedSize(err);
    if (size !== undefined) return { file: { ...file, sizeBytes: size } };
    return { file, fetched: { kind: 'failed', error: errorMessage(err) } as Fetched };
  }
}

/**
 * Fetches the files of a message as it arrives, before anything is decided on it. The files
 * come back with their true sizes, so a file whose size the channel did not report and that is
 * too large is refused like the others; a message with a file too large gets nothing fetched
 * and nothing kept.
 */
export async function receiveFiles(
  msg: InboundMessage,
  files: Pick<ClientFiles, 'fetch' | 'maxBytes'>,
): Promise<{ attachments: InboundAttachment[]; received: ReceivedFiles }> {
  if (oversizedAttachments(msg.attachments, files.maxBytes).length > 0)
    return { attachments: msg.attachments, received: new Map() };
  const results = await Promise.all(msg.attachments.map((file) => fetchOne(files, msg.channel, file)));
  const attachments = results.map((r) => r.file);
  if (oversizedAttachments(attachments, files.maxBytes).length > 0) return { attachments, received: new Map() };
  return {
    attachments,
    received: new Map(results.flatMap((r) => (r.fetched ? [[r.file.fileId, r.fetched] as const] : []))),
  };
}

export interface KeptFiles {
  /** attachments whose bytes could not be fetched yet: a job retries them */
  pending: string[];
}

/**
 * Records a message's files in the transaction that logs it, not yet linked to a ticket (the
 * flows link them), with the bytes in the store when they were fetched.
 */
export async function keepFiles(
  tx: Tx,
  store: FileStore | undefined,
  message: { clientId: string; messageId: string; channel: Channel; now: Date },
  attachments: readonly InboundAttachment[],
  received: ReceivedFiles,
): Promise<KeptFiles> {
  const pending: string[] = [];
  for (const file of attachments) {
    const got = received.get(file.fileId);
    const fetched = got?.kind === 'fetched' ? got : undefined;
    const row = await tx.attachment.create({
      data: {
        clientId: message.clientId,
        messageId: message.messageId,
        kind: file.kind,
        fileName: file.fileName ?? null,
        mimeType: file.mimeType ?? null,
        sizeBytes: file.sizeBytes ?? null,
        channel: message.channel,
        channelFileId: file.fileId,
        sha256: fetched?.sha256 ?? null,
        storedAt: fetched && store ? message.now : null,
        downloadAttempts: got?.kind === 'failed' ? 1 : 0,
      },
      select: { id: true },
    });
    if (fetched && store) await store.put(tx, row.id, fetched.content);
    if (got?.kind === 'failed') pending.push(row.id);
  }
  return { pending };
}
