import type { PrismaClient } from '../../infra/db/types.js';
import { ValidationError } from '../../kernel/errors.js';
import { sha256Hex, type ClientFiles } from './receive.js';

/** Files not fetched within this time after they were sent, or after this many tries, are no longer tried. */
export const DOWNLOAD_WINDOW_MS = 2 * 24 * 3600_000;
export const MAX_DOWNLOAD_ATTEMPTS = 100;

export type DownloadOutcome =
  { kind: 'stored'; ticketId: string | null } | { kind: 'already_stored' | 'gone' | 'too_large' };

/** Files whose bytes are still to be fetched, sent since `since`: the reconciler keeps a job for each. */
export async function pendingDownloads(prisma: PrismaClient, since: Date): Promise<{ id: string; at: Date }[]> {
  const rows = await prisma.attachment.findMany({
    where: {
      storedAt: null,
      channel: { not: null },
      channelFileId: { not: null },
      createdAt: { gte: since },
      downloadAttempts: { lt: MAX_DOWNLOAD_ATTEMPTS },
    },
    select: { id: true, createdAt: true },
    orderBy: { createdAt: 'asc' },
    take: 500,
  });
  return rows.map((row) => ({ id: row.id, at: row.createdAt }));
}

/**
 * Fetches again a file whose download failed when it arrived, and keeps it. A failure counts
 * the attempt and is thrown, so the job tries again later; a file kept meanwhile, or erased
 * with its client, is left be.
 */
export async function downloadPending(
  prisma: PrismaClient,
  files: ClientFiles,
  attachmentId: string,
  now: Date,
): Promise<DownloadOutcome> {
  const file = await prisma.attachment.findUnique({
    where: { id: attachmentId },
    select: { channel: true, channelFileId: true, storedAt: true, ticketId: true },
  });
  if (!file?.channel || !file.channelFileId) return { kind: 'gone' };
  if (file.storedAt) return { kind: 'already_stored' };
  let content: Buffer;
  try {
    content = await files.fetch(file.channel, file.channelFileId, files.maxBytes);
  } catch (err) {
    const size = err instanceof ValidationError ? err.context.sizeBytes : undefined;
    // A file too large will not shrink: it is not tried again, and stays listed as not downloaded.
    const data =
      typeof size === 'number'
        ? { downloadAttempts: MAX_DOWNLOAD_ATTEMPTS, sizeBytes: size }
        : { downloadAttempts: { increment: 1 } };
    await prisma.attachment.update({ where: { id: attachmentId }, data });
    if (typeof size === 'number') return { kind: 'too_large' };
    throw err;
  }
  return prisma.$transaction(async (tx) => {
    const kept = await tx.attachment.updateMany({
      where: { id: attachmentId, storedAt: null },
      data: { storedAt: now, sha256: sha256Hex(content), sizeBytes: content.length },
    });
    if (kept.count === 0) return { kind: 'already_stored' as const };
    await files.store.put(tx, attachmentId, content);
    return { kind: 'stored' as const, ticketId: file.ticketId };
  });
}
