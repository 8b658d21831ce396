import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { conversationHarness } from '../../../test/support/conversation.js';
import { createTestAssistant, createTestTicket } from '../../../test/support/db.js';
import { CONFIRM_ONCE_MS } from './thread.js';

// Wednesday 2 December 2026, 11:20 in Rome.
const start = new Date('2026-12-02T11:20:00+01:00');
const h = conversationHarness({ now: start });
afterAll(() => h.close());

const at = (ms: number) => new Date(start.getTime() + ms);

/** A client Giulia has just written to about their translation request. */
async function talkingWithGiulia() {
  const user = randomUUID();
  const client = await h.prisma.client.create({ data: { name: `Studio ${user.slice(0, 6)}`, lang: 'it' } });
  await h.prisma.channelIdentity.create({
    data: { clientId: client.id, channel: 'telegram', externalUserId: user, chatId: `chat-${user}` },
  });
  const giulia = await createTestAssistant(h.prisma, { name: 'Giulia Bianchi' });
  const ticket = await createTestTicket(h.prisma, client.id, {
    summary: 'la traduzione della procura',
    status: 'claimed',
    assigneeId: giulia.id,
  });
  await h.prisma.ticketEvent.create({
    data: {
      ticketId: ticket.id,
      kind: 'relayed_to_client',
      actor: 'assistant',
      assistantId: giulia.id,
      createdAt: start,
    },
  });
  return { user, ticket };
}

describe('messages relayed to an assistant', () => {
  it('are confirmed once when several reach the same request within moments', async () => {
    const { user, ticket } = await talkingWithGiulia();
    const confirmed = `✓ Girato a Giulia (richiesta #${ticket.number}).`;
    const chat = `chat-${user}`;
    const sentToChat = () => h.sender.sent.filter((s) => s.chatId === chat).length;

    h.setNow(at(0));
    expect((await h.say(user, 'ecco'))?.text).toBe(confirmed);
    h.setNow(at(800));
    expect(await h.say(user, 'te la mando anche firmata stasera')).toBeUndefined();
    expect(sentToChat()).toBe(1);
    // both reached the request
    expect(await h.prisma.message.count({ where: { ticketId: ticket.id, direction: 'inbound' } })).toBe(2);

    // later, a message of its own is confirmed again
    h.setNow(at(800 + CONFIRM_ONCE_MS + 1000));
    expect((await h.say(user, 'la legalizzazione serve?'))?.text).toBe(confirmed);
    expect(sentToChat()).toBe(2);
  });
});
