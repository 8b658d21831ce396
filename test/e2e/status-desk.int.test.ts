import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import { testPrisma } from '../support/db.js';

// Monday 7 December 2026, 10:00 in Rome; each message comes 20 s after the one before.
const now = new Date('2026-12-07T10:00:00+01:00');
const DESK = 'C0STATUS';
const db = testPrisma();

/**
 * "A che punto è?" while an assistant works a request: the answer quotes the last exchange as the
 * client read it, without the signature line, and says whose turn it is.
 */
describe('how a request is going, asked while Giulia works it (Telegram client, Slack desk)', () => {
  let chat: DeskChat;

  beforeAll(async () => {
    chat = await startDeskChat(now, 'slack-signing-secret-status', DESK);
  });
  afterAll(async () => {
    await chat?.stop();
  });

  it('quotes what Giulia asked and waits on the client; once answered, it is her turn', async () => {
    const { client, user } = await chat.linked('it');
    await chat.say(user, 'mi serve la traduzione in inglese della procura speciale entro venerdì');
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    const ts = await chat.cardOf(ticket.id);
    await chat.giuliaAsks(user, ticket, ts, 'Ha la procura firmata in PDF?');

    const asked = await chat.say(user, 'a che punto è la mia richiesta?');
    expect(asked.text).toMatch(
      new RegExp(
        `^#${ticket.number} «.*procura speciale.*»: se ne occupa Giulia\\.\\n` +
          'Giulia ti ha scritto alle 10:00: «Ha la procura firmata in PDF\\?» — aspetta una tua risposta\\.',
      ),
    );
    expect(asked.text).not.toContain('— Giulia, richiesta');
    // keys hit by mistake reach nobody: the bot says it did not understand
    expect((await chat.say(user, 'asdf qwer')).text).toMatch(/^Scusa, non ho capito\./);
    expect(await db.message.count({ where: { ticketId: ticket.id, body: 'asdf qwer' } })).toBe(0);

    await chat.say(user, 'sì, te la mando stasera');
    const answered = await chat.say(user, 'novità sulla traduzione?');
    expect(answered.text).toContain(
      'Giulia ti ha scritto alle 10:00: «Ha la procura firmata in PDF?»\nHai risposto alle 10:01; ora tocca a Giulia.',
    );
  });

  it('says the same in English', async () => {
    const { client, user } = await chat.linked('en');
    await chat.say(user, 'please translate the lease agreement into Italian by Friday');
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    const ts = await chat.cardOf(ticket.id);
    await chat.giuliaAsks(user, ticket, ts, 'Do you need it certified?');
    const asked = await chat.say(user, 'any update on my request?');
    expect(asked.text).toContain('Giulia wrote to you at 10:0');
    expect(asked.text).toContain(': "Do you need it certified?" — waiting for your answer.');
  });
});
