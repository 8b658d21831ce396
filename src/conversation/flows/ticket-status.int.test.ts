import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { conversationHarness } from '../../../test/support/conversation.js';
import { createTestAssistant, createTestTicket } from '../../../test/support/db.js';

// Monday 7 December 2026, 10:00 in Rome.
const now = new Date('2026-12-07T10:00:00+01:00');
const h = conversationHarness({ now });
afterAll(() => h.close());

async function client(lang: 'it' | 'en', extra: { hoursPackageMinutes?: number; hoursBalanceMinutes?: number } = {}) {
  const user = randomUUID();
  const c = await h.prisma.client.create({
    data: { name: `Studio ${user.slice(0, 6)}`, lang, tz: 'Europe/Rome', ...extra },
  });
  await h.prisma.channelIdentity.create({
    data: { clientId: c.id, channel: 'telegram', externalUserId: user, chatId: `chat-${user}` },
  });
  return { user, id: c.id };
}

describe('how a request is going (ticket_status)', () => {
  it('answers by request number with who has it, what they wait for, the due day and their last words', async () => {
    const c = await client('it');
    const giulia = await createTestAssistant(h.prisma, { name: 'Giulia Bianchi' });
    const translation = await createTestTicket(h.prisma, c.id, {
      summary: 'Tradurre il contratto di locazione',
      category: 'translation',
      status: 'waiting_client',
      assigneeId: giulia.id,
      due: new Date('2026-12-10T00:00:00Z'),
    });
    await createTestTicket(h.prisma, c.id, { summary: 'Richiamare la signora Colombo' });
    const conversation = await h.prisma.conversation.create({ data: { clientId: c.id, channel: 'telegram' } });
    /** a message on the request, and the turn it was in its history (at `at`, by `kind`) */
    const said = async (
      direction: 'inbound' | 'outbound',
      body: string,
      at: string,
      kind?: 'asked_client' | 'client_message',
    ) => {
      await h.prisma.message.create({
        data: {
          conversationId: conversation.id,
          clientId: c.id,
          direction,
          channel: 'telegram',
          ticketId: translation.id,
          body,
        },
      });
      if (kind)
        await h.prisma.ticketEvent.create({
          data: {
            ticketId: translation.id,
            kind,
            actor: kind === 'asked_client' ? 'assistant' : 'client',
            assistantId: kind === 'asked_client' ? giulia.id : null,
            createdAt: new Date(at),
          },
        });
    };
    await said(
      'outbound',
      `mi mandi il PDF del contratto?\n\n— Giulia, richiesta #${translation.number}`,
      '2026-12-07T09:40:00+01:00',
      'asked_client',
    );
    // the bot's own lines about the request are no one's words
    await said(
      'outbound',
      `Ricorda: Giulia aspetta una tua risposta (#${translation.number}).`,
      '2026-12-07T09:50:00+01:00',
    );

    const reply = await h.say(c.user, `a che punto è la richiesta ${translation.number}?`);
    expect(reply?.text).toBe(
      [
        `#${translation.number} «Tradurre il contratto di locazione»: se ne occupa Giulia.`,
        'Giulia ti ha scritto alle 09:40: «mi mandi il PDF del contratto?» — aspetta una tua risposta.',
        'Scadenza: giovedì 10 dicembre.',
      ].join('\n'),
    );
    // once the client answered, it is Giulia's turn, and the answer says so
    await said('inbound', 'te lo mando stasera', '2026-12-07T09:55:00+01:00', 'client_message');
    await h.prisma.ticket.update({ where: { id: translation.id }, data: { status: 'claimed' } });
    expect((await h.say(c.user, 'novità sulla traduzione?'))?.text).toContain(
      'Giulia ti ha scritto alle 09:40: «mi mandi il PDF del contratto?»\nHai risposto alle 09:55; ora tocca a Giulia.',
    );
    expect(reply?.text).not.toContain('Colombo');
  });

  it('finds an office booking by its words and says whether it is confirmed; an unknown number lists what exists', async () => {
    const c = await client('it');
    const ticket = await createTestTicket(h.prisma, c.id, { summary: 'Prenotare: tavolo per 4', category: 'booking' });
    await h.prisma.booking.create({
      data: {
        clientId: c.id,
        ticketId: ticket.id,
        title: 'tavolo per 4',
        withWhom: 'Mario',
        status: 'requested',
        changedAt: now,
      },
    });
    const booked = await h.say(c.user, 'hai prenotato il tavolo da Mario?');
    expect(booked?.text).toContain("aspetta che un'assistente la prenda in carico.");
    expect(booked?.text).toContain('La prenotazione è da confermare.');

    const unknown = await h.say(c.user, 'a che punto è la richiesta 99999?');
    expect(unknown?.text).toContain('Non trovo la richiesta #99999 tra le tue.');
    expect(unknown?.text).toContain(`#${ticket.number} «Prenotare: tavolo per 4»`);
  });

  it('reads "le mie richieste" as every request in progress, not as words to look for', async () => {
    const c = await client('it');
    const letter = await createTestTicket(h.prisma, c.id, { summary: 'Lettera di diffida al condominio' });
    await createTestTicket(h.prisma, c.id, { summary: 'Prenotare il tavolo', status: 'done', doneAt: now });
    expect((await h.say(c.user, 'a che punto sono le mie richieste?'))?.text).toBe(
      `#${letter.number} «Lettera di diffida al condominio»: aspetta che un'assistente la prenda in carico.`,
    );
  });

  it('speaks English, and says when there is nothing in progress', async () => {
    const c = await client('en');
    const giulia = await createTestAssistant(h.prisma, { name: 'Giulia Bianchi' });
    const letter = await createTestTicket(h.prisma, c.id, {
      summary: 'Letter to the landlord',
      status: 'waiting_client',
      assigneeId: giulia.id,
    });
    const conversation = await h.prisma.conversation.create({ data: { clientId: c.id, channel: 'telegram' } });
    await h.prisma.message.create({
      data: {
        conversationId: conversation.id,
        clientId: c.id,
        direction: 'outbound',
        channel: 'telegram',
        ticketId: letter.id,
        body: `— Giulia, request #${letter.number}`,
      },
    });
    await h.prisma.ticketEvent.create({
      data: {
        ticketId: letter.id,
        kind: 'relayed_to_client',
        actor: 'assistant',
        assistantId: giulia.id,
        createdAt: new Date('2026-12-04T17:05:00+01:00'),
      },
    });
    expect((await h.say(c.user, 'any update on my request?'))?.text).toBe(
      `#${letter.number} «Letter to the landlord»: Giulia is working on it.\n` +
        'Giulia sent you a file Friday 4 December at 17:05 — waiting for your answer.',
    );
    await h.prisma.ticket.update({ where: { id: letter.id }, data: { status: 'cancelled' } });
    expect((await h.say(c.user, 'what is the status of request 1234567?'))?.text).toBe(
      "I can't find request #1234567 among yours.\nYou have no requests in progress.",
    );
  });
});

describe('a booking the client cancelled, still open for the desk to tell the venue', () => {
  it('is no open request of theirs: not in status lists, nor when a cancel finds nothing', async () => {
    const c = await client('it');
    const table = await createTestTicket(h.prisma, c.id, {
      summary: 'Prenotare: tavolo da Cracco per 2',
      category: 'booking',
    });
    await h.prisma.booking.create({
      data: {
        clientId: c.id,
        ticketId: table.id,
        title: 'tavolo da Cracco per 2',
        status: 'requested',
        startsAt: new Date('2026-12-11T20:30:00+01:00'),
        endsAt: new Date('2026-12-11T21:30:00+01:00'),
        changedAt: now,
      },
    });
    const translation = await createTestTicket(h.prisma, c.id, {
      summary: 'la traduzione in inglese della procura speciale',
    });
    expect((await h.say(c.user, `annulla la richiesta ${table.number}`))?.text).toMatch(
      /^Annullato: tavolo da Cracco per 2, venerdì 11 dicembre/,
    );
    expect((await h.prisma.ticket.findUniqueOrThrow({ where: { id: table.id } })).status).toBe('open');
    await h.say(c.user, 'ricordami domani alle 9 di chiamare la banca');

    expect((await h.say(c.user, 'ah annulla la riunione con Rossi'))?.text).toBe(
      'Non trovo «riunione con Rossi» tra appuntamenti, promemoria e richieste. ' +
        `In programma: chiamare la banca (martedì 8 dicembre alle 9:00); #${translation.number} la traduzione in inglese della procura speciale.`,
    );
    expect((await h.say(c.user, 'annulla la richiesta 99999'))?.text).toBe(
      `Non hai una richiesta aperta #99999. Hai 1 richiesta aperta: #${translation.number} «la traduzione in inglese della procura speciale».`,
    );
    const status = await h.say(c.user, 'a che punto è la richiesta 99999?');
    expect(status?.text).toContain(`#${translation.number} «la traduzione in inglese della procura speciale»`);
    expect(status?.text).not.toContain('Cracco');
  });
});

describe('the hours package (balance)', () => {
  it('says the package, the hours used this month and what is left, or how far over it is', async () => {
    const c = await client('it', { hoursPackageMinutes: 600, hoursBalanceMinutes: 450 });
    const giulia = await createTestAssistant(h.prisma, { name: 'Giulia Bianchi' });
    const ticket = await createTestTicket(h.prisma, c.id, { status: 'done' });
    await h.prisma.timeEntry.createMany({
      data: [
        { ticketId: ticket.id, assistantId: giulia.id, minutes: 90, createdAt: new Date('2026-12-02T09:00:00Z') },
        // last month's hour is not this month's
        { ticketId: ticket.id, assistantId: giulia.id, minutes: 60, createdAt: new Date('2026-11-30T09:00:00Z') },
      ],
    });
    expect((await h.say(c.user, 'quante ore mi restano?'))?.text).toBe(
      'Il tuo pacchetto è di 10 h: questo mese ne hai usate 1 h 30 min, ti restano 7 h 30 min.',
    );
    await h.prisma.client.update({ where: { id: c.id }, data: { hoursBalanceMinutes: -45 } });
    expect((await h.say(c.user, 'quante ore mi restano?'))?.text).toContain("l'hai superato di 45 min");
  });

  it('answers in English with the package, the hours used this month and what is left', async () => {
    const c = await client('en', { hoursPackageMinutes: 1200, hoursBalanceMinutes: 135 });
    const giulia = await createTestAssistant(h.prisma, { name: 'Giulia Bianchi' });
    const ticket = await createTestTicket(h.prisma, c.id, { status: 'done' });
    await h.prisma.timeEntry.createMany({
      data: [
        { ticketId: ticket.id, assistantId: giulia.id, minutes: 45, createdAt: new Date('2026-12-01T08:00:00Z') },
        // 00:30 on 1 December in Rome, still November in UTC: this month for the client
        { ticketId: ticket.id, assistantId: giulia.id, minutes: 30, createdAt: new Date('2026-11-30T23:30:00Z') },
      ],
    });
    expect((await h.say(c.user, 'how many hours do I have left?'))?.text).toBe(
      'Your package is 20 h: this month you have used 1 h 15 min, 2 h 15 min left.',
    );
  });

  it('never tells a client without a package that they used it up', async () => {
    const c = await client('en');
    expect((await h.say(c.user, 'how many hours have I used this month?'))?.text).toBe(
      'You have no hours package. This month the assistants have worked 0 min for you.',
    );
    // even with time logged beyond a balance of zero
    await h.prisma.client.update({ where: { id: c.id }, data: { hoursBalanceMinutes: -90 } });
    const answer = (await h.say(c.user, 'how many hours have I used this month?'))?.text;
    expect(answer).toMatch(/^You have no hours package\./);
    expect(answer).not.toMatch(/used up|over it/);
  });
});
