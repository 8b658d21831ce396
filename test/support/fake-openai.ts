import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What POST /v1/chat/completions does next. */
export type FakeChatBehaviour =
  /** a Structured Outputs answer: the object, serialized, as the assistant message content */
  | { kind: 'answer'; content: unknown }
  /** the assistant message content exactly as given (malformed or schema-violating JSON) */
  | { kind: 'raw'; content: string }
  | { kind: 'refusal'; refusal: string }
  /** wait, then behave as `then` (a delay beyond the client's timeout makes it give up) */
  | { kind: 'delay'; ms: number; then: FakeChatBehaviour }
  | { kind: 'rate_limited'; retryAfterS: number }
  | { kind: 'server_error' };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** parsed JSON body, or the raw text of any other body (multipart uploads) */
  body: unknown;
}

export interface FakeOpenAi {
  /** base URL to give the SDK, ending in /v1 */
  url: string;
  setBehaviour(behaviour: FakeChatBehaviour): void;
  /** the text POST /v1/audio/transcriptions answers */
  setTranscript(text: string): void;
  /** while true, POST /v1/audio/transcriptions fails with a server error */
  failTranscriptions(fail: boolean): void;
  /** every request received, in order */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function completion(message: { content: string | null; refusal: string | null }): unknown {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: 'fake-model',
    choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function apiError(message: string, type: string): unknown {
  return { error: { message, type, param: null, code: null } };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A local OpenAI-compatible server for tests: the real SDK talks to it over real HTTP. */
export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  // Until a test sets one, chat requests fail like an unavailable API.
  let behaviour: FakeChatBehaviour = { kind: 'server_error' };
  let transcript = '';
  let transcriptionsFail = false;
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const answerChat = (res: ServerResponse, current: FakeChatBehaviour): void => {
    switch (current.kind) {
      case 'answer':
        return sendJson(res, 200, completion({ content: JSON.stringify(current.content), refusal: null }));
      case 'raw':
        return sendJson(res, 200, completion({ content: current.content, refusal: null }));
      case 'refusal':
        return sendJson(res, 200, completion({ content: null, refusal: current.refusal }));
      case 'delay': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) answerChat(res, current.then);
        }, current.ms);
        timers.add(timer);
        return;
      }
      case 'rate_limited':
        return sendJson(res, 429, apiError('Rate limit reached', 'requests'), {
          'retry-after': String(current.retryAfterS),
        });
      case 'server_error':
        return sendJson(res, 500, apiError('The server had an error', 'server_error'));
    }
  };

  const server = createServer((req, res) => {
    readBody(req)
      .then((text) => {
        const path = new URL(req.url ?? '/', 'http://fake').pathname;
        const isJson = req.headers['content-type']?.startsWith('application/json') === true;
        requests.push({
          method: req.method ?? '',
          path,
          headers: req.headers,
          body: isJson && text !== '' ? JSON.parse(text) : text,
        });
        if (req.method === 'POST' && path === '/v1/chat/completions') return answerChat(res, behaviour);
        if (req.method === 'POST' && path === '/v1/audio/transcriptions') {
          return transcriptionsFail
            ? sendJson(res, 500, apiError('The server had an error', 'server_error'))
            : sendJson(res, 200, { text: transcript });
        }
        return sendJson(res, 404, apiError(`No route ${req.method ?? ''} ${path}`, 'invalid_request_error'));
      })
      .catch((err: unknown) => sendJson(res, 400, apiError(String(err), 'invalid_request_error')));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    setBehaviour(next) {
      behaviour = next;
    },
    setTranscript(text) {
      transcript = text;
    },
    failTranscriptions(fail) {
      transcriptionsFail = fail;
    },
    requests,
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
