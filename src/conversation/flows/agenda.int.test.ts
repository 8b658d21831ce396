import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { conversationHarness } from '../../../test/support/conversation.js';
import { createTestClient } from '../../../test/support/db.js';

// Monday 23 November 2026, 10:00 in Rome.
const h = conversationHarness({ now: new Date('2026-11-23T10:00:00+01:00') });
afterAll(() => h.close());

async function client(lang: 'it' | 'en') {
  const user = randomUUID();
  const c = await createTestClient(h.prisma, { lang, tz: 'Europe/Rome' });
  await h.prisma.channelIdentity.create({
    data: { clientId: c.id, channel: 'telegram', externalUserId: user, chatId: `chat-${user}` },
  });
  return user;
}

describe('asking only about reminders or appointments', () => {
  it('lists the reminders alone, without the appointments and requests of the week', async () => {
    const user = await client('it');
    await h.say(user, "Metti in agenda la riunione con l'architetto mercoledì alle 11");
    await h.say(user, 'Ricordami giovedì alle 9 di pagare la bolletta');
    await h.say(user, 'Traduci il listino in tedesco');
    const reply = await h.say(user, 'che promemoria ho questa settimana?');
    expect(reply?.text?.split('\n')).toEqual([
      'I tuoi promemoria da lunedì 23 novembre a domenica 29 novembre:',
      '',
      'giovedì 26 novembre',
      '• 09:00 promemoria: pagare la bolletta',
    ]);
    // with no period named, every active reminder, the appointments still left out
    expect((await h.say(user, 'che promemoria ho?'))?.text).toBe(
      'I tuoi promemoria attivi:\n• giovedì 26 novembre alle 9:00: pagare la bolletta',
    );
    const everything = await h.say(user, 'cosa ho questa settimana?');
    expect(everything?.text).toMatch(/architetto[\s\S]*pagare la bolletta[\s\S]*Richieste aperte/);
  });

  it('says when there are no appointments, in English', async () => {
    const user = await client('en');
    await h.say(user, 'remind me tomorrow at 9 to call the bank');
    const reply = await h.say(user, 'do i have any meetings tomorrow?');
    expect(reply?.text).toBe('No appointments tomorrow.');
  });
});
