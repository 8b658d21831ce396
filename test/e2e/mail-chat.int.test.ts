import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveMailbox } from '../../src/domain/mailbox/settings.js';
import { eraseClient } from '../../src/domain/privacy/erase.js';
import { exportClientData } from '../../src/domain/privacy/export.js';
import { checkMailServers } from '../../src/infra/mail/check.js';
import { createSecretBox } from '../../src/infra/mail/secret-box.js';
import type { BotReply, EmulatedUser } from '../support/telegram-emulator.js';
import { testPrisma, uniqueTag } from '../support/db.js';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import {
  blockActionsPayload,
  interactionBody,
  postSigned,
  viewSubmissionPayload,
  type FakeSlackCall,
} from '../support/fake-slack.js';
import { startDovecot, type Dovecot } from '../support/dovecot.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { startSmtp } from '../support/smtp.js';
import { createStaff, StaffBrowser } from '../support/staff.js';
import { folderMessages } from '../support/mail-flow.js';
import { eventually } from '../support/workers.js';

/**
 * The client acts on their e-mail from the chat, against a real Dovecot and SMTP: a reply is
 * drafted and goes out only on Invia, once, threaded and into Sent; Annulla sends nothing;
 * Modifica takes new words; forwarding to the office makes one desk ticket.
 */
const MAILBOX_KEY = randomBytes(32).toString('hex');
const SECRET = 'mail-chat-signing-secret';
const DESK = 'C0MAILCHAT';
const db = testPrisma();

let dovecot: Dovecot;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let chat: DeskChat;
let llmChat: DeskChat;
let openai: FakeOpenAi;
let stopWorkers: (() => Promise<void>)[] = [];
const passwords = new Map<string, string>();

type Person = { name: string; address: string; password: string };

async function user(prefix: string): Promise<Person> {
  const name = `${prefix}${uniqueTag()}`;
  const password = `pw-${uniqueTag()}`;
  await dovecot.addUser(name, password);
  passwords.set(name, password);
  return { name, address: `${name}@example.test`, password };
}

async function connect(clientId: string, owner: Person) {
  const outcome = await saveMailbox(
    { prisma: db, box: createSecretBox(Buffer.from(MAILBOX_KEY, 'hex')), check: checkMailServers },
    {
      clientId,
      ...{ imapHost: '127.0.0.1', imapPort: dovecot.port, smtpHost: '127.0.0.1', smtpPort: smtp.port, tls: 'none' },
      ...{ user: owner.name, secret: owner.password, fromAddress: owner.address, vipSenders: [] },
    },
  );
  expect(outcome.kind === 'failed' ? outcome.failure : outcome.kind).toBe('saved');
}

/** `from` writes to the studio; returns the Message-ID, once the watcher has read it. */
async function receive(studio: Person, from: { name: string; person: Person }, subject: string, cc = false) {
  const messageId = `<${uniqueTag()}@example.test>`;
  const raw = await new MailComposer({
    from: `${from.name} <${from.person.address}>`,
    ...(cc ? { to: 'someone@example.test', cc: studio.address } : { to: studio.address }),
    subject,
    messageId,
    text: `Buongiorno, ${subject.toLowerCase()}: mi fate sapere?`,
    date: new Date(),
  })
    .compile()
    .build();
  await dovecot.deliver(studio.name, studio.password, raw);
  await eventually('the e-mail read', () => db.mailMessage.findFirst({ where: { messageId } }), 20_000);
  return messageId;
}

const folder = (owner: Person, name: string) => folderMessages(dovecot, owner, name);

const button = (reply: BotReply, label: string) => reply.buttons.flat().find((b) => b.text === label)!.data;
const labels = (reply: BotReply) => reply.buttons.flat().map((b) => b.text);

/** A linked client with a watched mailbox, on the plain (no LLM) app or the LLM one. */
async function clientWithMailbox(lang: 'it' | 'en', on: DeskChat = chat) {
  const { client, user: tg } = await on.linked(lang);
  const studio = await user('studio');
  await connect(client.id, studio);
  return { client, tg, studio };
}

async function say(tg: EmulatedUser, text: string, on: DeskChat = chat) {
  return on.say(tg, text);
}

beforeAll(async () => {
  dovecot = await startDovecot();
  smtp = await startSmtp(dovecot, passwords);
  openai = await startFakeOpenAi();
  chat = await startDeskChat(() => new Date(), SECRET, DESK, { MAILBOX_KEY });
  llmChat = await startDeskChat(() => new Date(), SECRET, DESK, {
    MAILBOX_KEY,
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: openai.url,
  });
  stopWorkers = [await chat.app.delego.startWorkers(), await llmChat.app.delego.startWorkers()];
});

afterAll(async () => {
  for (const stop of stopWorkers) await stop();
  await chat?.stop();
  await llmChat?.stop();
  await openai?.close();
  await smtp?.close();
  await dovecot?.stop();
});

describe('acting on e-mail from the chat', { timeout: 120_000 }, () => {
  it('sends the approved draft reply once, threaded and into Sent, only after Invia', async () => {
    const { tg, studio } = await clientWithMailbox('it');
    const rossi = await user('rossi');
    const original = await receive(studio, { name: 'Mario Rossi', person: rossi }, 'Sopralluogo in cantiere');

    const draft = await say(tg, 'rispondi a Rossi che per me giovedì mattina va benissimo');
    expect(draft.text).toContain(`Bozza di risposta a Mario Rossi <${rossi.address}>`);
    expect(draft.text).toContain('Per me giovedì mattina va benissimo.');
    expect(labels(draft)).toEqual(['Invia', 'Modifica', 'Annulla']);
    expect(await folder(rossi, 'INBOX')).toEqual([]);

    const sent = await chat.press(tg, draft, button(draft, 'Invia'));
    expect(sent.text).toContain(`Inviata a ${rossi.address}`);
    const again = await chat.press(tg, draft, button(draft, 'Invia'));
    expect(again.text).toContain('già stata inviata');

    const inbox = await folder(rossi, 'INBOX');
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.subject).toBe('Re: Sopralluogo in cantiere');
    expect(inbox[0]!.inReplyTo).toBe(original);
    expect(inbox[0]!.references).toContain(original);
    expect(inbox[0]!.from?.value[0]?.address).toBe(studio.address);
    expect(inbox[0]!.text).toContain('Per me giovedì mattina va benissimo.');
    expect((await folder(studio, 'Sent')).map((m) => m.messageId)).toEqual([inbox[0]!.messageId]);
  });

  it('sends nothing on Cancel, and shows the new words after Edit', async () => {
    const { tg, studio } = await clientWithMailbox('en');
    const kerr = await user('kerr');
    await receive(studio, { name: 'Alice Kerr', person: kerr }, 'Lease renewal');

    const draft = await say(tg, 'reply to Alice Kerr that the new rent is fine by me');
    expect(draft.text).toContain('The new rent is fine by me.');
    expect(labels(draft)).toEqual(['Send', 'Edit', 'Cancel']);
    const asked = await chat.press(tg, draft, button(draft, 'Edit'));
    expect(asked.text).toContain('new text');
    const edited = await say(tg, 'Dear Alice, I accept the renewal as proposed. Kind regards');
    expect(edited.text).toContain('I accept the renewal as proposed');
    const cancelled = await chat.press(tg, edited, button(edited, 'Cancel'));
    expect(cancelled.text).toContain('nothing was sent');
    const late = await chat.press(tg, edited, button(edited, 'Send'));
    expect(late.text).toContain('no longer open');
    expect(await folder(kerr, 'INBOX')).toEqual([]);
    expect(await folder(studio, 'Sent')).toEqual([]);
  });

  it('drops the draft when the client, asked for its new text, says to leave it', async () => {
    const { tg, studio } = await clientWithMailbox('it');
    const conti = await user('conti');
    await receive(studio, { name: 'Luca Conti', person: conti }, 'Rinnovo contratto');

    const draft = await say(tg, 'rispondi a Conti che il rinnovo mi va bene');
    expect((await chat.press(tg, draft, button(draft, 'Modifica'))).text).toContain('annulla');
    const dropped = await say(tg, 'lascia stare, grazie');
    expect(dropped.text).toContain('Bozza annullata');
    expect(dropped.text).not.toContain('lascia stare');
    // the words after it are a message of their own, not the draft's text
    const after = await say(tg, 'annulla');
    expect(after.text).not.toContain('Bozza di risposta');
    expect(labels(after)).not.toContain('Invia');
    expect((await chat.press(tg, draft, button(draft, 'Invia'))).text).toContain('non è più aperta');

    const english = await clientWithMailbox('en');
    const kerr = await user('kerr');
    await receive(english.studio, { name: 'Alice Kerr', person: kerr }, 'Parking space');
    const other = await say(english.tg, 'reply to Alice Kerr that the space is fine');
    await chat.press(english.tg, other, button(other, 'Edit'));
    expect((await say(english.tg, 'Cancel.')).text).toContain('Draft cancelled');
    expect(await folder(conti, 'INBOX')).toEqual([]);
    expect(await folder(kerr, 'INBOX')).toEqual([]);
  });

  it('asks which sender when several match, and names the latest senders when none does', async () => {
    const { client, tg, studio } = await clientWithMailbox('it');
    const mario = await user('mario');
    const paola = await user('paola');
    await receive(studio, { name: 'Mario Ferri', person: mario }, 'Fattura di novembre');
    await receive(studio, { name: 'Paola Ferri', person: paola }, 'Cena di Natale');

    const none = await say(tg, 'rispondi a Gualtieri che ci sentiamo lunedì');
    expect(none.text).toContain('Non trovo email da «Gualtieri»');
    expect(none.text).toContain('Paola Ferri, Mario Ferri');
    const which = await say(tg, 'rispondi a Ferri che ci sarò');
    expect(labels(which)).toEqual([`Paola Ferri <${paola.address}>`, `Mario Ferri <${mario.address}>`]);
    const draft = await chat.press(tg, which, button(which, `Mario Ferri <${mario.address}>`));
    expect(draft.text).toContain('«Fattura di novembre»');
    expect(draft.text).toContain('Ci sarò.');

    // the client's words, a choice left open included, are in their export, and gone with the client
    expect(labels(await say(tg, 'rispondi a Ferri che arrivo alle nove'))).toHaveLength(2);
    const exported = JSON.stringify(await exportClientData(db, client.id, new Date()));
    expect(exported).toContain('ci sarò');
    expect(exported).toContain('arrivo alle nove');
    await eraseClient(db, client.id, new Date());
    expect(await db.mailDraft.count({ where: { clientId: client.id } })).toBe(0);
  });

  it('passes the e-mails of a sender to the office as one ticket, and says so once they are there', async () => {
    const { client, tg, studio } = await clientWithMailbox('it');
    const neri = await user('neri');
    await receive(studio, { name: 'Luca Neri', person: neri }, 'Riunione condominiale', true);
    await receive(studio, { name: 'Luca Neri', person: neri }, 'Verbale da firmare', true);

    const told = await say(tg, "inoltra all'ufficio le email di Neri");
    const tickets = await db.ticket.findMany({ where: { clientId: client.id } });
    expect(tickets).toHaveLength(1);
    expect(told.text).toBe(`Passate all'ufficio: 2 email di Luca Neri (richiesta #${tickets[0]!.number}).`);
    expect(tickets[0]!.category).toBe('email');
    expect(tickets[0]!.details).toContain('Riunione condominiale');
    expect(tickets[0]!.details).toContain('Verbale da firmare');

    const again = await say(tg, "inoltra all'ufficio le email di Neri");
    expect(again.text).toContain(`già all'ufficio (richiesta #${tickets[0]!.number})`);
    expect(await db.ticket.count({ where: { clientId: client.id } })).toBe(1);
  });

  it('has the configured LLM write the draft, unless the client opted out of it', async () => {
    const { client, tg, studio } = await clientWithMailbox('it', llmChat);
    const rossi = await user('rossi');
    await receive(studio, { name: 'Mario Rossi', person: rossi }, 'Preventivo');
    const written = 'Gentile Mario,\n\nconfermo volentieri per giovedì.\n\nUn saluto';
    openai.setBehaviour({ kind: 'answer', content: { reply: written } });

    const draft = await say(tg, 'rispondi a Rossi che confermo per giovedì', llmChat);
    expect(draft.text).toContain('confermo volentieri per giovedì');
    const asked = openai.requests.filter((r) => JSON.stringify(r.body).includes('confermo per giovedì'));
    expect(asked.length).toBeGreaterThan(0);

    await db.client.update({ where: { id: client.id }, data: { llmEnabled: false } });
    const plain = await say(tg, 'rispondi a Rossi che confermo per giovedì', llmChat);
    expect(plain.text).toContain('Gentile Mario Rossi,\n\nConfermo per giovedì.');
  });

  it('suggests a reply on the desk for an e-mail ticket when an LLM is configured, and the assistant sends it', async () => {
    // the mailboxes are read by the app with the LLM alone from here on
    await stopWorkers.shift()?.();
    const { client, studio } = await clientWithMailbox('it', llmChat);
    const gallo = await user('gallo');
    const suggestion = 'Gentile Anna Gallo, grazie della sua email: le confermo il sopralluogo. Cordiali saluti';
    openai.setBehaviour({ kind: 'answer', content: { reply: suggestion } });
    await receive(studio, { name: 'Anna Gallo', person: gallo }, 'Sopralluogo');
    await eventually(
      'the suggested reply',
      () => db.mailMessage.findFirst({ where: { clientId: client.id, suggestedReply: { not: null } } }),
      20_000,
    );
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });

    const browser = new StaffBrowser(llmChat.app.url);
    await browser.loginOk((await createStaff('assistant')).email);
    const page = await browser.page(`/admin/tickets/${ticket.number}`);
    expect(page.html).toContain('Suggested reply');
    expect(page.html).toContain(`required>${suggestion}</textarea>`);
    const key = /name="key" value="([^"]+)"/.exec(page.html)![1]!;
    expect((await browser.submit(`/admin/tickets/${ticket.number}/reply`, { key, text: suggestion })).status).toBe(303);
    const [reply] = await eventually(
      'the reply in the sender mailbox',
      async () => {
        const inbox = await folder(gallo, 'INBOX');
        return inbox.length ? inbox : undefined;
      },
      20_000,
    );
    expect(reply!.text).toContain('le confermo il sopralluogo');
  });

  it('shows the suggested reply in the Slack thread: one e-mail however many taps on Invia, and Modifica opens it for editing', async () => {
    const { client, studio } = await clientWithMailbox('it', llmChat);
    const ferri = await user('ferri');
    const suggestion =
      'Gentile Paolo Ferri,\n\nla pratica è pronta: può passare a ritirarla da lunedì.\n\nCordiali saluti';
    openai.setBehaviour({ kind: 'answer', content: { reply: suggestion } });
    await receive(studio, { name: 'Paolo Ferri', person: ferri }, 'Ritiro pratica');
    const ticket = await eventually(
      'the e-mail ticket',
      () => db.ticket.findFirst({ where: { clientId: client.id, category: 'email' } }),
      20_000,
    );
    const ts = await llmChat.cardOf(ticket.id);
    const posted = await llmChat.slack.waitForCall(
      'chat.postMessage',
      (c) => c.body.thread_ts === ts && JSON.stringify(c.body.blocks ?? '').includes('può passare a ritirarla'),
      20_000,
    );
    const buttons = buttonsOf(posted);
    expect(buttons.map((b) => b.text)).toEqual(['Invia questa risposta', 'Modifica']);
    expect(String(posted.body.text)).toContain('Risposta suggerita');

    const press = (actionId: string) =>
      postSigned(
        `${llmChat.app.url}/slack/events`,
        SECRET,
        interactionBody(
          blockActionsPayload({
            actionId,
            value: buttons.find((b) => b.actionId === actionId)!.value,
            user: llmChat.giuliaSlackId,
            channel: DESK,
            threadTs: ts,
          }),
        ),
      );
    // a double tap: two presses at once
    const taps = await Promise.all([press('desk:suggestion-send'), press('desk:suggestion-send')]);
    expect(taps.map((r) => r.status)).toEqual([200, 200]);
    const [reply] = await eventually(
      'the reply in the sender mailbox',
      async () => {
        const inbox = await folder(ferri, 'INBOX');
        return inbox.length ? inbox : undefined;
      },
      20_000,
    );
    expect(reply!.text).toContain('può passare a ritirarla da lunedì');
    expect(reply!.subject).toBe('Re: Ritiro pratica');
    await llmChat.threadPost(ts, 'ha inviato la risposta suggerita');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await folder(ferri, 'INBOX')).toHaveLength(1);
    expect(await folder(studio, 'Sent')).toHaveLength(1);

    await press('desk:suggestion-edit');
    const opened = await llmChat.slack.waitForCall('views.open', () => true, 20_000);
    const view = opened.body.view as { callback_id: string; private_metadata: string };
    expect(JSON.stringify(view)).toContain('può passare a ritirarla da lunedì');
    const edited = 'Gentile Paolo Ferri,\n\nla pratica sarà pronta martedì, non lunedì.\n\nCordiali saluti';
    const submitted = await postSigned(
      `${llmChat.app.url}/slack/events`,
      SECRET,
      interactionBody(
        viewSubmissionPayload({
          callbackId: view.callback_id,
          privateMetadata: view.private_metadata,
          user: llmChat.giuliaSlackId,
          values: { reply: { value: { type: 'plain_text_input', value: edited } } },
        }),
      ),
    );
    expect(submitted.status).toBe(200);
    const texts = await eventually(
      'the edited reply in the sender mailbox',
      async () => {
        const inbox = await folder(ferri, 'INBOX');
        return inbox.length === 2 ? inbox.map((m) => m.text ?? '') : undefined;
      },
      20_000,
    );
    expect(texts.some((t) => t.includes('sarà pronta martedì, non lunedì'))).toBe(true);
  });

  it('counts for information, with no desk ticket, an e-mail the LLM says needs no answer', async () => {
    const { client, studio } = await clientWithMailbox('it', llmChat);
    const neri = await user('neri');
    openai.setBehaviour({ kind: 'answer', content: { triage: 'counted' } });
    const messageId = await receive(studio, { name: 'Luca Neri', person: neri }, 'Bonifico ricevuto');
    const row = await db.mailMessage.findFirstOrThrow({ where: { messageId } });
    expect({ triage: row.triage, reason: row.reason, ticketId: row.ticketId }).toEqual({
      triage: 'counted',
      reason: 'llm:counted',
      ticketId: null,
    });
    expect(await db.ticket.count({ where: { clientId: client.id } })).toBe(0);
  });

  it('keeps the rules\u2019 verdict, a desk ticket, when the LLM fails', async () => {
    const { client, studio } = await clientWithMailbox('it', llmChat);
    const sala = await user('sala');
    openai.setBehaviour({ kind: 'server_error' });
    const messageId = await receive(studio, { name: 'Rita Sala', person: sala }, 'Preventivo impianto');
    const row = await db.mailMessage.findFirstOrThrow({ where: { messageId } });
    expect({ triage: row.triage, reason: row.reason }).toEqual({ triage: 'ticket', reason: 'needs-answer' });
    expect(await db.ticket.count({ where: { clientId: client.id } })).toBe(1);
  });
});

type SlackButton = { text: string; actionId: string; value: string };

/** The buttons of a posted message's blocks, with their labels. */
function buttonsOf(call: FakeSlackCall): SlackButton[] {
  const raw = call.body.blocks;
  const blocks = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { elements?: unknown[] }[];
  return blocks
    .flatMap((b) => (b.elements ?? []) as { type: string; text?: { text: string }; action_id: string; value: string }[])
    .filter((e) => e.type === 'button')
    .map((e) => ({ text: e.text!.text, actionId: e.action_id, value: e.value }));
}
