import express, { type Router } from 'express';
import type { Redis } from 'ioredis';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import type { ChannelSender } from '../../kernel/messaging.js';
import type { WebChatDeps } from './context.js';
import { createMailbox, type Mailbox } from './mailbox.js';
import { requireRedis } from './redis-guard.js';
import { createWebChatRouter } from './router.js';
import { createWebSender } from './sender.js';
import { parseUploadKey } from './uploads.js';
import { createSessionSigner, SESSION_MAX_AGE_MS } from './session.js';
import { createSubmissions } from './submissions.js';

export interface WebChannel {
  /** replies to web chat sessions, for Outbound */
  sender: ChannelSender;
  /** the page at / and its endpoints, for the HTTP app */
  router: Router;
  /** the bytes of a file a client attached in the chat (its upload key, see uploads.ts) */
  fetchFile(fileId: string, maxBytes: number): Promise<Buffer>;
}

/** A file attached in the chat sits in the session's mailbox until the pipeline keeps it. */
function fetchUpload(mailbox: Mailbox) {
  return async (fileId: string, maxBytes: number): Promise<Buffer> => {
    const upload = parseUploadKey(fileId);
    const file = upload ? await mailbox.file(upload.chatId, upload.fileId) : null;
    if (!file) throw new NotFoundError('no such file in the web chat', {});
    if (file.content.length > maxBytes)
      throw new ValidationError('web chat file larger than allowed', { sizeBytes: file.content.length, maxBytes });
    return file.content;
  };
}

export interface WebChannelDeps extends Omit<WebChatDeps, 'mailbox' | 'submissions' | 'signer'> {
  redis: Redis;
  /** every Redis key of the web chat starts with it */
  keyPrefix: string;
  /** how long what was said stays on the page: the message retention */
  retentionMs: number;
  /** the key session cookies are signed with (SESSION_SECRET, or the one the server keeps) */
  sessionSecret: () => Promise<Buffer>;
}

/** The web chat channel, with its Redis-backed mailbox (screens and attached files) and submissions. */
export function createWebChannel(deps: WebChannelDeps): WebChannel {
  const { redis, keyPrefix, retentionMs, sessionSecret, ...rest } = deps;
  const mailbox = createMailbox(redis, keyPrefix, { retentionMs, idleMs: SESSION_MAX_AGE_MS, clock: rest.clock });
  const signer = createSessionSigner(sessionSecret);
  return {
    sender: createWebSender(mailbox, rest.clients),
    fetchFile: fetchUpload(mailbox),
    router: express
      .Router()
      .use(requireRedis({ redis, chat: { ...rest, signer }, logger: rest.logger }))
      .use(createWebChatRouter({ ...rest, signer, mailbox, submissions: createSubmissions(redis, keyPrefix) })),
  };
}
