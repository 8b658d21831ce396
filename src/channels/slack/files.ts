import type { webApi } from '@slack/bolt';
import { DependencyError, ValidationError } from '../../kernel/errors.js';
import { fromSlackError } from './web-api-errors.js';

/** How long one file transfer to or from Slack may take. */
const TRANSFER_TIMEOUT_MS = 60_000;

async function slackCall<T>(method: string, call: () => Promise<T>, context: Record<string, unknown>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw fromSlackError(err, { method, ...context });
  }
}

export interface SlackUpload {
  /** the channel (or DM) the file is shared in */
  channelId: string;
  /** the message whose thread it goes in */
  threadTs?: string | undefined;
  name: string;
  content: Buffer;
  /** the message introducing the file */
  comment?: string | undefined;
}

/**
 * Shares a file in a channel or thread with Slack's upload API: files.getUploadURLExternal,
 * the bytes POSTed to the upload URL it gives, then files.completeUploadExternal. Returns the
 * Slack file id.
 */
export async function uploadToSlack(client: webApi.WebClient, upload: SlackUpload): Promise<string> {
  const context = { channel: upload.channelId, bytes: upload.content.length };
  const target = await slackCall(
    'files.getUploadURLExternal',
    () => client.files.getUploadURLExternal({ filename: upload.name, length: upload.content.length }),
    context,
  );
  if (!target.upload_url || !target.file_id)
    throw new DependencyError('Slack gave no upload URL', { ...context, method: 'files.getUploadURLExternal' });
  const form = new FormData();
  form.append('filename', new Blob([new Uint8Array(upload.content)]), upload.name);
  const posted = await fetch(target.upload_url, {
    method: 'POST',
    body: form,
    signal: AbortSignal.timeout(TRANSFER_TIMEOUT_MS),
  }).catch((err: unknown) => {
    throw new DependencyError('Slack file upload failed', context, { cause: err });
  });
  await posted.arrayBuffer();
  if (!posted.ok) throw new DependencyError(`Slack file upload failed (${posted.status})`, context);
  const files: [{ id: string; title: string }] = [{ id: target.file_id, title: upload.name }];
  const destination = upload.threadTs
    ? { channel_id: upload.channelId, thread_ts: upload.threadTs }
    : { channel_id: upload.channelId };
  await slackCall(
    'files.completeUploadExternal',
    () =>
      client.files.completeUploadExternal({
        files,
        ...destination,
        ...(upload.comment ? { initial_comment: upload.comment } : {}),
      }),
    context,
  );
  return target.file_id;
}

/** A file shared in Slack (a client's DM, an assistant's thread reply), as its bytes and what Slack says of it. */
export interface SlackFileContent {
  name: string;
  mimeType: string;
  content: Buffer;
}

/**
 * The bytes of a file shared in Slack: files.info for its private download URL, then a GET
 * with the bot token. Larger than `maxBytes` is refused (ValidationError with `sizeBytes`).
 */
export async function downloadFromSlack(
  client: webApi.WebClient,
  token: string,
  fileId: string,
  maxBytes: number,
): Promise<SlackFileContent> {
  const { file } = await slackCall('files.info', () => client.files.info({ file: fileId }), { fileId });
  const url = file?.url_private_download ?? file?.url_private;
  if (!file || !url) throw new DependencyError('Slack gave no download URL for the file', { fileId });
  if (file.size !== undefined && file.size > maxBytes)
    throw new ValidationError('Slack file larger than allowed', { sizeBytes: file.size, maxBytes });
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(TRANSFER_TIMEOUT_MS),
  }).catch((err: unknown) => {
    throw new DependencyError('Slack file download failed', { fileId }, { cause: err });
  });
  if (!response.ok) throw new DependencyError(`Slack file download failed (${response.status})`, { fileId });
  const content = Buffer.from(await response.arrayBuffer());
  if (content.length > maxBytes)
    throw new ValidationError('Slack file larger than allowed', { sizeBytes: content.length, maxBytes });
  return { name: file.name ?? fileId, mimeType: file.mimetype ?? 'application/octet-stream', content };
}
