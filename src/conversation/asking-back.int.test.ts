import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { conversationHarness } from '../../test/support/conversation.js';

// Monday 23 November 2026, 17:30 in Rome: the QA tester's clock.
const now = new Date('2026-11-23T17:30:00+01:00');
const h = conversationHarness({ now });

afterAll(() => h.close());

async function client(lang: 'it' | 'en' = 'it') {
  const user = randomUUID();
  const c = await h.prisma.client.create({ data: { name: `Studio ${user.slice(0, 6)}`, lang, tz: 'Europe/Rome' } });
  await h.prisma.channelIdentity.create({
    data: { clientId: c.id, channel: 'telegram', externalUserId: user, chatId: `chat-${user}` },
  });
  return { user, id: c.id };
}

const reminders = (clientId: string) => h.prisma.reminder.findMany({ where: { clientId } });

describe('a time in the past', () => {
  it('says that "ieri" is gone and asks when, keeping the reminder text', async () => {
    const c = await client();
    const asked = await h.say(c.user, 'ricordami ieri alle 10 di pagare');
    expect(asked?.text).toBe(
      'Il momento indicato («ieri») è già passato. Quando te lo ricordo ("pagare")? Per lasciar stare, scrivi «annulla».',
    );
    expect(await reminders(c.id)).toHaveLength(0);
    const done = await h.say(c.user, 'domani alle 10');
    expect(done?.text).toBe('Fatto: te lo ricordo domani alle 10:00: "pagare".');
  });

  it('does the same in English for "yesterday" and "last week"', async () => {
    const c = await client('en');
    expect((await h.say(c.user, 'remind me yesterday at 10 to pay the rent'))?.text).toBe(
      'The time you gave ("yesterday") is already in the past. When should I remind you to "pay the rent"? To drop it, write "cancel".',
    );
    expect((await h.say(c.user, 'remind me last week to call Rossi'))?.text).toMatch(
      /^The time you gave \("last week"\) is already in the past\. When should I remind you to "call Rossi"\?/,
    );
    expect(await reminders(c.id)).toHaveLength(0);
  });

  it('asks when after "tra 0 minuti" instead of keeping it in the text', async () => {
    const c = await client();
    expect((await h.say(c.user, 'ricordami tra 0 minuti di pagare'))?.text).toBe(
      '«Tra 0 minuti» vuol dire adesso. Quando te lo ricordo ("pagare")? Per lasciar stare, scrivi «annulla».',
    );
    expect(await reminders(c.id)).toHaveLength(0);
  });

  it('says that a time already past today has passed and suggests tomorrow', async () => {
    const c = await client();
    const asked = await h.say(c.user, 'ricordami oggi alle 9 di pagare');
    expect(asked?.text).toBe(
      'Le 09:00 di oggi sono già passate. Per esempio: «domani alle 09:00». Quando te lo ricordo ("pagare")? Per lasciar stare, scrivi «annulla».',
    );
    expect(await reminders(c.id)).toHaveLength(0);
    expect((await h.say(c.user, 'domani alle 9'))?.text).toBe('Fatto: te lo ricordo domani alle 9:00: "pagare".');
  });
});

describe('a date or hour that cannot exist', () => {
  it('names the impossible date and completes the reminder with the next answer', async () => {
    const c = await client();
    expect((await h.say(c.user, 'ricordami il 31 febbraio alle 10 di pagare'))?.text).toBe(
      'Il 31 febbraio non esiste. Quando te lo ricordo ("pagare")? Per lasciar stare, scrivi «annulla».',
    );
    expect((await h.say(c.user, 'il 28 alle 10'))?.text).toBe(
      'Fatto: te lo ricordo sabato 28 novembre alle 10:00: "pagare".',
    );
  });

  it('names the impossible hour, also when the answer has one', async () => {
    const c = await client();
    expect((await h.say(c.user, 'ricordami domani alle 25 di pagare'))?.text).toBe(
      'Le 25 non sono un orario valido. Quando te lo ricordo ("pagare")? Per lasciar stare, scrivi «annulla».',
    );
    expect((await h.say(c.user, 'alle 26'))?.text).toBe(
      'Le 26 non sono un orario valido. Quando te lo ricordo ("pagare")? Per lasciar stare, scrivi «annulla».',
    );
    expect((await h.say(c.user, 'domani alle 11'))?.text).toBe('Fatto: te lo ricordo domani alle 11:00: "pagare".');
  });

  it('keeps the title of a booking on an impossible date', async () => {
    const c = await client();
    expect((await h.say(c.user, 'riunione il 31 febbraio alle 10'))?.text).toBe(
      'Il 31 febbraio non esiste. Per che giorno e ora lo fisso? Per lasciar stare, scrivi «annulla».',
    );
    expect((await h.say(c.user, 'il 28 alle 10'))?.text).toMatch(/^Fissato: riunione, sabato 28 novembre/);
  });

  it('explains in English too', async () => {
    const c = await client('en');
    expect((await h.say(c.user, 'remind me on February 31 at 10 to pay'))?.text).toBe(
      'February 31 does not exist. When should I remind you to "pay"? To drop it, write "cancel".',
    );
    expect((await h.say(c.user, 'remind me tomorrow at 25:00 to pay'))?.text).toBe(
      '"25:00" is not a valid time. When should I remind you to "pay"? To drop it, write "cancel".',
    );
  });
});

describe('a way out of every question', () => {
  it('keeps the question when the answer has no words, and drops it on "cancel"', async () => {
    const c = await client('en');
    expect((await h.say(c.user, 'remind me to call Rossi'))?.text).toBe(
      'When should I remind you to "call Rossi"? To drop it, write "cancel".',
    );
    expect((await h.say(c.user, '👍🙂'))?.text).toBe(
      'I did not get that answer. When should I remind you to "call Rossi"? To drop it, write "cancel".',
    );
    expect((await h.say(c.user, '?!... :-)'))?.text).toBe(
      'I did not get that answer. When should I remind you to "call Rossi"? To drop it, write "cancel".',
    );
    expect((await h.say(c.user, 'asdkjh qwe'))?.text).toBe(
      'I did not get that answer. When should I remind you to "call Rossi"? To drop it, write "cancel".',
    );
    expect((await h.say(c.user, 'cancel'))?.text).toBe('All right, I have dropped it.');
    expect(await reminders(c.id)).toHaveLength(0);
  });

  it('drops the question on "lascia stare" and "annulla"', async () => {
    const c = await client();
    await h.say(c.user, 'ricordami di pagare');
    expect((await h.say(c.user, 'lascia stare'))?.text).toBe('Va bene, lascio stare.');
    await h.say(c.user, 'ricordami di pagare');
    expect((await h.say(c.user, 'annulla'))?.text).toBe('Va bene, lascio stare.');
    expect(await reminders(c.id)).toHaveLength(0);
  });

  it('does not make a meaningless answer the text of a reminder asked without one', async () => {
    const c = await client('en');
    expect((await h.say(c.user, 'remind me'))?.text).toBe('What should I remind you of? To drop it, write "cancel".');
    expect((await h.say(c.user, '🙂'))?.text).toMatch(/^I did not get that answer\./);
    // a bare time says when, not what: the question stays
    expect((await h.say(c.user, 'tomorrow at 10'))?.text).toMatch(/What should I remind you of\?/);
    await h.say(c.user, 'to call the bank');
    const [saved] = await reminders(c.id);
    expect(saved?.text).toBe('call the bank');
  });
});

describe('a status end already gone today', () => {
  it('is not taken as tomorrow: the status lasts the usual hour and the reply says why', async () => {
    const c = await client();
    const reply = await h.say(c.user, 'sono in riunione fino alle 16');
    expect(reply?.text).toBe(
      'Ricevuto: hai da fare. Le 16 di oggi sono già passate, quindi considero fino alle 18:30; tocca "+1 ora" se ti serve più tempo.',
    );
    const saved = await h.prisma.client.findUniqueOrThrow({ where: { id: c.id } });
    expect(saved.availabilityKind).toBe('busy');
    expect(saved.availabilityUntil?.toISOString()).toBe('2026-11-23T17:30:00.000Z');
  });

  it('says it in English too', async () => {
    const c = await client('en');
    expect((await h.say(c.user, "I'm in a meeting until 4pm"))?.text).toBe(
      'Got it: you are busy. It is already past 4pm today, so I assume until 18:30; tap "+1 h" if you need longer.',
    );
  });
});

describe('a reminder that does not say what', () => {
  it('asks what to remind of, keeping the time, instead of saving the request as its text', async () => {
    const c = await client();
    const asked = await h.say(c.user, 'ricordamelo dopodomani');
    expect(asked?.text).toBe('Di cosa ti devo ricordare? Per lasciar stare, scrivi «annulla».');
    expect(await reminders(c.id)).toHaveLength(0);
    const saved = await h.say(c.user, 'di pagare il bollo');
    expect(saved?.text).toBe('Fatto: te lo ricordo mercoledì 25 novembre alle 9:00: "pagare il bollo".');
    const [reminder] = await reminders(c.id);
    expect(reminder).toMatchObject({ text: 'pagare il bollo', firstDueAt: new Date('2026-11-25T09:00:00+01:00') });
  });

  it('asks in English too', async () => {
    const c = await client('en');
    expect((await h.say(c.user, 'remind me tomorrow at 9'))?.text).toBe(
      'What should I remind you of? To drop it, write "cancel".',
    );
    await h.say(c.user, 'to call the bank');
    expect(await reminders(c.id)).toMatchObject([{ text: 'call the bank' }]);
  });
});
