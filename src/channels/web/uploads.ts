import { randomUUID } from 'node:crypto';
import express, { type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import type { WebClients } from '../../domain/demo/web-clients.js';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { t } from '../../i18n/catalog.js';
import type { AttachmentKind, InboundMessage } from '../../kernel/messaging.js';
import type { Lang } from '../../understanding/contract.js';
import type { Mailbox } from './mailbox.js';
import { validCsrfToken, type SessionSigner, type WebSession } from './session.js';
import type { Submissions } from './submissions.js';

/**
 * A file attached in the web chat (`POST /chat/files`, multipart: `file`, `idempotencyKey`,
 * `_csrf`, from the page's attach button or its script). The bytes wait in the session's
 * mailbox, shown in the chat as the client's message, and reach the pipeline as an attachment
 * whose file id is the upload key; the pipeline fetches and keeps them like any channel's file.
 * A file over the limit is refused at once, in the client's language, and nothing is kept.
 */
export interface UploadDeps {
  handle: (msg: InboundMessage) => Promise<void>;
  mailbox: Mailbox;
  submissions: Submissions;
  clients: WebClients;
  /** only sessions the server minted may attach files */
  signer: SessionSigner;
  clock: () => Date;
  /** MAX_ATTACHMENT_MB in bytes (the web chat keeps at most 20 MB per file) */
  maxBytes: number;
}

/** Room for the form's other fields and the multipart framing around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
const idempotencyKey = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);
const uploadKeyPattern = /^([0-9a-f]{64})\.([0-9a-f-]{36})$/;

/** The file id the pipeline sees: the session's chat and the file in its mailbox. */
export const uploadKey = (chatId: string, fileId: string): string => `${chatId}.${fileId}`;

export function parseUploadKey(key: string): { chatId: string; fileId: string } | null {
  const match = uploadKeyPattern.exec(key);
  return match ? { chatId: match[1]!, fileId: match[2]! } : null;
}

export function attachmentKindOf(mimeType: string): AttachmentKind {
  if (mimeType.startsWith('image/')) return 'photo';
  if (mimeType.startsWith('audio/')) return 'audio';
  if (mimeType.startsWith('video/')) return 'video';
  return 'document';
}

/** The name as the browser gave it, without any path, within 200 characters. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return (base || 'file').slice(0, 200);
}

interface Upload {
  session: WebSession;
  key: string;
  file: File;
}

async function readUpload(deps: UploadDeps, req: Request): Promise<Upload> {
  const session = await deps.signer.fromCookies(req.get('cookie'));
  if (!session) throw new ForbiddenError('no web chat session');
  const body = req.body as unknown;
  if (!Buffer.isBuffer(body)) throw new ValidationError('expected a multipart form with a file');
  const form = await new Response(new Uint8Array(body), {
    headers: { 'content-type': req.get('content-type') ?? '' },
  })
    .formData()
    .catch(() => {
      throw new ValidationError('expected a multipart form with a file');
    });
  if (!validCsrfToken(session, req.get('x-csrf-token') ?? form.get('_csrf')))
    throw new ForbiddenError('missing or wrong CSRF token');
  const key = idempotencyKey.safeParse(form.get('idempotencyKey'));
  const file = form.get('file');
  if (!key.success || !(file instanceof File) || file.size === 0)
    throw new ValidationError('expected {idempotencyKey, file} with a file that is not empty');
  return { session, key: key.data, file };
}

function toMessage(upload: Upload, fileId: string, lang: Lang, receivedAt: Date): InboundMessage {
  const { session, file } = upload;
  const mimeType = file.type || 'application/octet-stream';
  return {
    channel: 'web',
    idempotencyKey: `${session.key}:${upload.key}`,
    externalUserId: session.key,
    chatId: session.key,
    languageHint: lang,
    text: '',
    attachments: [
      {
        kind: attachmentKindOf(mimeType),
        fileId: uploadKey(session.key, fileId),
        fileName: cleanName(file.name),
        mimeType,
        sizeBytes: file.size,
      },
    ],
    receivedAt,
  };
}

/** Too large: said in the client's language (the page's script shows it), nothing kept. */
async function refuseTooLarge(deps: UploadDeps, req: Request, res: Response): Promise<void> {
  const session = await deps.signer.fromCookies(req.get('cookie'));
  const client = session ? await deps.clients.linkedTo(session.key) : null;
  const text = t(client?.lang ?? 'it', 'fileTooLarge', { maxMb: Math.floor(deps.maxBytes / (1024 * 1024)) });
  res.status(413).set({ 'cache-control': 'no-store', connection: 'close' });
  if (req.accepts(['json', 'html']) === 'json') return void res.json({ error: text });
  res.type('text/plain; charset=utf-8').send(text);
}

/** The multipart body as bytes, up to the limit; a larger one is refused without reading it all. */
export function uploadBody(deps: UploadDeps): RequestHandler {
  const raw = express.raw({ type: 'multipart/form-data', limit: deps.maxBytes + FORM_OVERHEAD_BYTES });
  return (req, res, next) => {
    raw(req, res, (err?: unknown) => {
      const status = typeof err === 'object' && err !== null ? (err as { status?: unknown }).status : undefined;
      if (status === 413) return void refuseTooLarge(deps, req, res).catch(next);
      next(err);
    });
  };
}

/** The file goes to the chat as the client's message, then through the pipeline; a repeated key acts once. */
export function postFile(deps: UploadDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const upload = await readUpload(deps, req);
    if (upload.file.size > deps.maxBytes) return refuseTooLarge(deps, req, res);
    const client = await deps.clients.linkedTo(upload.session.key);
    if (!client) throw new ForbiddenError('this browser is not linked to a client');
    const chatId = upload.session.key;
    const first = await deps.submissions.claim(chatId, upload.key);
    if (first) {
      try {
        const fileId = randomUUID();
        const { file } = upload;
        const content = Buffer.from(await file.arrayBuffer());
        const stored = {
          id: fileId,
          name: cleanName(file.name),
          mimeType: file.type || 'application/octet-stream',
          content,
        };
        await deps.mailbox.append(chatId, { from: 'client', text: '', file: stored });
        await deps.handle(toMessage(upload, fileId, client.lang, deps.clock()));
      } catch (err) {
        await deps.submissions.release(chatId, upload.key);
        throw err;
      }
    }
    if (req.accepts(['json', 'html']) !== 'json') return res.redirect(303, '/');
    res.set('cache-control', 'no-store').json({ duplicate: !first });
  };
}
