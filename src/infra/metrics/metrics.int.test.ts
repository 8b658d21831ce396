import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitedClient, startDelego } from '../../../test/support/delego.js';
import { startFakeOpenAi, type FakeOpenAi } from '../../../test/support/fake-openai.js';
import { eventually, startWorkerApp, type WorkerApp } from '../../../test/support/workers.js';
import { loadConfig } from '../config/index.js';
import { createReminder } from '../../domain/reminders/service.js';
import { listen, type RunningServer } from '../../web/server.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');

/** The value of one series in Prometheus' text format, 0 when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((pair) => present.includes(pair))) return Number(match[3]);
  }
  return 0;
}

async function scrape(url: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`${url}/metrics`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** A browser of the web chat linked to a new client: GET / for the cookie and CSRF token, then the invite code. */
async function linkedWebChat(url: string) {
  const { code } = await invitedClient('it', now);
  let cookie = '';
  const request = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${url}${path}`, {
      ...init,
      redirect: 'manual',
      headers: { cookie, ...(init.headers as Record<string, string> | undefined) },
    });
    const set = res.headers.getSetCookie().find((h) => h.startsWith('delego_session='));
    if (set) cookie = set.split(';')[0]!;
    return res;
  };
  const page = await (await request('/')).text();
  const csrf = /<meta name="csrf-token" content="([^"]+)">/.exec(page)![1]!;
  const linked = await request('/access', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, code }).toString(),
  });
  expect(linked.status).toBe(303);
  return {
    say: async (text: string) => {
      const res = await request('/chat/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ idempotencyKey: randomUUID(), text }),
      });
      expect(res.status).toBe(200);
    },
    request,
  };
}

describe('GET /metrics', () => {
  let openai: FakeOpenAi;
  let app: Awaited<ReturnType<typeof startDelego>>;
  beforeAll(async () => {
    openai = await startFakeOpenAi();
    // The LLM refuses every message, so the rules answer and the fallback is counted.
    openai.setBehaviour({ kind: 'refusal', refusal: 'no' });
    app = await startDelego({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: openai.url }, now);
  });
  afterAll(async () => {
    await app?.stop();
    await openai?.close();
  });

  it('counts a web chat message in and its reply out, times its understanding, and shows the reminder waiting in its queue', async () => {
    const chat = await linkedWebChat(app.url);
    const before = await scrape(app.url);
    await chat.say('Ricordami domani alle 15 di chiamare Rossi');
    await chat.request('/chat/messages?after=0-0');
    const after = await scrape(app.url);

    const moved = (name: string, labels: Record<string, string> = {}) =>
      sample(after, name, labels) - sample(before, name, labels);
    expect(moved('delego_messages_in_total', { channel: 'web' })).toBe(1);
    expect(moved('delego_messages_out_total', { channel: 'web' })).toBe(1);
    expect(moved('delego_understanding_seconds_count', { source: 'rules' })).toBe(1);
    expect(moved('delego_understanding_seconds_sum', { source: 'rules' })).toBeGreaterThan(0);
    expect(moved('delego_understanding_fallbacks_total', { reason: 'refusal' })).toBe(1);
    expect(sample(after, 'delego_queue_jobs', { queue: 'reminders', state: 'delayed' })).toBe(1);
    expect(sample(after, 'delego_queue_jobs', { queue: 'followups', state: 'waiting' })).toBe(0);
    expect(after).toContain('process_cpu_seconds_total');
  });

  it('labels HTTP latency by route pattern, never by the raw URL', async () => {
    const token = randomUUID();
    expect((await fetch(`${app.url}/calendar/${token}.ics`)).status).toBe(404);
    await fetch(`${app.url}/healthz`);
    await fetch(`${app.url}/no/such/${token}`);
    await fetch(`${app.url}/assets/chat.css`);
    const text = await scrape(app.url);
    expect(
      sample(text, 'delego_http_request_duration_seconds_count', {
        method: 'GET',
        route: '/calendar/:token.ics',
        status: '404',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, 'delego_http_request_duration_seconds_count', { method: 'GET', route: '/healthz' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, 'delego_http_request_duration_seconds_count', { method: 'GET', route: 'unmatched', status: '404' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, 'delego_http_request_duration_seconds_count', { method: 'GET', route: '/assets/*', status: '200' }),
    ).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain(token);
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  const token = 'metrics-token-0123456789';
  let app: Awaited<ReturnType<typeof startDelego>>;
  beforeAll(async () => {
    app = await startDelego({ METRICS_TOKEN: token }, now);
  });
  afterAll(() => app?.stop());

  it('answers only the bearer of the token', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789', `Basic ${token}`, `Bearer ${token}x`]) {
      const res = await fetch(`${app.url}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(await res.text()).not.toContain('delego_');
    }
    expect(await scrape(app.url, { authorization: `Bearer ${token}` })).toContain('delego_messages_in_total');
  });

  it('refuses to start with a token too short to be a secret, without echoing it', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short-secret' })).toThrow(
      /^Invalid configuration: METRICS_TOKEN: expected 16-256 printable characters[^\n]*$/,
    );
    expect(() => loadConfig({ METRICS_TOKEN: 'short-secret' })).not.toThrow(/short-secret/);
  });
});

describe('reminder lateness', () => {
  let app: WorkerApp;
  let server: RunningServer;
  beforeAll(async () => {
    app = await startWorkerApp();
    server = await listen(app.delego.web, 0, '127.0.0.1');
  });
  afterAll(async () => {
    await server?.close();
    await app?.stop();
  });

  it('records how late a reminder went out, and the Telegram message it sent', async () => {
    const { client, user } = await app.linkedClient();
    // Due 90 s ago, as after a short outage: it goes out as soon as the workers start.
    const { occurrence } = await createReminder(app.prisma, {
      clientId: client.id,
      text: 'chiamare Rossi',
      firstDueAt: new Date(Date.now() - 90_000),
      tz: 'Europe/Rome',
      explicitTime: true,
    });
    await app.scheduler.schedule(occurrence);
    await app.startWorkers();
    await user.waitForReplies(1, 10_000);

    const url = `http://127.0.0.1:${server.port}`;
    const text = await eventually('the lateness to be recorded', async () => {
      const scraped = await scrape(url);
      return sample(scraped, 'delego_reminder_lateness_seconds_count') === 1 ? scraped : undefined;
    });
    expect(sample(text, 'delego_reminder_lateness_seconds_sum')).toBeGreaterThanOrEqual(90);
    expect(sample(text, 'delego_reminder_lateness_seconds_bucket', { le: '60' })).toBe(0);
    expect(sample(text, 'delego_reminder_lateness_seconds_bucket', { le: '180' })).toBe(1);
    expect(sample(text, 'delego_messages_out_total', { channel: 'telegram' })).toBe(1);
  });
});
