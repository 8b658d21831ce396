import { randomUUID } from 'node:crypto';
import { expect, inject } from 'vitest';
import { createBackoff } from '../../src/domain/limits/backoff.js';
import type { TrustProxy } from '../../src/infra/config/index.js';
import type { PrismaClient } from '../../src/infra/db/types.js';
import { postgresFileStore } from '../../src/domain/files/store.js';
import { createOutbound } from '../../src/channels/outbound.js';
import { createDeskContext, noSlackCards, noSlackFiles } from '../../src/desk/context.js';
import type { DomainEvent } from '../../src/kernel/events.js';
import { createLogger } from '../../src/infra/logger.js';
import { createRedis } from '../../src/infra/redis/connection.js';
import { createLoginThrottle } from '../../src/web/admin/login-throttle.js';
import { createAdminRouter } from '../../src/web/admin/router.js';
import { addStaffUser } from '../../src/web/admin/staff-users.js';
import { createWebApp, finishWebApp, listen, type RunningServer } from '../../src/web/server.js';
import { testPrisma, uniqueTag } from './db.js';

export const STAFF_PASSWORD = 'correct horse battery staple';

/** A back-office account with a unique email, as `npm run admin -- user add` makes them (in `prisma`, default the run's database). */
export async function createStaff(
  role: 'admin' | 'assistant',
  password = STAFF_PASSWORD,
  prisma: PrismaClient = testPrisma(),
) {
  const email = `${role}-${uniqueTag()}@agency.example`;
  const user = await addStaffUser(prisma, {
    email,
    name: `${role === 'admin' ? 'Owner' : 'Giulia'} ${uniqueTag()}`,
    role,
    password,
  });
  return { ...user, password };
}

export interface BackOfficeOptions {
  clock: () => Date;
  publicUrl?: string;
  trustProxy?: TrustProxy;
  /** the login throttle's Redis keys; servers given the same one stand for processes of one deployment */
  throttlePrefix?: string;
  /** the desk's language on the back-office when neither the page nor the browser names one */
  deskLang?: 'it' | 'en';
  /** every domain event the back-office's desk acts publish goes here too */
  published?: DomainEvent[];
  /** how often an open ticket page looks for changes (ms) */
  livePollMs?: number;
}

/** The back-office alone (createAdminRouter, as wiring mounts it) on the run's database and Redis, served over HTTP. */
export async function serveBackOffice(options: BackOfficeOptions): Promise<RunningServer> {
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent', pretty: false });
  const redis = createRedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  await redis.ping();
  const keyPrefix = options.throttlePrefix ?? `${inject('redisPrefix')}login-${randomUUID()}:`;
  const backoff = createBackoff({ name: 'login', redis, keyPrefix, maxTracked: 10_000, failOpen: true, logger });
  const web = createWebApp({
    logger,
    health: { postgres: async () => true, redis: async () => true },
    trustProxy: options.trustProxy,
  });
  web.use(
    '/admin',
    createAdminRouter({
      prisma: testPrisma(),
      logger,
      clock: options.clock,
      publicUrl: options.publicUrl,
      tz: 'Europe/Rome',
      defaultLang: 'it',
      deskLang: options.deskLang ?? 'it',
      telegramBotUsername: async () => 'DelegoTestBot',
      loginThrottle: createLoginThrottle({ backoff, redis, keyPrefix, logger }),
      files: postgresFileStore,
      desk: createDeskContext({
        prisma: testPrisma(),
        // no channel is on: a message to a client is not delivered
        outbound: createOutbound({}),
        clock: options.clock,
        logger,
        lang: options.deskLang ?? 'it',
        publish: async (events) => void options.published?.push(...events),
        files: { store: postgresFileStore, download: noSlackFiles, maxBytes: 10 * 1024 * 1024 },
        cards: noSlackCards,
      }),
      livePollMs: options.livePollMs,
    }),
  );
  finishWebApp(web, logger);
  const server = await listen(web, 0, '127.0.0.1');
  return {
    ...server,
    async close() {
      await server.close();
      redis.disconnect();
    },
  };
}

/**
 * A browser of the back-office over plain HTTP: its cookie jar and the CSRF token of the last
 * page. It asks for `acceptLanguage` (English by default, the language tests assert in).
 */
export class StaffBrowser {
  readonly cookies = new Map<string, string>();
  /** the full Set-Cookie headers last received, by cookie name */
  readonly setCookies = new Map<string, string>();
  csrf = '';
  /** sent with every request, e.g. X-Forwarded-For from a proxy in front */
  readonly headers: Record<string, string> = {};

  constructor(
    private readonly base: string,
    private readonly acceptLanguage = 'en',
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${this.base}${path}`, {
      ...init,
      redirect: 'manual',
      headers: {
        'accept-language': this.acceptLanguage,
        ...this.headers,
        ...(cookie ? { cookie } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
    for (const header of res.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      this.setCookies.set(name, header);
      if (value === '' || /Expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /** GET a page; keeps the CSRF token its forms carry. */
  async page(path: string): Promise<{ status: number; html: string; location: string | null }> {
    const res = await this.request(path);
    const html = await res.text();
    const token = /name="_csrf" value="([^"]*)"/.exec(html)?.[1];
    if (token) this.csrf = token;
    return { status: res.status, html, location: res.headers.get('location') };
  }

  /** Posts a form with the session's CSRF token unless `_csrf` is given. */
  async submit(
    path: string,
    fields: Record<string, string>,
  ): Promise<{ status: number; html: string; location: string | null }> {
    const res = await this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: this.csrf, ...fields }).toString(),
    });
    return { status: res.status, html: await res.text(), location: res.headers.get('location') };
  }

  /** Opens the login form and posts it; returns the answer to the post. */
  async login(email: string, password: string): Promise<{ status: number; html: string; location: string | null }> {
    const form = await this.page('/admin/login');
    expect(form.status).toBe(200);
    const loginToken = /name="_login" value="([^"]+)"/.exec(form.html)?.[1] ?? '';
    return this.submit('/admin/login', { _login: loginToken, email, password });
  }

  /** Logs in with the right password and loads the board (so the CSRF token is known). */
  async loginOk(email: string, password = STAFF_PASSWORD): Promise<void> {
    const res = await this.login(email, password);
    expect(res.status).toBe(303);
    expect(res.location).toBe('/admin');
    expect((await this.page('/admin')).status).toBe(200);
  }
}

/** A complete settings form as the page posts it, with some fields changed. */
export function settingsFields(changes: Record<string, string | undefined> = {}): Record<string, string> {
  const fields: Record<string, string | undefined> = {
    name: 'Studio Test',
    lang: 'it',
    tz: 'Europe/Rome',
    quietHoursStart: '21:00',
    quietHoursEnd: '08:00',
    hours_mon: '09:00-18:00',
    hours_tue: '09:00-18:00',
    hours_wed: '09:00-18:00',
    hours_thu: '09:00-18:00',
    hours_fri: '09:00-18:00',
    hours_sat: '',
    hours_sun: '',
    defaultBookingMinutes: '60',
    morningBriefingEnabled: 'on',
    morningBriefingTime: '08:00',
    llmEnabled: 'on',
    hoursPackageMinutes: '600',
    hoursBalanceMinutes: '600',
    ...changes,
  };
  return Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined));
}
