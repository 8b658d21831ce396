import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createTestAssistant,
  createTestClient,
  createTestConversation,
  createTestTicket,
  testPrisma,
} from '../../test/support/db.js';
import { askClient, claimTicket } from '../domain/tickets/lifecycle.js';
import { CONVERSATION_WINDOW_MS, ticketsInConversation } from '../domain/tickets/relay.js';
import type { InboundMessage } from '../kernel/messaging.js';
import { arrivalOf } from './arrival.js';

const db = testPrisma();
const now = new Date('2026-11-23T09:00:00Z');

async function linkedClient(overrides: { erasedAt?: Date } = {}) {
  const client = await createTestClient(db, { lang: 'en', tz: 'Europe/London', ...overrides });
  const userId = randomUUID();
  await db.channelIdentity.create({
    data: { clientId: client.id, channel: 'telegram', externalUserId: userId, chatId: userId },
  });
  return { client, userId };
}

function message(userId: string, idempotencyKey = `tg:${randomUUID()}`): InboundMessage {
  return {
    channel: 'telegram',
    chatId: userId,
    externalUserId: userId,
    idempotencyKey,
    text: 'cosa ho domani?',
    attachments: [],
    receivedAt: now,
  };
}

/** An assistant asked the client something about a ticket at `at`; the ticket is then put back to claimed or not. */
async function askedAt(clientId: string, at: Date, answered: boolean) {
  const ticket = await createTestTicket(db, clientId);
  const assistant = await createTestAssistant(db);
  await claimTicket(db, { ticketId: ticket.id, assistantId: assistant.id, now: at });
  await askClient(db, { ticketId: ticket.id, assistantId: assistant.id, now: at });
  await db.ticketEvent.updateMany({ where: { ticketId: ticket.id }, data: { createdAt: at } });
  if (answered) await db.ticket.update({ where: { id: ticket.id }, data: { status: 'claimed' } });
}

describe('what a message reads of its sender before anything else', () => {
  it('finds nobody for an unknown sender or an erased client', async () => {
    expect(await arrivalOf(db, message(randomUUID()), now)).toBeUndefined();
    const { userId } = await linkedClient({ erasedAt: now });
    expect(await arrivalOf(db, message(userId), now)).toBeUndefined();
  });

  it('reads the client, whether the update was handled, and their conversation once there is one', async () => {
    const { client, userId } = await linkedClient();
    const first = await arrivalOf(db, message(userId, 'tg:1'), now);
    expect(first).toMatchObject({ client: { id: client.id, lang: 'en', tz: 'Europe/London' }, handled: false });
    expect(first?.conversation).toBeNull();
    const conversation = await createTestConversation(db, client.id, { consecutiveMisses: 2 });
    await db.message.create({
      data: {
        ...{ conversationId: conversation.id, clientId: client.id, direction: 'inbound', channel: 'telegram' },
        ...{ body: 'x', idempotencyKey: `tg:${userId}` },
      },
    });
    const again = await arrivalOf(db, message(userId, `tg:${userId}`), now);
    expect(again).toMatchObject({ handled: true, conversation: { id: conversation.id, consecutiveMisses: 2 } });
  });

  it('says a mail draft waits for new words only while one is being edited', async () => {
    const { client, userId } = await linkedClient();
    const conversation = await createTestConversation(db, client.id);
    expect((await arrivalOf(db, message(userId), now))?.draftEditing).toBe(false);
    await db.mailDraft.create({
      data: {
        ...{ clientId: client.id, conversationId: conversation.id, instructions: 'ok', status: 'editing' },
        ...{ createdAt: now, updatedAt: now },
      },
    });
    expect((await arrivalOf(db, message(userId), now))?.draftEditing).toBe(true);
  });

  it('says an assistant may be talking with the client whenever tickets are in conversation', async () => {
    const { client, userId } = await linkedClient();
    const talking = async () => ({
      flag: (await arrivalOf(db, message(userId), now))?.mayBeInConversation,
      tickets: (await ticketsInConversation(db, client.id, now)).length,
    });
    expect(await talking()).toEqual({ flag: false, tickets: 0 });
    await askedAt(client.id, new Date(now.getTime() - CONVERSATION_WINDOW_MS - 60_000), true);
    expect(await talking()).toEqual({ flag: false, tickets: 0 });
    await askedAt(client.id, new Date(now.getTime() - 60_000), true);
    expect(await talking()).toEqual({ flag: true, tickets: 1 });
  });
});
