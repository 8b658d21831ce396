import type { Db } from '../../infra/db/types.js';

/**
 * Where the bytes of the files clients send are kept. The attachment row (name, type, size,
 * checksum) is the record; the store holds the bytes under the attachment's id. An
 * implementation outside PostgreSQL must also drop the bytes of a client's attachments when
 * privacy/erase.ts erases them.
 */
export interface FileStore {
  /** keeps the bytes of an attachment; with a transaction, in it */
  put(db: Db, attachmentId: string, content: Buffer): Promise<void>;
  /** the bytes kept for an attachment, or null when none are */
  get(db: Db, attachmentId: string): Promise<Buffer | null>;
}

/**
 * The default store: the bytes in PostgreSQL (attachment_contents), so every process reads
 * them, backups hold them, and deleting the attachment (a GDPR erasure) deletes them in the
 * same transaction.
 */
export const postgresFileStore: FileStore = {
  async put(db, attachmentId, content) {
    await db.attachmentContent.create({ data: { attachmentId, content: new Uint8Array(content) } });
  },
  async get(db, attachmentId) {
    const row = await db.attachmentContent.findUnique({ where: { attachmentId }, select: { content: true } });
    return row ? Buffer.from(row.content) : null;
  },
};
