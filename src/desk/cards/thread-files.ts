import type { webApi } from '@slack/bolt';
import { escapeSlackText } from '../../channels/slack/blocks.js';
import { uploadToSlack } from '../../channels/slack/files.js';
import { fileNameOf } from '../../domain/files/names.js';
import type { FileStore } from '../../domain/files/store.js';
import type { PrismaClient } from '../../infra/db/types.js';
import type { Logger } from '../../infra/logger.js';
import type { DeskCatalog } from '../../i18n/desk-catalog.js';

export interface ThreadFilesDeps {
  prisma: PrismaClient;
  client: webApi.WebClient;
  store: FileStore;
  logger: Logger;
  texts: DeskCatalog;
}

/** A long transcript is cut to what reads well above the file. */
const COMMENT_CHARS = 3000;

type FileRow = {
  kind: 'document' | 'photo' | 'voice' | 'audio' | 'video';
  fileName: string | null;
  mimeType: string | null;
  message: { kind: string; body: string | null } | null;
};

/** What introduces a file in the thread: who sent it, and for a voice note what it says (or that nobody transcribed it). */
function commentOf(file: FileRow, client: string, texts: DeskCatalog['files']): string {
  const who = escapeSlackText(client);
  const voice = file.kind === 'voice' || file.kind === 'audio';
  if (voice && file.message?.kind === 'voice') {
    const transcript = (file.message.body ?? '').trim();
    if (transcript === '') return texts.voiceToListen(who);
    const cut = transcript.length > COMMENT_CHARS ? `${transcript.slice(0, COMMENT_CHARS)}…` : transcript;
    return texts.voiceTranscript(who, escapeSlackText(cut));
  }
  return texts.clientSent(who, escapeSlackText(fileNameOf(file)));
}

async function uploadPending(deps: ThreadFilesDeps, ticketId: string): Promise<boolean> {
  const ticket = await deps.prisma.ticket.findUnique({
    where: { id: ticketId },
    select: {
      slackChannel: true,
      slackTs: true,
      client: { select: { name: true } },
      attachments: {
        where: { storedAt: { not: null }, slackFileId: null },
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          kind: true,
          fileName: true,
          mimeType: true,
          message: { select: { kind: true, body: true } },
        },
      },
    },
  });
  if (!ticket?.slackChannel || !ticket.slackTs) return false;
  for (const file of ticket.attachments) {
    const content = await deps.store.get(deps.prisma, file.id);
    if (!content) continue;
    const slackFileId = await uploadToSlack(deps.client, {
      channelId: ticket.slackChannel,
      threadTs: ticket.slackTs,
      name: fileNameOf(file),
      content,
      comment: commentOf(file, ticket.client.name, deps.texts.files),
    });
    await deps.prisma.attachment.update({ where: { id: file.id }, data: { slackFileId } });
    deps.logger.info(
      { ticketId, attachmentId: file.id, bytes: content.length },
      'client file shown in the desk thread',
    );
  }
  return true;
}

/**
 * The client's files in the ticket card's thread, each uploaded once (its Slack file id is
 * kept), in the order they came, a voice note with its transcript. Files not downloaded yet
 * follow when they are. Uploads of one ticket run one after the other in this process.
 */
export function createThreadFiles(deps: ThreadFilesDeps) {
  const running = new Map<string, Promise<boolean>>();

  /** false, with nothing uploaded, while the ticket has no card */
  return function uploadFiles(ticketId: string): Promise<boolean> {
    const previous = running.get(ticketId) ?? Promise.resolve(true);
    const next = previous.catch(() => true).then(() => uploadPending(deps, ticketId));
    running.set(ticketId, next);
    void next
      .catch(() => undefined)
      .finally(() => {
        if (running.get(ticketId) === next) running.delete(ticketId);
      });
    return next;
  };
}
