import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { conversationHarness } from '../../../test/support/conversation.js';
import { createTestClient } from '../../../test/support/db.js';
import type { Prisma } from '../../generated/prisma/client.js';

// Monday 23 November 2026, 17:46 in Rome; "giovedì" is the 26th.
const h = conversationHarness({ now: new Date('2026-11-23T17:46:00+01:00') });
afterAll(() => h.close());

async function client(overrides: Partial<Prisma.ClientUncheckedCreateInput> = {}) {
  const user = randomUUID();
  const c = await createTestClient(h.prisma, { lang: 'it', tz: 'Europe/Rome', ...overrides });
  await h.prisma.channelIdentity.create({
    data: { clientId: c.id, channel: 'telegram', externalUserId: user, chatId: `chat-${user}` },
  });
  return { user, id: c.id };
}

describe('a booking in the past', () => {
  it('is refused with a question, and the next answer books it under the same title', async () => {
    const c = await client();
    const refused = await h.say(c.user, 'riunione con Rossi oggi alle 9');
    expect(refused?.text).toContain('Le 09:00 di oggi sono già passate: a che ora (o che giorno) la fisso?');
    expect(refused?.file).toBeUndefined();
    expect(await h.prisma.booking.count({ where: { clientId: c.id } })).toBe(0);

    const booked = await h.say(c.user, 'domani alle 9');
    expect(booked?.text).toBe('Fissato: riunione con Rossi, domani, 9:00–10:00.');
    const booking = await h.prisma.booking.findFirstOrThrow({ where: { clientId: c.id } });
    expect([booking.title, booking.startsAt?.toISOString()]).toEqual([
      'riunione con Rossi',
      '2026-11-24T08:00:00.000Z',
    ]);
  });

  it('is refused in English too', async () => {
    const c = await client({ lang: 'en' });
    const refused = await h.say(c.user, 'meeting with Rossi today at 9am');
    expect(refused?.text).toContain('09:00 today has already passed: what time (or day) should I book it for?');
    expect(await h.prisma.booking.count({ where: { clientId: c.id } })).toBe(0);
  });

  it('is refused before the office is asked to book it', async () => {
    const c = await client();
    const refused = await h.say(c.user, 'prenotami il dentista oggi alle 10');
    expect(refused?.text).toMatch(/^Le 10:00 di oggi sono già passate/);
    expect(await h.prisma.booking.count({ where: { clientId: c.id } })).toBe(0);
    expect(await h.prisma.ticket.count({ where: { clientId: c.id } })).toBe(0);
  });
});

describe('a booking with a date and no time', () => {
  it('keeps the date, asks for the time, and a time given next makes it a timed booking', async () => {
    const c = await client({ defaultBookingMinutes: 45 });
    const saved = await h.say(c.user, 'riunione con Rossi giovedì');
    expect(saved?.text).toContain(
      "Fissato: riunione con Rossi, giovedì 26 novembre.\nA che ora? Scrivimi l'orario, oppure la lascio per tutto il giorno.",
    );
    expect(saved?.file).toBeDefined();
    const dayOnly = await h.prisma.booking.findFirstOrThrow({ where: { clientId: c.id } });
    expect([dayOnly.startsAt, dayOnly.day?.toISOString().slice(0, 10)]).toEqual([null, '2026-11-26']);

    const timed = await h.say(c.user, 'alle 11');
    expect(timed?.text).toBe('Fissato: riunione con Rossi, giovedì 26 novembre, 11:00–11:45.');
    // the updated invitation replaces the all-day event in the client's calendar
    expect(timed?.file).toBeDefined();
    const booking = await h.prisma.booking.findUniqueOrThrow({ where: { id: dayOnly.id } });
    expect([booking.day, booking.startsAt?.toISOString(), booking.endsAt?.toISOString(), booking.icsSequence]).toEqual([
      null,
      '2026-11-26T10:00:00.000Z',
      '2026-11-26T10:45:00.000Z',
      dayOnly.icsSequence + 1,
    ]);
    expect(await h.prisma.booking.count({ where: { clientId: c.id } })).toBe(1);
  });

  it('does not ask the time of a day the client said takes the whole day', async () => {
    const c = await client();
    const saved = await h.say(c.user, 'giovedì ho il congresso dei dermatologi a Rimini tutto il giorno');
    expect(saved?.text).toMatch(/^Fissato: .*congresso dei dermatologi a Rimini, giovedì 26 novembre\.$/);
    const booking = await h.prisma.booking.findFirstOrThrow({ where: { clientId: c.id } });
    expect([booking.title, booking.startsAt]).toEqual([
      expect.stringMatching(/congresso dei dermatologi a Rimini$/),
      null,
    ]);
    // the next message is a request of its own, not the booking's time
    expect((await h.say(c.user, 'ricordami alle 16 di chiamare Verdi'))?.text).toMatch(
      /^Fatto: te lo ricordo .*"chiamare Verdi"/,
    );
  });

  it('stays all day when the answer gives no time, and a new request is handled as such', async () => {
    const c = await client();
    await h.say(c.user, 'riunione con Rossi giovedì');
    expect((await h.say(c.user, 'tutto il giorno'))?.text).toBe('Va bene, la lascio per tutto il giorno.');
    await h.say(c.user, 'riunione con Bianchi venerdì');
    expect((await h.say(c.user, 'ricordami domani alle 10 di chiamare Verdi'))?.text).toMatch(
      /^Fatto: te lo ricordo domani alle 10:00/,
    );
    const bookings = await h.prisma.booking.findMany({ where: { clientId: c.id }, orderBy: { day: 'asc' } });
    expect(bookings.map((b) => [b.title, b.startsAt, b.day?.toISOString().slice(0, 10)])).toEqual([
      ['riunione con Rossi', null, '2026-11-26'],
      ['riunione con Bianchi', null, '2026-11-27'],
    ]);
  });

  it('given a time that clashes, names the clash and leaves the date-only entry as it was', async () => {
    const c = await client();
    await h.prisma.booking.create({
      data: {
        clientId: c.id,
        title: 'dentista',
        startsAt: new Date('2026-11-26T10:00:00Z'),
        endsAt: new Date('2026-11-26T11:00:00Z'),
        status: 'confirmed',
        changedAt: new Date('2026-11-20T00:00:00Z'),
      },
    });
    await h.say(c.user, 'riunione con Rossi giovedì');
    const clash = await h.say(c.user, 'alle 11');
    expect(clash?.text).toMatch(/A quell'ora hai già «dentista» \(11:00–12:00\)/);
    const dayOnly = await h.prisma.booking.findFirstOrThrow({ where: { clientId: c.id, title: 'riunione con Rossi' } });
    expect(dayOnly.startsAt).toBeNull();
  });
});

describe('an offer of free slots', () => {
  it('books one slot only: a second tap of any of its buttons names the booking made', async () => {
    const c = await client();
    await h.prisma.booking.create({
      data: {
        clientId: c.id,
        title: 'dentista',
        startsAt: new Date('2026-11-26T09:00:00Z'),
        endsAt: new Date('2026-11-26T10:00:00Z'),
        status: 'confirmed',
        changedAt: new Date('2026-11-20T00:00:00Z'),
      },
    });
    const clash = await h.say(c.user, 'riunione con Rossi giovedì alle 10');
    // the slots are buttons: the line about them is a sentence of its own, then the way out
    expect(clash?.text).toBe(
      "A quell'ora hai già «dentista» (10:00–11:00). Che altro orario va bene per «riunione con Rossi»? " +
        'Se devono restare entrambi, tocca «Segna comunque».\n' +
        'Gli orari liberi più vicini sono qui sotto: toccane uno per prenotarlo. Per lasciar stare, scrivi «annulla».',
    );
    const buttons = clash!.buttons!.flat();
    expect(buttons[0]!.label).toBe('Segna comunque');
    const slots = buttons.filter((b) => b.data.startsWith('sl:'));
    expect(slots.length).toBeGreaterThan(1);
    for (const b of buttons) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);

    const booked = await h.say(c.user, '', { action: { data: slots[0]!.data } });
    expect(booked?.text).toMatch(/^Fissato: riunione con Rossi, /);
    const booking = await h.prisma.booking.findFirstOrThrow({ where: { clientId: c.id, title: 'riunione con Rossi' } });

    // the offer is used up: another slot, the same slot, or "Segna comunque"
    for (const b of [slots[0]!, slots[1]!, buttons[0]!]) {
      const again = await h.say(c.user, '', { action: { data: b.data } });
      expect(again?.text).toBe(`Hai già scelto: ${booked!.text!.slice('Fissato: '.length)}`);
      expect(again?.buttons ?? []).toEqual([]);
    }
    expect(await h.prisma.booking.count({ where: { clientId: c.id, status: 'confirmed' } })).toBe(2);
    expect(await h.prisma.booking.count({ where: { clientId: c.id, title: 'riunione con Rossi' } })).toBe(1);
    expect(booking.status).toBe('confirmed');
  });

  it('of another answer can still be used after one offer was', async () => {
    const c = await client({ lang: 'en' });
    const first = await h.say(c.user, 'find me a free hour on Thursday');
    await h.say(c.user, '', { action: { data: first!.buttons![0]![0]!.data } });
    const used = await h.say(c.user, '', { action: { data: first!.buttons![1]![0]!.data } });
    expect(used?.text).toMatch(/^Already booked: Appointment, Thursday 26 November, \d\d:\d\d–\d\d:\d\d\.$/);
    const second = await h.say(c.user, 'find me a free hour on Thursday');
    const booked = await h.say(c.user, '', { action: { data: second!.buttons![0]![0]!.data } });
    expect(booked?.text).toMatch(/^Booked: Appointment, /);
    expect(await h.prisma.booking.count({ where: { clientId: c.id, status: 'confirmed' } })).toBe(2);
  });
});

describe('a day the working hours close', () => {
  it('takes a booking on the client own agenda, with a note', async () => {
    const c = await client();
    const saved = await h.say(c.user, 'riunione con Rossi sabato alle 10');
    expect(saved?.text).toBe(
      'Fissato: riunione con Rossi, sabato 28 novembre, 10:00–11:00.\nNota: sabato è fuori dal tuo orario di lavoro.',
    );
    expect(await h.prisma.booking.count({ where: { clientId: c.id, status: 'confirmed' } })).toBe(1);
    const english = await client({ lang: 'en' });
    expect((await h.say(english.user, 'meeting with Rossi on Saturday at 10'))?.text).toBe(
      'Booked: meeting with Rossi, Saturday 28 November, 10:00–11:00.\nNote: Saturday is outside your working hours.',
    );
  });

  it('is named as closed when free slots are asked for on it, with the next free slots', async () => {
    const c = await client();
    const reply = await h.say(c.user, "trovami un'ora libera sabato");
    expect(reply?.text).toBe(
      'Sabato è fuori dal tuo orario di lavoro. I primi spazi liberi dopo (tocca quello che vuoi prenotare):',
    );
    expect(reply?.buttons?.[0]?.[0]?.label).toBe('lunedì 30 novembre 09:00–10:00');
  });

  it('is told apart from a full day or a full part of the day', async () => {
    const c = await client();
    await h.prisma.booking.create({
      data: {
        clientId: c.id,
        title: 'fiera',
        startsAt: new Date('2026-11-26T08:00:00Z'),
        endsAt: new Date('2026-11-26T17:00:00Z'),
        status: 'confirmed',
        changedAt: new Date('2026-11-20T00:00:00Z'),
      },
    });
    expect((await h.say(c.user, "trovami un'ora libera giovedì"))?.text).toMatch(
      /^Quel giorno non hai 60 minuti liberi\. I primi spazi liberi dopo/,
    );
    expect((await h.say(c.user, 'ho un buco giovedì pomeriggio?'))?.text).toMatch(
      /^In quella fascia oraria non hai 60 minuti liberi\./,
    );
  });
});

describe('a booking confirmation', () => {
  it('states the span asked for, with Annulla / Cambia orario that act on that booking', async () => {
    const c = await client();
    const half = await h.say(c.user, "riunione con Rossi giovedì alle 10 per mezz'ora");
    expect(half?.text).toBe('Fissato: riunione con Rossi, giovedì 26 novembre, 10:00–10:30.');
    const span = await h.say(c.user, 'riunione con Bianchi venerdì dalle 14 alle 16');
    expect(span?.text).toBe('Fissato: riunione con Bianchi, venerdì 27 novembre, 14:00–16:00.');
    expect(span?.buttons?.flat().map((b) => b.label)).toEqual(['Annulla', 'Cambia orario']);

    const [cancel, change] = half!.buttons!.flat();
    expect((await h.say(c.user, '', { action: { data: change!.data } }))?.text).toMatch(/^A quando lo sposto\?/);
    expect((await h.say(c.user, 'giovedì alle 12'))?.text).toBe(
      'Spostato: riunione con Rossi, giovedì 26 novembre alle 12:00.',
    );
    expect((await h.say(c.user, '', { action: { data: cancel!.data } }))?.text).toBe(
      'Annullato: riunione con Rossi, giovedì 26 novembre alle 12:00.',
    );
    expect(await h.prisma.booking.count({ where: { clientId: c.id, status: 'confirmed' } })).toBe(1);
  });

  it('names a clash by its title and time, once, in English too', async () => {
    const c = await client({ lang: 'en' });
    await h.say(c.user, 'meeting with Rossi on Thursday at 10');
    const clash = await h.say(c.user, 'meeting with Bianchi on Thursday at 10:30');
    expect(clash?.text).toBe(
      'At that time you already have "meeting with Rossi" (10:00–11:00). What other time works for "meeting with Bianchi"? ' +
        'To keep both, tap "Keep both".\n' +
        'The nearest free times are below: tap one to book it. To drop it, write "cancel".',
    );
  });
});

describe('a time said as a correction after a clash', () => {
  it.each([
    ['it', 'Rossi giovedì alle 10', 'call Verdi giovedì alle 10', 'anzi alle 4', 'call Verdi'],
    ['it', 'Rossi giovedì alle 10', 'call Verdi giovedì alle 10', 'facciamo alle 4', 'call Verdi'],
    ['en', 'Rossi on Thursday at 10', 'call with Verdi on Thursday at 10', 'make it 4', 'call with Verdi'],
  ] as const)(
    '(%s) books the asked item that day at that time, no reminder',
    async (lang, first, second, fix, title) => {
      const c = await client({ lang });
      await h.say(c.user, `${lang === 'en' ? 'meeting with' : 'riunione con'} ${first}`);
      await h.say(c.user, second);
      await h.say(c.user, fix);
      const booked = await h.prisma.booking.findFirstOrThrow({ where: { clientId: c.id, title } });
      expect(booked.startsAt?.toISOString()).toBe('2026-11-26T15:00:00.000Z');
      expect(await h.prisma.reminder.count({ where: { clientId: c.id } })).toBe(0);
    },
  );
});

describe('a second request joined to a booking', () => {
  it('is named to the client as not done when the booking goes in their own calendar', async () => {
    const c = await client();
    const booked = await h.say(c.user, 'segna la riunione con Rossi giovedì alle 10 e ricordami di preparare le slide');
    expect(booked?.text).toBe(
      "Fissato: riunione con Rossi, giovedì 26 novembre, 10:00–11:00.\n«ricordami di preparare le slide» non l'ho fatto: scrivimelo in un messaggio a parte.",
    );
    expect(await h.prisma.reminder.count({ where: { clientId: c.id } })).toBe(0);

    const en = await client({ lang: 'en' });
    const english = await h.say(en.user, 'put a meeting with Tom on thursday at 10 and remind me to print the deck');
    expect(english?.text).toContain(
      'I have not done «remind me to print the deck»: send it to me as a message of its own.',
    );
  });

  it('stays in the office request the desk reads, and the client is told so', async () => {
    const c = await client();
    const asked = await h.say(c.user, 'prenota un tavolo da Gino giovedì alle 8 e mandami il menu');
    expect(asked?.text).toMatch(/^Chiedo all'ufficio di prenotare: tavolo da Gino, /);
    expect(asked?.text).toContain("\nL'ufficio legge anche «mandami il menu» nella stessa richiesta.");
    const ticket = await h.prisma.ticket.findFirstOrThrow({ where: { clientId: c.id } });
    expect(ticket.details).toContain('mandami il menu');
  });

  it('adds nothing when the message holds one request', async () => {
    const c = await client();
    const booked = await h.say(c.user, 'pranzo con Anna e Marco giovedì alle 13');
    expect(booked?.text).toBe('Fissato: pranzo con Anna e Marco, giovedì 26 novembre, 13:00–14:00.');
  });
});
