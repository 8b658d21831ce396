import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';

/** A web chat message as the page's script reads it. */
export interface ChatMessage {
  id: string;
  from: 'bot' | 'client';
  text: string;
  buttons?: { label: string; data: string }[][];
  html: string;
}

/** A browser as far as the web chat can tell: one cookie jar, a language, the page's CSRF token. */
export class Browser {
  cookie: string | undefined;
  setCookie: string | undefined;
  csrf = '';

  constructor(
    private readonly base: string,
    private readonly acceptLanguage = 'it-IT,it;q=0.9,en;q=0.8',
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(`${this.base}${path}`, {
      ...init,
      redirect: 'manual',
      headers: {
        'accept-language': this.acceptLanguage,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
    for (const header of res.headers.getSetCookie()) {
      const pair = header.split(';')[0]!;
      if (pair.startsWith('delego_session=')) {
        this.cookie = pair;
        this.setCookie = header;
      }
    }
    return res;
  }

  /** GET / as a page load: keeps the CSRF token the page carries. */
  async open(): Promise<string> {
    const res = await this.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    this.csrf = /<meta name="csrf-token" content="([^"]+)">/.exec(html)?.[1] ?? '';
    return html;
  }

  /** A plain HTML form post, as without JavaScript. */
  submitForm(path: string, fields: Record<string, string>): Promise<Response> {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: this.csrf, ...fields }).toString(),
    });
  }

  /** What chat.js posts. */
  post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return this.request('/chat/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': this.csrf, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  async say(text: string, key = randomUUID()): Promise<Response> {
    const res = await this.post({ idempotencyKey: key, text });
    expect(res.status).toBe(200);
    return res;
  }

  async press(data: string): Promise<void> {
    expect((await this.post({ idempotencyKey: randomUUID(), action: { data } })).status).toBe(200);
  }

  async messages(after = '0-0'): Promise<ChatMessage[]> {
    const res = await this.request(`/chat/messages?after=${after}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { messages: ChatMessage[] }).messages;
  }

  async lastReply(): Promise<ChatMessage> {
    const bot = (await this.messages()).filter((m) => m.from === 'bot');
    return bot.at(-1)!;
  }

  async linkWithCode(code: string): Promise<void> {
    await this.open();
    const res = await this.submitForm('/access', { code });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  }
}
