import { describe, expect, it } from 'vitest';
import {
  createTestAssistant,
  createTestClient,
  createTestConversation,
  createTestTicket,
  testPrisma,
} from '../../../test/support/db.js';
import { cancelBooking } from '../bookings/service.js';
import { createRequestedBooking, recordClientChange } from '../bookings/third-party.js';
import { claimTicket, askClient } from './lifecycle.js';
import { clientReach, recordClientMessage, ticketOfClientMessage, ticketsInConversation } from './relay.js';

const db = testPrisma();
const now = new Date('2026-11-23T09:00:00Z');

async function waitingTicket(clientId: string) {
  const ticket = await createTestTicket(db, clientId);
  const assistant = await createTestAssistant(db);
  await claimTicket(db, { ticketId: ticket.id, assistantId: assistant.id, now });
  return askClient(db, { ticketId: ticket.id, assistantId: assistant.id, now });
}

describe('which ticket a client message is about', () => {
  it('is the ticket of the message it replies to, while that ticket is active', async () => {
    const client = await createTestClient(db);
    const conversation = await createTestConversation(db, client.id);
    const ticket = await createTestTicket(db, client.id);
    await db.message.create({
      data: {
        conversationId: conversation.id,
        clientId: client.id,
        direction: 'outbound',
        channel: 'telegram',
        body: 'x',
        externalMessageId: '77',
        ticketId: ticket.id,
      },
    });
    const ref = { clientId: client.id, conversationId: conversation.id, replyToExternalMessageId: '77' };
    expect(await ticketOfClientMessage(db, ref)).toEqual({ id: ticket.id, number: ticket.number });
    expect(await ticketOfClientMessage(db, { ...ref, replyToExternalMessageId: '78' })).toBeNull();
    await db.ticket.update({ where: { id: ticket.id }, data: { status: 'cancelled' } });
    expect(await ticketOfClientMessage(db, ref)).toBeNull();
  });

  it('is the one ticket waiting on the client, and nothing when two are waiting', async () => {
    const client = await createTestClient(db);
    const conversation = await createTestConversation(db, client.id);
    const ref = { clientId: client.id, conversationId: conversation.id };
    expect(await ticketOfClientMessage(db, ref)).toBeNull();
    const first = await waitingTicket(client.id);
    expect(await ticketOfClientMessage(db, ref)).toEqual({ id: first.id, number: first.number });
    await waitingTicket(client.id);
    expect(await ticketOfClientMessage(db, ref)).toBeNull();
  });

  it('is never a booking ticket whose booking the client cancelled, though the desk still has it open', async () => {
    const client = await createTestClient(db);
    const conversation = await createTestConversation(db, client.id);
    const translation = await waitingTicket(client.id);
    const table = await waitingTicket(client.id);
    await db.ticket.update({ where: { id: table.id }, data: { category: 'booking' } });
    const booking = await createRequestedBooking(db, {
      clientId: client.id,
      ticketId: table.id,
      title: 'tavolo da Cracco per 2',
      when: { day: '2026-11-27' },
      now,
    });
    const ref = { clientId: client.id, conversationId: conversation.id };
    expect(await ticketsInConversation(db, client.id, now)).toHaveLength(2);
    expect(await ticketOfClientMessage(db, ref)).toBeNull();

    await cancelBooking(db, client.id, booking.id, now);
    await db.$transaction((tx) => recordClientChange(tx, booking.id, { change: 'cancelled' }, now));
    expect((await db.ticket.findUniqueOrThrow({ where: { id: table.id } })).status).toBe('waiting_client');
    expect(await ticketsInConversation(db, client.id, now)).toEqual([
      { id: translation.id, number: translation.number, summary: translation.summary, assistant: expect.any(String) },
    ]);
    expect(await ticketOfClientMessage(db, ref)).toEqual({ id: translation.id, number: translation.number });
  });

  it('an answer links the message and ends the wait', async () => {
    const client = await createTestClient(db);
    const conversation = await createTestConversation(db, client.id);
    const ticket = await waitingTicket(client.id);
    const message = await db.message.create({
      data: {
        conversationId: conversation.id,
        clientId: client.id,
        direction: 'inbound',
        channel: 'telegram',
        body: 'A4',
      },
    });
    await recordClientMessage(db, { ticketId: ticket.id, messageId: message.id, now });
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({
      status: 'claimed',
      waitingSince: null,
    });
    expect((await db.message.findUniqueOrThrow({ where: { id: message.id } })).ticketId).toBe(ticket.id);
  });
});

describe('client reach', () => {
  it('is the channel the client wrote on about the ticket', async () => {
    const client = await createTestClient(db);
    const ticket = await createTestTicket(db, client.id);
    await db.channelIdentity.createMany({
      data: [
        { clientId: client.id, channel: 'telegram', externalUserId: `tg-${client.id}`, chatId: 'tg-chat' },
        { clientId: client.id, channel: 'slack', externalUserId: `sl-${client.id}`, chatId: 'D-chat' },
      ],
    });
    const slack = await createTestConversation(db, client.id, { channel: 'slack', lastInboundAt: now });
    await createTestConversation(db, client.id, {
      channel: 'telegram',
      lastInboundAt: new Date(now.getTime() + 60_000),
    });
    expect(await clientReach(db, client.id, ticket.id)).toMatchObject({ channel: 'telegram', chatId: 'tg-chat' });
    await db.message.create({
      data: {
        conversationId: slack.id,
        clientId: client.id,
        direction: 'inbound',
        channel: 'slack',
        body: 'x',
        ticketId: ticket.id,
      },
    });
    expect(await clientReach(db, client.id, ticket.id)).toEqual({
      channel: 'slack',
      chatId: 'D-chat',
      conversationId: slack.id,
    });
  });
});
