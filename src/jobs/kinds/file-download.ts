import type { Queue } from 'bullmq';
import { z } from 'zod';
import { DOWNLOAD_WINDOW_MS, downloadPending, pendingDownloads } from '../../domain/files/download.js';
import { done, QUEUE_FOLLOWUPS, type DueJob, type JobKind } from '../kind.js';
import { scheduleJob } from '../schedule.js';

/**
 * A client's file whose download failed when it arrived (the channel down, a timeout): fetched
 * again with the delivery retries (9 attempts, doubling from 2 s), then by the reconciler while
 * the file is recent. Once kept, the desk shows it in the ticket's thread.
 */
const fileDownloadJobSchema = z.object({ kind: z.literal('file_download'), attachmentId: z.uuid() });
export type FileDownloadJob = z.infer<typeof fileDownloadJobSchema>;

const dueJob = (attachmentId: string, at: Date): DueJob<FileDownloadJob> => ({
  payload: { kind: 'file_download', attachmentId },
  at,
});

export const fileDownloadKind: JobKind<FileDownloadJob> = {
  name: 'file_download',
  queue: QUEUE_FOLLOWUPS,
  schema: fileDownloadJobSchema,
  jobId: (payload) => `file-${payload.attachmentId}`,
  async due(deps, now) {
    const pending = await pendingDownloads(deps.prisma, new Date(now.getTime() - DOWNLOAD_WINDOW_MS));
    return pending.map(({ id, at }) => dueJob(id, at));
  },
  async run(deps, { attachmentId }) {
    if (!deps.files) return done('no_file_access');
    const outcome = await downloadPending(deps.prisma, deps.files, attachmentId, deps.clock());
    deps.logger.info({ attachmentId, outcome: outcome.kind }, 'file download retried');
    if (outcome.kind === 'stored' && outcome.ticketId)
      await deps.publish?.([{ type: 'ticket_files_added', ticketId: outcome.ticketId, key: attachmentId }]);
    return done(outcome.kind);
  },
};

/** Puts a failed download on the clock at once (its job id is the file's, so twice is once). */
export function createFileDownloads(deps: { queue: Queue; clock: () => Date }) {
  return async (attachmentId: string): Promise<void> => {
    const now = deps.clock();
    await scheduleJob(deps.queue, fileDownloadKind, dueJob(attachmentId, now), now);
  };
}
