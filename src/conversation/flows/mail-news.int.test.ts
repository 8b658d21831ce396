import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { conversationHarness } from '../../../test/support/conversation.js';
import { createTestTicket } from '../../../test/support/db.js';

// Monday 7 December 2026, 10:00 in Rome.
const now = new Date('2026-12-07T10:00:00+01:00');
const h = conversationHarness({ now });
afterAll(() => h.close());

async function client(lang: 'it' | 'en', mailbox = true) {
  const user = randomUUID();
  const c = await h.prisma.client.create({ data: { name: `Studio ${user.slice(0, 6)}`, lang, tz: 'Europe/Rome' } });
  await h.prisma.channelIdentity.create({
    data: { clientId: c.id, channel: 'telegram', externalUserId: user, chatId: `chat-${user}` },
  });
  const box = mailbox
    ? await h.prisma.mailbox.create({
        data: {
          ...{ clientId: c.id, imapHost: 'imap.example.test', imapPort: 993, smtpHost: 'smtp.example.test' },
          ...{ smtpPort: 465, tls: 'tls', user: 'studio@example.test', secret: 'v1.sealed', uidValidity: 1n },
          createdAt: new Date('2026-12-01T09:00:00+01:00'),
        },
      })
    : undefined;
  let uid = 0n;
  /** an e-mail the watcher took in at `at`, and what the triage did with it */
  const received = async (
    at: string,
    mail: { from: string; subject: string; triage: 'ticket' | 'notified' | 'counted' | 'ignored' },
  ) => {
    uid += 1n;
    const ticket =
      mail.triage === 'ticket' ? await createTestTicket(h.prisma, c.id, { summary: mail.subject }) : undefined;
    await h.prisma.mailMessage.create({
      data: {
        ...{ mailboxId: box!.id, clientId: c.id, messageId: `<${randomUUID()}@x>`, uidValidity: 1n, uid },
        ...{ fromName: mail.from, fromAddress: 'someone@example.test', subject: mail.subject, triage: mail.triage },
        ...{ reason: 'test', ticketId: ticket?.id ?? null, createdAt: new Date(at) },
      },
    });
    return ticket;
  };
  return { user, received };
}

describe('what came into the mailbox, asked in chat (mail_news)', () => {
  it('lists in Italian what came in since the client last asked, and what the office did with each', async () => {
    const c = await client('it');
    const ticket = await c.received('2026-12-07T08:10:00+01:00', {
      from: 'Mario Rossi',
      subject: 'Preventivo cucina',
      triage: 'ticket',
    });
    await c.received('2026-12-07T08:30:00+01:00', { from: 'Il Capo', subject: 'Contratto', triage: 'notified' });
    await c.received('2026-12-07T09:00:00+01:00', { from: 'Anna Verdi', subject: 'Verbale', triage: 'counted' });
    await c.received('2026-12-07T09:05:00+01:00', { from: 'Offerte', subject: 'Saldi!', triage: 'ignored' });

    const reply = await h.say(c.user, "cosa c'è di nuovo nella posta?");
    expect(reply?.text.split('\n')).toEqual([
      '3 email da martedì 1 dicembre alle 9:00:',
      `• Mario Rossi: «Preventivo cucina» — risponde l'ufficio (richiesta #${ticket!.number})`,
      "• Il Capo: «Contratto» — te l'ho segnalata subito",
      '• Anna Verdi: «Verbale» — per conoscenza (nel riepilogo del mattino)',
      '1 newsletter o notifica messa da parte.',
    ]);

    // asked again: only what came in since
    h.setNow(new Date('2026-12-07T12:00:00+01:00'));
    expect((await h.say(c.user, 'ci sono email nuove?'))?.text).toBe(
      'Niente di nuovo nella posta da lunedì 7 dicembre alle 10:00.',
    );
    await c.received('2026-12-07T12:30:00+01:00', { from: 'Luca Neri', subject: 'Cena', triage: 'counted' });
    h.setNow(new Date('2026-12-07T13:00:00+01:00'));
    expect((await h.say(c.user, 'mi sono arrivate email?'))?.text).toContain('• Luca Neri: «Cena»');
    h.setNow(now);
  });

  it('answers in English, and says when no mailbox is connected', async () => {
    const c = await client('en');
    await c.received('2026-12-07T09:00:00+01:00', { from: 'Jane Doe', subject: 'Invoice', triage: 'notified' });
    const reply = await h.say(c.user, 'anything new in my email?');
    expect(reply?.text.split('\n')).toEqual([
      '1 e-mail since Tuesday 1 December at 9:00:',
      '• Jane Doe: «Invoice» — I told you at once',
    ]);
    const none = await client('en', false);
    expect((await h.say(none.user, 'anything new in my email?'))?.text).toContain('Your mailbox is not connected');
  });
});
