import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitedClient } from '../support/delego.js';
import { testPrisma } from '../support/db.js';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import { messageEventEnvelope, postSigned } from '../support/fake-slack.js';
import { eventually } from '../support/workers.js';
import { Browser } from '../support/web-browser.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const SECRET = 'slack-signing-secret-context';
const DESK = 'C0CONTEXT';
const db = testPrisma();

/**
 * The context rule of issue 16 off Telegram: while Giulia talks with the client about a request,
 * an answer with no reply gesture (the web chat has none) reaches her thread, a clear request is
 * still a request, and a message that could be either is asked about once, with buttons.
 */
describe('answers to the assistant reach her thread on the web chat and in Slack DMs', () => {
  let chat: DeskChat;
  beforeAll(async () => {
    chat = await startDeskChat(now, SECRET, DESK);
  });
  afterAll(async () => {
    await chat?.stop();
  });

  /** The client's request becomes a ticket, Giulia asks for the PDF in its thread. */
  async function giuliaAsksFor(clientId: string) {
    const ticket = await eventually('the ticket', () => db.ticket.findFirst({ where: { clientId } }), 20_000);
    const ts = await chat.cardOf(ticket!.id);
    await chat.giuliaWrites(ticket!, ts, 'Mi mandi il PDF del contratto?');
    return { ticket: ticket!, ts };
  }
  const inThread = (ticketId: string) =>
    db.message.findMany({
      where: { ticketId, direction: 'inbound' },
      orderBy: { createdAt: 'asc' },
      select: { body: true },
    });

  it('on the web chat', async () => {
    const { client, code } = await invitedClient('it', now);
    const browser = new Browser(chat.app.url);
    await browser.linkWithCode(code);
    const said = async (text: string) => {
      chat.pause();
      const before = (await browser.messages()).length;
      await browser.say(text);
      await eventually(
        'the answer',
        async () => ((await browser.messages()).length >= before + 2 ? true : null),
        20_000,
      );
      return browser.lastReply();
    };
    await said('Traduci il contratto di affitto in inglese entro venerdì');
    const { ticket, ts } = await giuliaAsksFor(client.id);
    await eventually(
      'her question on the page',
      async () => ((await browser.lastReply()).text.includes('PDF') ? true : null),
      20_000,
    );

    expect((await said('te lo mando stasera, grazie')).text).toMatch(/^✓ Girato a Giulia \(richiesta #\d+\)\.$/);
    await chat.threadPost(ts, 'te lo mando stasera, grazie');
    expect((await said('ricordami domani alle 9 di pagare la bolletta')).text).toMatch(/^Fatto: te lo ricordo/);
    const asked = await said('domani alle 10 firmo il contratto dal commercialista');
    expect(asked.buttons?.flat().map((b) => b.label)).toEqual([
      expect.stringMatching(/^Per Giulia, richiesta #\d+$/),
      'È una nuova richiesta',
    ]);

    expect((await inThread(ticket.id)).map((m) => m.body)).toEqual([
      'Traduci il contratto di affitto in inglese entro venerdì',
      'te lo mando stasera, grazie',
    ]);
    expect(await db.reminder.count({ where: { clientId: client.id } })).toBe(1);
    expect(await db.ticket.count({ where: { clientId: client.id } })).toBe(1);
  });

  it('in a Slack direct message', async () => {
    const { client } = await invitedClient('it', now);
    const user = `U${randomUUID().slice(0, 8).toUpperCase()}`;
    const dm = `D${randomUUID().slice(0, 8).toUpperCase()}`;
    await db.channelIdentity.create({
      data: { clientId: client.id, channel: 'slack', externalUserId: user, chatId: dm },
    });
    const said = async (text: string) => {
      chat.pause();
      const before = chat.slack.calls
        .filter((c) => c.method === 'chat.postMessage')
        .filter((c) => c.body.channel === dm).length;
      const res = await postSigned(`${chat.app.url}/slack/events`, SECRET, {
        json: messageEventEnvelope({ user, channel: dm, channelType: 'im', text }),
      });
      expect(res.status).toBe(200);
      const replies = await eventually(
        'the answer',
        async () => {
          const calls = chat.slack.calls
            .filter((c) => c.method === 'chat.postMessage')
            .filter((c) => c.body.channel === dm);
          return calls.length > before ? calls : null;
        },
        20_000,
      );
      return String(replies!.at(-1)!.body.text);
    };
    await said('Traduci il contratto di affitto in inglese entro venerdì');
    const { ticket, ts } = await giuliaAsksFor(client.id);
    await eventually(
      'her question in the DM',
      async () =>
        chat.slack.calls
          .filter((c) => c.method === 'chat.postMessage')
          .some((c) => c.body.channel === dm && String(c.body.text).includes('PDF'))
          ? true
          : null,
      20_000,
    );

    expect(await said('ok glielo mando domani mattina, grazie')).toMatch(/^✓ Girato a Giulia \(richiesta #\d+\)\.$/);
    await chat.threadPost(ts, 'ok glielo mando domani mattina, grazie');
    expect(await said('cmq nn è urgente')).toMatch(/^✓ Girato a Giulia/);
    expect(await said('cosa ho domani?')).toMatch(/domani/);

    expect((await inThread(ticket.id)).map((m) => m.body)).toEqual([
      'Traduci il contratto di affitto in inglese entro venerdì',
      'ok glielo mando domani mattina, grazie',
      'cmq nn è urgente',
    ]);
    expect(await db.reminder.count({ where: { clientId: client.id } })).toBe(0);
    expect(await db.ticket.count({ where: { clientId: client.id } })).toBe(1);
  });
});
