import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createInvite } from '../domain/access/invites.js';
import { conversationHarness } from '../../test/support/conversation.js';
import { occurrenceJobId } from '../jobs/kinds/reminder.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const h = conversationHarness({ now });

afterAll(() => h.close());

/** A linked client on Telegram, with its own user id so tests never share rows. */
async function client(lang: 'it' | 'en' = 'it') {
  const user = randomUUID();
  const c = await h.prisma.client.create({ data: { name: `Studio ${user.slice(0, 6)}`, lang, tz: 'Europe/Rome' } });
  await h.prisma.channelIdentity.create({
    data: { clientId: c.id, channel: 'telegram', externalUserId: user, chatId: `chat-${user}` },
  });
  return { user, id: c.id };
}

describe('access', () => {
  it('answers an unknown user once, politely, and keeps nothing about them', async () => {
    const stranger = randomUUID();
    const before = await h.prisma.message.count();
    const reply = await h.say(stranger, 'ciao, vorrei informazioni', { languageHint: 'it' });
    expect(reply?.text).toMatch(/riservato ai clienti/);
    expect(await h.prisma.message.count()).toBe(before);
    expect(await h.prisma.channelIdentity.count({ where: { externalUserId: stranger } })).toBe(0);
  });

  it('links a Telegram user with /start CODE, once', async () => {
    const c = await h.prisma.client.create({ data: { name: 'Studio Rossi', lang: 'it' } });
    const invite = await createInvite(h.prisma, c.id, now);
    const first = randomUUID();
    const reply = await h.say(first, `/start ${invite.code}`, { command: { name: 'start', arg: invite.code } });
    expect(reply?.text).toMatch(/Ciao, Studio Rossi! Collegamento riuscito/);
    expect(await h.prisma.channelIdentity.count({ where: { clientId: c.id } })).toBe(1);

    const second = randomUUID();
    const again = await h.say(second, `/start ${invite.code}`, { command: { name: 'start', arg: invite.code } });
    expect(again?.text).toMatch(/non è valido o è scaduto/);
    expect(await h.prisma.channelIdentity.count({ where: { clientId: c.id } })).toBe(1);
  });

  it('refuses an expired code', async () => {
    const c = await h.prisma.client.create({ data: { name: 'Studio Bianchi', lang: 'en' } });
    const invite = await createInvite(h.prisma, c.id, new Date(now.getTime() - 8 * 86_400_000));
    const reply = await h.say(randomUUID(), invite.code, { languageHint: 'en' });
    expect(reply?.text).toMatch(/not valid or has expired/);
  });
});

describe('reminders', () => {
  it('saves an Italian reminder, confirms the local time with buttons, and schedules it', async () => {
    const c = await client('it');
    const reply = await h.say(c.user, 'Ricordami domani alle 15 di chiamare Rossi');
    expect(reply?.text).toContain('domani alle 15:00');
    expect(reply?.text).toContain('chiamare Rossi');
    expect(reply?.buttons?.flat().map((b) => b.label)).toEqual(['Annulla', 'Cambia orario']);
    const reminder = await h.prisma.reminder.findFirstOrThrow({
      where: { clientId: c.id },
      include: { occurrences: true },
    });
    expect(reminder.firstDueAt.toISOString()).toBe('2026-11-24T14:00:00.000Z');
    const job = await h.queue.getJob(occurrenceJobId(reminder.occurrences[0]!.id));
    expect(job?.opts.delay).toBe(29 * 3600_000);
  });

  it('saves an English recurring reminder and says how it repeats', async () => {
    const c = await client('en');
    const reply = await h.say(c.user, 'Remind me every Monday at 6pm to send the weekly report');
    expect(reply?.text).toBe(
      'Done: I will remind you every Monday at 18:00, starting Monday 23 November: "send the weekly report".',
    );
    const reminder = await h.prisma.reminder.findFirstOrThrow({ where: { clientId: c.id } });
    expect(reminder.rrule).toBe('FREQ=WEEKLY;BYDAY=MO');
  });

  it('says the rule of an Italian recurring reminder in words, with its time, and the first day', async () => {
    const c = await client('it');
    const reply = await h.say(c.user, 'ogni primo lunedì del mese ricordami di mandare le fatture al commercialista');
    expect(reply?.text).toBe(
      'Fatto: te lo ricordo ogni primo lunedì del mese alle 9:00, a partire da lunedì 7 dicembre: "mandare le fatture al commercialista".',
    );
    const reminder = await h.prisma.reminder.findFirstOrThrow({ where: { clientId: c.id } });
    expect(reminder.rrule).toBe('FREQ=MONTHLY;BYDAY=1MO');
  });

  it('asks when, and the next message completes the reminder', async () => {
    const c = await client('it');
    const question = await h.say(c.user, 'Ricordami di pagare la bolletta');
    expect(question?.text).toMatch(/Quando te lo ricordo/);
    expect(await h.prisma.reminder.count({ where: { clientId: c.id } })).toBe(0);
    const done = await h.say(c.user, 'giovedì alle 9');
    expect(done?.text).toContain('giovedì 26 novembre alle 9:00');
    expect((await h.prisma.reminder.findFirstOrThrow({ where: { clientId: c.id } })).text).toMatch(
      /pagare la bolletta/,
    );
  });

  it('drops the question on "lascia stare"', async () => {
    const c = await client('it');
    await h.say(c.user, 'Ricordami di pagare la bolletta');
    expect((await h.say(c.user, 'lascia stare'))?.text).toBe('Va bene, lascio stare.');
    expect(await h.prisma.reminder.count({ where: { clientId: c.id } })).toBe(0);
  });

  it("cancels a reminder from its button, and refuses another client's reminder id", async () => {
    const owner = await client('it');
    const reply = await h.say(owner.user, 'Ricordami domani alle 11 di sentire il notaio');
    const cancel = reply!.buttons![0]![0]!.data;

    const intruder = await client('it');
    const refused = await h.say(intruder.user, '', { action: { data: cancel } });
    expect(refused?.text).toMatch(/non esiste più o non è tuo/);
    expect((await h.prisma.reminder.findFirstOrThrow({ where: { clientId: owner.id } })).status).toBe('active');

    const ok = await h.say(owner.user, '', { action: { data: cancel } });
    expect(ok?.text).toMatch(/Ho annullato il promemoria/);
    expect((await h.prisma.reminder.findFirstOrThrow({ where: { clientId: owner.id } })).status).toBe('cancelled');
  });
});

describe('bookings', () => {
  it('books, then names the clash and asks for another time', async () => {
    const c = await client('it');
    const booked = await h.say(c.user, 'Metti in agenda il dentista giovedì alle 10:30');
    expect(booked?.text).toMatch(/^Fissato: .*dentista.*giovedì 26 novembre, 10:30–11:30/);
    const clash = await h.say(c.user, 'Fissami una riunione con Bianchi giovedì alle 11');
    expect(clash?.text).toMatch(/hai già .*dentista/);
    expect(await h.prisma.booking.count({ where: { clientId: c.id, status: 'confirmed' } })).toBe(1);
    const moved = await h.say(c.user, 'alle 15');
    expect(moved?.text).toMatch(/Fissato: .*giovedì 26 novembre, 15:00–16:00/);
    expect(await h.prisma.booking.count({ where: { clientId: c.id, status: 'confirmed' } })).toBe(2);
  });
});

describe('tasks', () => {
  it('opens a ticket and gives its number', async () => {
    const c = await client('it');
    const reply = await h.say(c.user, 'Traduci il contratto in inglese entro venerdì');
    const ticket = await h.prisma.ticket.findFirstOrThrow({ where: { clientId: c.id } });
    expect(reply?.text).toBe(
      `Ho aperto la richiesta #${ticket.number}, da fare entro venerdì 27 novembre: un'assistente se ne occupa.`,
    );
    expect(ticket.category).toBe('translation');
  });

  it('says the hour a request is due by when the client gave one', async () => {
    const c = await client('it');
    const reply = await h.say(c.user, 'serve un corriere che porti i fascicoli allo studio Marini entro le 12');
    const ticket = await h.prisma.ticket.findFirstOrThrow({ where: { clientId: c.id } });
    expect(reply?.text).toBe(
      `Ho aperto la richiesta #${ticket.number}, da fare entro oggi alle 12:00: un'assistente se ne occupa.`,
    );
  });

  it('keeps a 10,000-character request whole on the ticket', async () => {
    const c = await client('en');
    const long =
      `Please write a letter to the landlord about the heating. ${'Details of the case. '.repeat(500)}`.slice(
        0,
        10_000,
      );
    const reply = await h.say(c.user, long);
    expect(reply?.text).toMatch(/request #\d+/);
    const ticket = await h.prisma.ticket.findFirstOrThrow({ where: { clientId: c.id } });
    expect(ticket.details).toHaveLength(10_000);
  });

  it('attaches files sent right after a request to its ticket', async () => {
    const c = await client('it');
    await h.say(c.user, 'Scrivi una lettera di sollecito per il cliente Neri');
    const reply = await h.say(c.user, '', {
      attachments: [
        { kind: 'document', fileId: 'file-1', fileName: 'fattura.pdf', mimeType: 'application/pdf', sizeBytes: 1200 },
      ],
    });
    const ticket = await h.prisma.ticket.findFirstOrThrow({
      where: { clientId: c.id },
      include: { attachments: true },
    });
    expect(reply?.text).toBe(`Ho allegato il file alla richiesta #${ticket.number}.`);
    expect(ticket.attachments.map((a) => a.fileName)).toEqual(['fattura.pdf']);
  });
});

describe('agenda, cancel and reschedule', () => {
  it('lists tomorrow grouped by day', async () => {
    const c = await client('it');
    await h.say(c.user, 'Prenota il commercialista domani alle 15');
    await h.say(c.user, 'Ricordami domani alle 9 di portare i documenti');
    const reply = await h.say(c.user, 'cosa ho domani?');
    expect(reply?.text?.split('\n').slice(0, 4)).toEqual([
      'La tua agenda domani:',
      '',
      'martedì 24 novembre',
      '• 09:00 promemoria: portare i documenti',
    ]);
    expect(reply?.text?.split('\n')[4]).toMatch(/^• 15:00 .*commercialista/);
  });

  it('asks with buttons when more than one item fits, and cancels the one tapped', async () => {
    const c = await client('it');
    await h.say(c.user, "Metti in agenda la riunione con l'architetto giovedì alle 9");
    await h.say(c.user, "Metti in agenda la chiamata con l'architetto venerdì alle 9");
    const question = await h.say(c.user, "Annulla l'appuntamento con l'architetto");
    expect(question?.text).toMatch(/Quale\?/);
    expect(question?.buttons).toHaveLength(2);
    const done = await h.say(c.user, '', { action: { data: question!.buttons![1]![0]!.data } });
    expect(done?.text).toMatch(/^Annullato: .*architetto/);
    expect(await h.prisma.booking.count({ where: { clientId: c.id, status: 'confirmed' } })).toBe(1);
  });

  it('moves a booking to a new day keeping its time', async () => {
    const c = await client('it');
    await h.say(c.user, 'Prenota il dentista mercoledì alle 16:30');
    const reply = await h.say(c.user, 'Sposta il dentista a venerdì');
    expect(reply?.text).toMatch(/Spostato: .*venerdì 27 novembre alle 16:30/);
  });
});

describe('robustness', () => {
  it('handles a redelivered update once', async () => {
    const c = await client('it');
    const message = {
      channel: 'telegram' as const,
      idempotencyKey: `tg:${randomUUID()}`,
      externalUserId: c.user,
      chatId: `chat-${c.user}`,
      text: 'Scrivi un post per Instagram sulla promo di Natale',
      attachments: [],
      receivedAt: now,
    };
    await Promise.all([h.handle(message), h.handle(message)]);
    await h.handle(message);
    expect(await h.prisma.ticket.count({ where: { clientId: c.id } })).toBe(1);
  });

  it('answers empty and emoji-only messages without acting', async () => {
    const c = await client('it');
    expect((await h.say(c.user, ''))?.text).toMatch(/non ho capito/i);
    expect((await h.say(c.user, '👍🎉'))?.text).toMatch(/non ho capito/i);
    expect(await h.prisma.ticket.count({ where: { clientId: c.id } })).toBe(0);
  });

  it('asks back once, then hands a second unclear message to a human', async () => {
    const c = await client('it');
    expect((await h.say(c.user, 'boh quella roba lì di ieri, hai presente'))?.text).toMatch(/non ho capito/i);
    const second = await h.say(c.user, 'insomma quella faccenda là, capito no');
    expect(second?.text).toMatch(/Ho passato il tuo messaggio a un'assistente \(richiesta #\d+\)/);
    expect(await h.prisma.ticket.count({ where: { clientId: c.id } })).toBe(1);
  });
});

describe('questions asked back', () => {
  it('a ticket opened by the answer keeps the whole request, not only the answer', async () => {
    const c = await client('it');
    const asked = await h.say(c.user, 'Prenotami un tavolo per 4 da Mario');
    expect(asked?.text).toMatch(/che giorno e ora/);
    const done = await h.say(c.user, 'domani alle 20');
    expect(done?.text).toMatch(/#\d+/);
    const ticket = await h.prisma.ticket.findFirstOrThrow({ where: { clientId: c.id } });
    expect(ticket.category).toBe('booking');
    expect(ticket.details).toBe('Prenotami un tavolo per 4 da Mario\ndomani alle 20');
  });
});

describe('change time', () => {
  it('keeps the booking on its own day when only a new hour is given', async () => {
    const c = await client('it');
    const booked = await h.say(c.user, 'Riunione con Rossi giovedì alle 10');
    const change = booked?.buttons?.flat().find((b) => b.label === 'Cambia orario');
    expect(change).toBeDefined();
    expect((await h.say(c.user, '', { action: { data: change!.data } }))?.text).toMatch(/A quando/);
    await h.say(c.user, 'alle 12');
    const booking = await h.prisma.booking.findFirstOrThrow({ where: { clientId: c.id } });
    expect(booking.startsAt?.toISOString()).toBe(new Date('2026-11-26T12:00:00+01:00').toISOString());
  });
});
