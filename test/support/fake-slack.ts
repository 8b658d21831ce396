import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Slack Web API (there is no maintained emulator): the real WebClient
 * talks to it over HTTP through `slackApiUrl`, every call is recorded, and any method's answer
 * can be overridden. Plus helpers to sign and build the requests Slack sends to the app.
 */

export const FAKE_TEAM_ID = 'T0FAKE';
export const FAKE_BOT_USER_ID = 'U0BOT';
export const FAKE_BOT_ID = 'B0BOT';
export const FAKE_APP_ID = 'A0FAKE';

export interface FakeSlackCall {
  /** Web API method (`chat.postMessage`), or `upload` for the file bytes posted to an upload_url */
  method: string;
  /** form and JSON bodies alike; blocks, attachments, view, files and metadata decoded from JSON */
  body: Record<string, unknown>;
  /** the bearer token the call carried */
  token?: string;
}

export interface FakeSlackReply {
  /** 200 unless set: Slack answers errors as 200 with ok:false, except rate limits (429) */
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Returns the reply to give, or undefined to give the default answer. */
export type FakeSlackHandler = (call: FakeSlackCall) => FakeSlackReply | undefined;

export interface FakeSlackFile {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  size: number;
  content: Buffer;
  /** where the file's bytes are served (GET with `Authorization: Bearer <token>`) */
  url_private_download: string;
}

export interface FakeSlack {
  /** give it to the WebClient as `slackApiUrl`; ends with / */
  apiUrl: string;
  calls: FakeSlackCall[];
  /** resolves with the first call, already recorded or still to come, that matches */
  waitForCall(method: string, predicate?: (call: FakeSlackCall) => boolean, timeoutMs?: number): Promise<FakeSlackCall>;
  /** overrides one method's answer; pass undefined to restore the default */
  respond(method: string, handler: FakeSlackHandler | undefined): void;
  /** a file a user shared, downloadable from its url_private_download (put it in an event's files) */
  addFile(file: { id?: string; name: string; mimetype: string; content: Buffer }): FakeSlackFile;
  /** forgets the recorded calls and the overrides */
  reset(): void;
  close(): Promise<void>;
}

/** A 429 with Retry-After, as Slack answers when a method's rate limit is exceeded. */
export function rateLimited(retryAfterS: number): FakeSlackReply {
  return { status: 429, headers: { 'retry-after': String(retryAfterS) }, body: { ok: false, error: 'ratelimited' } };
}

/** An ok:false answer such as `channel_not_found` or `invalid_auth`. */
export function slackError(error: string): FakeSlackReply {
  return { body: { ok: false, error } };
}

const jsonFields = ['blocks', 'attachments', 'view', 'files', 'metadata'];

function decodeBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType?.startsWith('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  for (const field of jsonFields) {
    const value = body[field];
    if (typeof value === 'string' && value !== '') body[field] = JSON.parse(value);
  }
  return body;
}

async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function bearer(req: IncomingMessage, body: Record<string, unknown>): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length);
  return typeof body.token === 'string' ? body.token : undefined;
}

function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

function sendReply(res: ServerResponse, reply: FakeSlackReply): void {
  res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
  res.end(JSON.stringify(reply.body ?? { ok: true }));
}

interface PostedMessage {
  channel: string;
  ts: string;
  text: string;
  thread_ts?: string;
  blocks?: unknown;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: FakeSlackCall[] = [];
  const overrides = new Map<string, FakeSlackHandler>();
  const waiters = new Set<{
    method: string;
    predicate: (call: FakeSlackCall) => boolean;
    resolve: (call: FakeSlackCall) => void;
  }>();
  const files = new Map<string, FakeSlackFile>();
  const messages: PostedMessage[] = [];
  let counter = 0;
  let origin = '';
  const epoch = Math.floor(Date.now() / 1000);

  const next = () => ++counter;
  // Slack timestamps are "seconds.micros" strings; these increase with every message.
  const nextTs = () => `${epoch}.${String(next()).padStart(6, '0')}`;

  const record = (call: FakeSlackCall) => {
    calls.push(call);
    for (const waiter of waiters) {
      if (waiter.method === call.method && waiter.predicate(call)) {
        waiters.delete(waiter);
        waiter.resolve(call);
      }
    }
  };

  const storeFile = (file: {
    id?: string;
    name: string;
    title?: string;
    mimetype: string;
    content: Buffer;
  }): FakeSlackFile => {
    const id = file.id ?? `F${String(next()).padStart(8, '0')}`;
    const stored: FakeSlackFile = {
      id,
      name: file.name,
      title: file.title ?? file.name,
      mimetype: file.mimetype,
      size: file.content.length,
      content: file.content,
      url_private_download: `${origin}/files/${id}/${encodeURIComponent(file.name)}`,
    };
    files.set(id, stored);
    return stored;
  };

  const fileInfo = (file: FakeSlackFile) => ({
    id: file.id,
    name: file.name,
    title: file.title,
    mimetype: file.mimetype,
    size: file.size,
    url_private_download: file.url_private_download,
  });

  const defaults: Record<string, (call: FakeSlackCall) => unknown> = {
    'auth.test': () => ({
      ok: true,
      url: 'https://fake.slack.test/',
      team: 'Fake',
      user: 'delego',
      team_id: FAKE_TEAM_ID,
      user_id: FAKE_BOT_USER_ID,
      bot_id: FAKE_BOT_ID,
    }),
    'chat.postMessage': ({ body }) => {
      const message: PostedMessage = {
        channel: str(body.channel),
        ts: nextTs(),
        text: str(body.text),
        blocks: body.blocks,
      };
      if (typeof body.thread_ts === 'string') message.thread_ts = body.thread_ts;
      messages.push(message);
      return {
        ok: true,
        channel: message.channel,
        ts: message.ts,
        message: { type: 'message', user: FAKE_BOT_USER_ID, bot_id: FAKE_BOT_ID, ...message },
      };
    },
    'chat.update': ({ body }) => ({ ok: true, channel: str(body.channel), ts: str(body.ts), text: str(body.text) }),
    'chat.postEphemeral': () => ({ ok: true, message_ts: nextTs() }),
    'chat.getPermalink': ({ body }) => ({
      ok: true,
      channel: str(body.channel),
      permalink: `https://fake.slack.test/archives/${str(body.channel)}/p${str(body.message_ts).replace('.', '')}`,
    }),
    'conversations.open': ({ body }) => ({
      ok: true,
      channel: { id: `D${str(body.users).replace(/[^A-Z0-9]/g, '')}` },
    }),
    'conversations.replies': ({ body }) => ({
      ok: true,
      has_more: false,
      messages: messages.filter(
        (m) => m.channel === str(body.channel) && (m.ts === str(body.ts) || m.thread_ts === str(body.ts)),
      ),
    }),
    'users.info': ({ body }) => {
      const id = str(body.user);
      return {
        ok: true,
        user: {
          id,
          team_id: FAKE_TEAM_ID,
          name: id.toLowerCase(),
          real_name: `User ${id}`,
          tz: 'Europe/Rome',
          locale: 'it-IT',
          is_bot: false,
          profile: { real_name: `User ${id}`, display_name: id.toLowerCase() },
        },
      };
    },
    'views.open': ({ body }) => ({
      ok: true,
      view: { id: `V${next()}`, hash: `h${next()}`, ...(body.view as object) },
    }),
    'views.update': ({ body }) => ({
      ok: true,
      view: { id: str(body.view_id, `V${next()}`), hash: `h${next()}`, ...(body.view as object) },
    }),
    'files.getUploadURLExternal': ({ body }) => {
      const file = storeFile({
        name: str(body.filename, 'file'),
        mimetype: 'application/octet-stream',
        content: Buffer.alloc(0),
      });
      return { ok: true, upload_url: `${origin}/upload/${file.id}`, file_id: file.id };
    },
    'files.completeUploadExternal': ({ body }) => {
      const completed = Array.isArray(body.files) ? (body.files as Array<{ id?: string; title?: string }>) : [];
      return {
        ok: true,
        files: completed.map((entry) => {
          const file = files.get(str(entry.id));
          if (!file) return { id: str(entry.id) };
          if (entry.title) file.title = entry.title;
          return fileInfo(file);
        }),
      };
    },
    'files.info': ({ body }) => {
      const file = files.get(str(body.file));
      return file ? { ok: true, file: fileInfo(file) } : { ok: false, error: 'file_not_found' };
    },
  };

  const answerMethod = (method: string, call: FakeSlackCall): FakeSlackReply => {
    const override = overrides.get(method)?.(call);
    if (override) return override;
    const answer = defaults[method];
    return { body: answer ? answer(call) : { ok: false, error: 'unknown_method' } };
  };

  // Slack takes the bytes raw or as multipart/form-data (the WebClient's `body` field, curl's `filename`).
  const uploadedBytes = async (req: IncomingMessage, raw: Buffer): Promise<Buffer> => {
    const contentType = req.headers['content-type'] ?? '';
    if (!contentType.startsWith('multipart/form-data')) return raw;
    const form = await new Request('http://fake/upload', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: raw,
    }).formData();
    const part = [...form.values()][0];
    return part instanceof Blob ? Buffer.from(await part.arrayBuffer()) : Buffer.from(String(part ?? ''));
  };

  const answerUpload = async (req: IncomingMessage, res: ServerResponse, fileId: string, raw: Buffer) => {
    const content = await uploadedBytes(req, raw);
    const file = files.get(fileId);
    const call: FakeSlackCall = {
      method: 'upload',
      body: { file_id: fileId, filename: file?.name, size: content.length, content },
    };
    const token = bearer(req, {});
    if (token !== undefined) call.token = token;
    if (file) {
      file.content = content;
      file.size = content.length;
    }
    record(call);
    const override = overrides.get('upload')?.(call);
    if (override) return sendReply(res, override);
    res.writeHead(file ? 200 : 404, { 'content-type': 'text/plain' });
    res.end(file ? `OK - ${content.length}` : 'no such upload');
  };

  const answerDownload = (req: IncomingMessage, res: ServerResponse, fileId: string) => {
    const file = files.get(fileId);
    if (!req.headers.authorization?.startsWith('Bearer ') || !file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': file.mimetype, 'content-length': String(file.size) });
    res.end(file.content);
  };

  const server = createServer((req, res) => {
    readRaw(req)
      .then(async (raw) => {
        const path = new URL(req.url ?? '/', 'http://fake').pathname;
        const segments = path.split('/').filter(Boolean);
        if (req.method === 'POST' && segments[0] === 'upload' && segments[1])
          return answerUpload(req, res, segments[1], raw);
        if (req.method === 'GET' && segments[0] === 'files' && segments[1])
          return answerDownload(req, res, segments[1]);
        if (req.method === 'POST' && segments[0] === 'api' && segments[1]) {
          const body = decodeBody(raw.toString('utf8'), req.headers['content-type']);
          const call: FakeSlackCall = { method: segments[1], body };
          const token = bearer(req, body);
          if (token !== undefined) call.token = token;
          record(call);
          return sendReply(res, answerMethod(segments[1], call));
        }
        return sendReply(res, { status: 404, body: { ok: false, error: 'not_found' } });
      })
      .catch((err: unknown) =>
        sendReply(res, { status: 400, body: { ok: false, error: 'invalid_request', detail: String(err) } }),
      );
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${origin}/api/`,
    calls,
    waitForCall(method, predicate = () => true, timeoutMs = 5_000) {
      const found = calls.find((call) => call.method === method && predicate(call));
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = {
          method,
          predicate,
          resolve: (call: FakeSlackCall) => {
            clearTimeout(timer);
            resolve(call);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(
            new Error(
              `fake Slack: no ${method} call within ${timeoutMs} ms (calls so far: ${calls.map((c) => c.method).join(', ') || 'none'})`,
            ),
          );
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    respond(method, handler) {
      if (handler) overrides.set(method, handler);
      else overrides.delete(method);
    },
    addFile: (file) => storeFile(file),
    reset() {
      calls.length = 0;
      overrides.clear();
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

/* ---------- requests from Slack to the app ---------- */

/** The headers Slack adds: v0 HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret. */
export function signSlackRequest(
  signingSecret: string,
  rawBody: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex');
  return { 'x-slack-signature': `v0=${signature}`, 'x-slack-request-timestamp': String(timestamp) };
}

/** Events API deliveries are JSON; interactions and slash commands are form-encoded. */
export type SlackAppBody = { json: unknown } | { form: Record<string, string> };

/** Interactions (block_actions, view_submission) arrive as a form with one `payload` field. */
export function interactionBody(payload: unknown): SlackAppBody {
  return { form: { payload: JSON.stringify(payload) } };
}

export function encodeSlackBody(body: SlackAppBody): { rawBody: string; contentType: string } {
  return 'json' in body
    ? { rawBody: JSON.stringify(body.json), contentType: 'application/json' }
    : { rawBody: new URLSearchParams(body.form).toString(), contentType: 'application/x-www-form-urlencoded' };
}

export interface PostSignedOptions {
  /** X-Slack-Retry-Num, as on Slack's redeliveries */
  retryNum?: number;
  timestamp?: number;
  /** sign with this secret instead (a forged request) */
  signWith?: string;
}

/** POSTs a body to the app the way Slack does, signed with the signing secret. */
export function postSigned(
  url: string,
  signingSecret: string,
  body: SlackAppBody,
  options: PostSignedOptions = {},
): Promise<Response> {
  const { rawBody, contentType } = encodeSlackBody(body);
  const headers: Record<string, string> = {
    'content-type': contentType,
    ...signSlackRequest(options.signWith ?? signingSecret, rawBody, options.timestamp),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_error';
  }
  return fetch(url, { method: 'POST', headers, body: rawBody });
}

let sequence = 0;
/** Event ids are the conversation's idempotency keys in the run's shared database: unique across test files. */
const runTag = randomUUID().slice(0, 8).toUpperCase();
const uniqueTs = () => `${Math.floor(Date.now() / 1000)}.${String(++sequence).padStart(6, '0')}`;

export interface MessageEventOptions {
  text?: string;
  user?: string;
  /** a DM channel (D...) by default */
  channel?: string;
  channelType?: 'im' | 'channel' | 'group' | 'mpim';
  ts?: string;
  threadTs?: string;
  eventId?: string;
  subtype?: string;
  botId?: string;
  files?: unknown[];
}

/** An Events API `event_callback` envelope carrying a message event. */
export function messageEventEnvelope(options: MessageEventOptions = {}): Record<string, unknown> {
  const ts = options.ts ?? uniqueTs();
  const event: Record<string, unknown> = {
    type: 'message',
    channel: options.channel ?? 'D0CLIENT',
    channel_type: options.channelType ?? 'im',
    text: options.text ?? '',
    ts,
    event_ts: ts,
    team: FAKE_TEAM_ID,
  };
  if (options.user !== undefined || options.botId === undefined) event.user = options.user ?? 'U0CLIENT';
  if (options.threadTs !== undefined) event.thread_ts = options.threadTs;
  if (options.subtype !== undefined) event.subtype = options.subtype;
  if (options.botId !== undefined) event.bot_id = options.botId;
  if (options.files !== undefined) event.files = options.files;
  return {
    token: 'fake-verification-token',
    team_id: FAKE_TEAM_ID,
    api_app_id: FAKE_APP_ID,
    event,
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${runTag}${String(++sequence).padStart(8, '0')}`,
    event_time: Math.floor(Number(ts)),
    authorizations: [
      {
        enterprise_id: null,
        team_id: FAKE_TEAM_ID,
        user_id: FAKE_BOT_USER_ID,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}

export interface BlockActionsOptions {
  actionId: string;
  value?: string;
  user?: string;
  channel?: string;
  /** ts of the message that carries the button */
  messageTs?: string;
  /** set when that message is inside a thread */
  threadTs?: string;
  actionTs?: string;
  blockId?: string;
}

/** A block_actions payload (a button pressed); post it with interactionBody(). */
export function blockActionsPayload(options: BlockActionsOptions): Record<string, unknown> {
  const user = options.user ?? 'U0CLIENT';
  const channel = options.channel ?? 'D0CLIENT';
  const messageTs = options.messageTs ?? uniqueTs();
  const container: Record<string, unknown> = {
    type: 'message',
    message_ts: messageTs,
    channel_id: channel,
    is_ephemeral: false,
  };
  const message: Record<string, unknown> = {
    type: 'message',
    ts: messageTs,
    user: FAKE_BOT_USER_ID,
    bot_id: FAKE_BOT_ID,
    text: '',
  };
  if (options.threadTs !== undefined) {
    container.thread_ts = options.threadTs;
    message.thread_ts = options.threadTs;
  }
  return {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: FAKE_TEAM_ID },
    api_app_id: FAKE_APP_ID,
    token: 'fake-verification-token',
    container,
    trigger_id: `${++sequence}.trigger`,
    team: { id: FAKE_TEAM_ID, domain: 'fake' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: channel.startsWith('D') ? 'directmessage' : 'desk' },
    message,
    state: { values: {} },
    response_url: 'https://fake.slack.test/response',
    actions: [
      {
        action_id: options.actionId,
        block_id: options.blockId ?? 'block',
        text: { type: 'plain_text', text: 'button', emoji: true },
        value: options.value ?? '',
        type: 'button',
        action_ts: options.actionTs ?? uniqueTs(),
      },
    ],
  };
}

export interface SlashCommandOptions {
  command: string;
  text?: string;
  user?: string;
  channel?: string;
}

/** A slash command as Slack posts it (form fields). */
export function slashCommandBody(options: SlashCommandOptions): SlackAppBody {
  const user = options.user ?? 'U0ASSISTANT';
  return {
    form: {
      token: 'fake-verification-token',
      team_id: FAKE_TEAM_ID,
      team_domain: 'fake',
      channel_id: options.channel ?? 'C0DESK',
      channel_name: 'desk',
      user_id: user,
      user_name: user.toLowerCase(),
      command: options.command,
      text: options.text ?? '',
      api_app_id: FAKE_APP_ID,
      is_enterprise_install: 'false',
      response_url: 'https://fake.slack.test/commands/response',
      trigger_id: `${++sequence}.trigger`,
    },
  };
}

export interface ViewSubmissionOptions {
  callbackId: string;
  /** state.values: block_id -> action_id -> element state, e.g. { note: { text: { type: 'plain_text_input', value: 'ok' } } } */
  values?: Record<string, Record<string, unknown>>;
  privateMetadata?: string;
  user?: string;
  viewId?: string;
}

/** A view_submission payload (a modal submitted); post it with interactionBody(). */
export function viewSubmissionPayload(options: ViewSubmissionOptions): Record<string, unknown> {
  const user = options.user ?? 'U0ASSISTANT';
  return {
    type: 'view_submission',
    team: { id: FAKE_TEAM_ID, domain: 'fake' },
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: FAKE_TEAM_ID },
    api_app_id: FAKE_APP_ID,
    token: 'fake-verification-token',
    trigger_id: `${++sequence}.trigger`,
    view: {
      id: options.viewId ?? `V${++sequence}`,
      team_id: FAKE_TEAM_ID,
      type: 'modal',
      callback_id: options.callbackId,
      private_metadata: options.privateMetadata ?? '',
      state: { values: options.values ?? {} },
      hash: `h${sequence}`,
      title: { type: 'plain_text', text: 'Modal' },
      blocks: [],
      app_id: FAKE_APP_ID,
      bot_id: FAKE_BOT_ID,
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

export interface BlockSuggestionOptions {
  actionId: string;
  blockId: string;
  /** what the user typed in the select */
  value: string;
  user?: string;
  /** the modal the select is in */
  callbackId?: string;
}

/**
 * A block_suggestion payload: Slack asks the app for an external_select's options as the user
 * types; post it with interactionBody(), the answer's JSON holds the options.
 */
export function blockSuggestionPayload(options: BlockSuggestionOptions): Record<string, unknown> {
  const user = options.user ?? 'U0ASSISTANT';
  const viewId = `V${++sequence}`;
  return {
    type: 'block_suggestion',
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: FAKE_TEAM_ID },
    container: { type: 'view', view_id: viewId },
    api_app_id: FAKE_APP_ID,
    token: 'fake-verification-token',
    action_id: options.actionId,
    block_id: options.blockId,
    value: options.value,
    team: { id: FAKE_TEAM_ID, domain: 'fake' },
    view: {
      id: viewId,
      team_id: FAKE_TEAM_ID,
      type: 'modal',
      callback_id: options.callbackId ?? '',
      private_metadata: '',
      state: { values: {} },
      hash: `h${sequence}`,
      blocks: [],
      app_id: FAKE_APP_ID,
      bot_id: FAKE_BOT_ID,
    },
    is_enterprise_install: false,
    enterprise: null,
  };
}
