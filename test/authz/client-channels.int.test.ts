import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeButton } from '../../src/kernel/actions.js';
import { testPrisma, uniqueTag } from '../support/db.js';
import { invitedClient, startDelego } from '../support/delego.js';
import {
  blockActionsPayload,
  interactionBody,
  messageEventEnvelope,
  postSigned,
  startFakeSlack,
  type FakeSlack,
} from '../support/fake-slack.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const secret = 'slack-signing-secret-authz';
const db = testPrisma();

interface ChatEntry {
  from: string;
  text: string;
  file?: { id: string; name: string };
}

/**
 * Web chat and Slack DMs as an attacker would use them: another browser's session, a forged
 * session cookie, a Slack user who is not a client pressing a client's button. Each test checks
 * the refusal and that nothing changed.
 */
describe('web chat sessions and Slack DM identities keep clients apart', () => {
  let slack: FakeSlack;
  let app: Awaited<ReturnType<typeof startDelego>>;

  beforeAll(async () => {
    slack = await startFakeSlack();
    app = await startDelego(
      {
        SLACK_BOT_TOKEN: 'xoxb-authz-token',
        SLACK_SIGNING_SECRET: secret,
        SLACK_API_URL: slack.apiUrl,
        RATE_LIMIT_PER_MIN: '1000',
      },
      now,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
  });

  /** A browser with its own cookie and the CSRF token of its page. */
  async function browser(cookie?: string) {
    let jar = cookie;
    const request = async (path: string, init: RequestInit = {}) => {
      const res = await fetch(`${app.url}${path}`, {
        ...init,
        redirect: 'manual',
        headers: {
          'accept-language': 'it',
          ...(jar ? { cookie: jar } : {}),
          ...(init.headers as Record<string, string> | undefined),
        },
      });
      const set = res.headers.getSetCookie().find((h) => h.startsWith('delego_session='));
      if (set) jar = set.split(';')[0];
      return res;
    };
    const page = await (await request('/')).text();
    const csrf = /<meta name="csrf-token" content="([^"]+)">/.exec(page)?.[1] ?? '';
    return {
      request,
      post: (body: unknown, csrfToken = csrf) =>
        request('/chat/messages', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
          body: JSON.stringify(body),
        }),
      form: (path: string, fields: Record<string, string>) =>
        request(path, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
        }),
      entries: async () =>
        ((await (await request('/chat/messages?after=0-0')).json()) as { messages: ChatEntry[] }).messages,
    };
  }

  async function linkedBrowser() {
    const { client, code } = await invitedClient('it', now);
    const b = await browser();
    expect((await b.form('/access', { code })).status).toBe(303);
    return { b, client };
  }

  it("a browser cannot download a file from another session's chat, even knowing its id", async () => {
    const victim = await linkedBrowser();
    expect(
      (
        await victim.b.post({
          idempotencyKey: randomUUID(),
          text: 'Metti in agenda il notaio Ferraboschi giovedì alle 10:30',
        })
      ).status,
    ).toBe(200);
    // The booking confirmation carries its .ics invitation as a file of the chat.
    const file = (await victim.b.entries()).find((e) => e.file)?.file;
    expect(file?.name).toMatch(/\.ics$/);
    expect((await victim.b.request(`/chat/files/${file!.id}`)).status).toBe(200);

    const attacker = await linkedBrowser();
    const stolen = await attacker.b.request(`/chat/files/${file!.id}`);
    expect(stolen.status).toBe(404);
    expect(await stolen.text()).not.toContain('BEGIN:VCALENDAR');
    expect((await attacker.b.entries()).map((e) => e.text).join('\n')).not.toMatch(/Ferraboschi/);
  });

  it('a forged session cookie, even with the CSRF token it implies, reads and writes nothing', async () => {
    const text = `Ricordami domani alle 9 di chiamare Rossi ${uniqueTag()}`;
    const forged = await browser(`delego_session=${randomBytes(32).toString('base64url')}`);
    // The page it gets is the invite-code page: the cookie is not linked to any client.
    expect(await (await forged.request('/')).text()).toContain('action="/access"');
    expect((await forged.request('/chat/messages?after=0-0')).status).toBe(403);
    const write = await forged.post({ idempotencyKey: randomUUID(), text });
    expect(write.status).toBe(403);
    expect(await write.json()).toEqual({ error: expect.stringMatching(/not linked/) });
    expect((await forged.request(`/chat/files/${randomUUID()}`)).status).toBe(403);

    // The session key of a linked client (its SHA-256, as a database copy would show) is no cookie.
    const victim = await linkedBrowser();
    const identity = await db.channelIdentity.findFirstOrThrow({
      where: { clientId: victim.client.id, channel: 'web' },
    });
    const fromDump = await browser(`delego_session=${identity.externalUserId}`);
    expect((await fromDump.request('/chat/messages?after=0-0')).status).toBe(403);
    expect((await fromDump.post({ idempotencyKey: randomUUID(), text })).status).toBe(403);
    expect(await db.message.count({ where: { body: text } })).toBe(0);
  });

  it("a Slack user who is not a client gets the stranger answer, even pressing a client's button", async () => {
    const { client, code } = await invitedClient('en', now);
    const tag = uniqueTag().toUpperCase();
    const owner = { user: `UOWNER${tag}`, channel: `DOWNER${tag}` };
    await postSigned(`${app.url}/slack/events`, secret, { json: messageEventEnvelope({ ...owner, text: code }) });
    await slack.waitForCall(
      'chat.postMessage',
      (c) => c.body.channel === owner.channel && String(c.body.text).includes(client.name),
      20_000,
    );
    await postSigned(`${app.url}/slack/events`, secret, {
      json: messageEventEnvelope({ ...owner, text: 'Remind me on Friday at 9 to pay the VAT' }),
    });
    await slack.waitForCall(
      'chat.postMessage',
      (c) => c.body.channel === owner.channel && /Friday 27 November/.test(String(c.body.text)),
      20_000,
    );
    const reminder = await db.reminder.findFirstOrThrow({ where: { clientId: client.id } });

    const stranger = { user: `USTRANGER${tag}`, channel: `DSTRANGER${tag}` };
    const value = encodeButton({ op: 'cancel', item: { kind: 'reminder', id: reminder.id } });
    const res = await postSigned(
      `${app.url}/slack/events`,
      secret,
      interactionBody(blockActionsPayload({ actionId: 'dm:0:0', value, ...stranger })),
    );
    expect(res.status).toBe(200);
    const answer = await slack.waitForCall('chat.postMessage', (c) => c.body.channel === stranger.channel, 20_000);
    expect(answer.body.text).toMatch(/codice d'invito/);
    expect(await db.reminder.findUniqueOrThrow({ where: { id: reminder.id } })).toEqual(reminder);
    expect(await db.channelIdentity.count({ where: { channel: 'slack', externalUserId: stranger.user } })).toBe(0);
  });
});
