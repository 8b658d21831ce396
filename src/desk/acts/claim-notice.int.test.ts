import { describe, expect, it } from 'vitest';
import { createLogger } from '../../infra/logger.js';
import type { OutboundMessage, OutboundTarget } from '../../kernel/messaging.js';
import { postgresFileStore } from '../../domain/files/store.js';
import {
  createTestAssistant,
  createTestClient,
  createTestTicket,
  testPrisma,
  uniqueTag,
} from '../../../test/support/db.js';
import { createDeskContext, noSlackCards, noSlackFiles } from '../context.js';
import { tellClientClaimed } from './claim-notice.js';

const db = testPrisma();
const sent: { to: OutboundTarget; message: OutboundMessage }[] = [];
const ctx = createDeskContext({
  prisma: db,
  outbound: { send: async (to, message) => (sent.push({ to, message }), {}) },
  clock: () => new Date('2026-12-07T10:00:00+01:00'),
  logger: createLogger({ level: 'silent', pretty: false }),
  lang: 'it',
  publish: async () => undefined,
  files: { store: postgresFileStore, download: noSlackFiles, maxBytes: 1024 * 1024 },
  cards: noSlackCards,
});
const sentTo = (chatId: string) => sent.filter((s) => s.to.chatId === chatId).map((s) => s.message.text);

/** A client on Telegram with a request they wrote there, held by Giulia. */
async function claimed(lang: 'it' | 'en', summary: string, fromClient = true) {
  const client = await createTestClient(db, { lang });
  const chatId = `chat-${uniqueTag()}`;
  await db.channelIdentity.create({
    data: { clientId: client.id, channel: 'telegram', externalUserId: chatId, chatId },
  });
  const conversation = await db.conversation.create({ data: { clientId: client.id, channel: 'telegram' } });
  const source = await db.message.create({
    data: {
      conversationId: conversation.id,
      clientId: client.id,
      direction: 'inbound',
      channel: 'telegram',
      body: summary,
    },
  });
  const giulia = await createTestAssistant(db, { name: 'Giulia Bianchi' });
  const ticket = await createTestTicket(db, client.id, {
    summary,
    status: 'claimed',
    assigneeId: giulia.id,
    ...(fromClient ? { sourceMessageId: source.id } : { category: 'email' }),
  });
  return { chatId, giulia, ticket };
}

describe('the client hears who took on their request', () => {
  it('once per assistant, in the client language, with the request number and what it is about', async () => {
    const it1 = await claimed('it', 'Tradurre in inglese la procura speciale per il notaio di Lugano entro lunedì');
    await tellClientClaimed(ctx, it1.ticket.id, it1.giulia.id);
    await tellClientClaimed(ctx, it1.ticket.id, it1.giulia.id);
    expect(sentTo(it1.chatId)).toEqual([
      `Giulia ha preso in carico la tua richiesta #${it1.ticket.number} (Tradurre in inglese la procura speciale per il notaio di…).`,
    ]);
    const en = await claimed('en', 'Book a table for four');
    await tellClientClaimed(ctx, en.ticket.id, en.giulia.id);
    expect(sentTo(en.chatId)).toEqual([
      `Giulia has taken on your request #${en.ticket.number} (Book a table for four).`,
    ]);
  });

  it('not for an e-mail the mailbox made a ticket of, nor once someone else holds it', async () => {
    const mail = await claimed('it', 'Mail da Rossi: preventivo', false);
    await tellClientClaimed(ctx, mail.ticket.id, mail.giulia.id);
    expect(sentTo(mail.chatId)).toEqual([]);
    const released = await claimed('it', 'Scrivere al condominio');
    await db.ticket.update({ where: { id: released.ticket.id }, data: { status: 'open', assigneeId: null } });
    await tellClientClaimed(ctx, released.ticket.id, released.giulia.id);
    expect(sentTo(released.chatId)).toEqual([]);
  });
});
