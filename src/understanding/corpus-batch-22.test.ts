import { describe, expect, it } from 'vitest';
import { expectLabelled } from '../../test/understanding/expect-labelled.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { corpus22Round1 } from '../../test/understanding/families/corpus-22-round1.js';
import { corpus22Round2 } from '../../test/understanding/families/corpus-22-round2.js';
import { corpus22Round3 } from '../../test/understanding/families/corpus-22-round3.js';
import { corpus22Round4 } from '../../test/understanding/families/corpus-22-round4.js';
import { corpus22Round5 } from '../../test/understanding/families/corpus-22-round5.js';
import { corpus22Round6 } from '../../test/understanding/families/corpus-22-round6.js';
import { corpus22Round7 } from '../../test/understanding/families/corpus-22-round7.js';
import { corpus22Round8 } from '../../test/understanding/families/corpus-22-round8.js';
import { corpus22Round9 } from '../../test/understanding/families/corpus-22-round9.js';
import { corpus22Round10 } from '../../test/understanding/families/corpus-22-round10.js';
import { corpus22Round11 } from '../../test/understanding/families/corpus-22-round11.js';
import { understandRules } from './rules.js';

/**
 * Corpus batch 22 (test/understanding/families/corpus-22-round*.ts): time expressions at the breadth of the public
 * parsers' suites in reminders and bookings; each must be read whole, the errand or the event left as said.
 */
const FREE_TEXTS = ['title', 'text'] as const;

describe('corpus batch 22: time expressions at corpus breadth', () => {
  for (const example of [
    ...corpus22Round1,
    ...corpus22Round2,
    ...corpus22Round3,
    ...corpus22Round4,
    ...corpus22Round5,
    ...corpus22Round6,
    ...corpus22Round7,
    ...corpus22Round8,
    ...corpus22Round9,
    ...corpus22Round10,
    ...corpus22Round11,
  ].flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      expectLabelled(example, { freeTexts: FREE_TEXTS });
    });
  }
});

/** Tuesday 13 April 2027, 08:15 in Rome; the English client in London at 08:15 the same day. */
const it_ = { now: new Date('2027-04-13T08:15:00+02:00'), tz: 'Europe/Rome', lang: 'it' as const };
const en = { now: new Date('2027-04-13T08:15:00+01:00'), tz: 'Europe/London', lang: 'en' as const };
const read = (text: string, ctx: typeof en | typeof it_) => understandRules(text, ctx);

describe('corpus batch 22: loose week and year edges', () => {
  it('reads "in settimana", "later this week", "towards the end of the week" as this Friday', () => {
    for (const [text, ctx] of [
      ['ricordami più avanti in settimana di annaffiare le piante', it_],
      ['ricordami entro la settimana di mandare il preventivo', it_],
      ['nel corso della settimana ricordami di sentire Luca', it_],
      ['remind me later in the week to water the plants', en],
      ['remind me late this week to book the van', en],
      ['remind me towards the end of the week to call Ann', en],
    ] as const)
      expect(read(text, ctx).when, text).toMatch(/^2027-04-16T09:00/);
    expect(read('entro la settimana prossima ricordami di sentire Luca', it_).when).toBe('2027-04-19T09:00:00+02:00');
  });

  it('reads late and early next week, the end of the week after next, and year-end after a preposition', () => {
    expect(read('remind me sometime late next week to call Ann', en)).toMatchObject({
      when: '2027-04-23T09:00:00+01:00',
      text: 'call Ann',
    });
    expect(read('remind me early next week to call Ann', en)).toMatchObject({
      when: '2027-04-19T09:00:00+01:00',
      text: 'call Ann',
    });
    expect(read('remind me at the end of the week after next to call Ann', en).when).toBe('2027-04-30T09:00:00+01:00');
    expect(read('remind me before year-end to file the return', en).when).toBe('2027-12-31T09:00:00+00:00');
    expect(read('remind me about the year end closing on friday', en).when).toBe('2027-04-16T09:00:00+01:00');
  });
});

describe('corpus batch 22: months with days, month-first Italian dates, years written short or in words', () => {
  it('adds days or weeks after whole months and years, keeping the clock time', () => {
    expect(read('ricordami tra due mesi e 10 giorni di rinnovare la tessera', it_).when).toBe(
      '2027-06-23T08:15:00+02:00',
    );
    expect(read('ricordami tra un anno e 3 mesi di fare il tagliando', it_).when).toBe('2028-07-13T08:15:00+02:00');
    expect(read('remind me in a month and a week to renew the card', en).when).toBe('2027-05-20T08:15:00+01:00');
  });

  it('reads a full month name before the day in Italian, never a month before a count', () => {
    expect(read('ricordami marzo 3 alle 9 di fare il tagliando', it_).when).toBe('2028-03-03T09:00:00+01:00');
    expect(read('settembre 15 ho la riunione con il fornitore', it_)).toMatchObject({
      intent: 'booking',
      when: '2027-09-15',
    });
    expect(read('a maggio 3 volte la settimana vado in palestra, ricordami domani di iscrivermi', it_).when).toBe(
      '2027-04-14T09:00:00+02:00',
    );
  });

  it('reads "\'28" after a month and "duemilaventotto" as the year, out of the text', () => {
    expect(read("ricordami il 3 mag. '28 di fare il tagliando", it_)).toMatchObject({
      when: '2028-05-03T09:00:00+02:00',
      text: 'fare il tagliando',
    });
    expect(read('ricordami il 3 maggio duemilaventotto di fare il tagliando', it_).when).toBe(
      '2028-05-03T09:00:00+02:00',
    );
    expect(read("remind me on Aug 3rd '28 to renew the lease", en)).toMatchObject({
      when: '2028-08-03T09:00:00+01:00',
      text: 'renew the lease',
    });
  });

  it('reads the first and last days of a month as its edges', () => {
    expect(read('ricordami nei primi giorni di maggio di pagare la tassa', it_).when).toBe('2027-05-01T09:00:00+02:00');
    expect(read('ricordami negli ultimi giorni del mese di fare le fatture', it_).when).toBe(
      '2027-04-30T09:00:00+02:00',
    );
    expect(read('remind me in the first few days of May to pay the tax', en).when).toBe('2027-05-01T09:00:00+01:00');
    expect(read('ricordami alla fine di maggio di fare il tagliando', it_).text).toBe('fare il tagliando');
  });
});

describe('corpus batch 22: a room the meeting is held in is booked by nobody', () => {
  it('keeps "in room 3" / "in sala 3" a place, while booking a room is still for the office', () => {
    expect(read('meeting with the supplier on thursday at 10 in room 3', en).viaOffice).toBeUndefined();
    expect(read('riunione con Bianchi giovedì alle 10 nella sala grande', it_).viaOffice).toBeUndefined();
    expect(read('riunione con il commercialista lunedì alle 15, stanza 12', it_).viaOffice).toBeUndefined();
    expect(read('prenota la sala 3 per giovedì alle 10', it_).viaOffice).toBe(true);
    expect(read('I need a table for 4 friday at 8', en)).toMatchObject({ viaOffice: true, partySize: 4 });
  });
});

describe('corpus batch 22, rounds 5-6: deadlines on a day, weekends and weeks counted on, regional and ordinal days', () => {
  it('keeps a deadline clock said before its day ("by 5pm on wednesday") as the time a lone reminder fires', () => {
    expect(read('remind me by 5pm on wednesday to send the figures', en).when).toBe('2027-04-14T17:00:00+01:00');
    expect(read('remind me on monday to send the report by 5pm on wednesday', en)).toMatchObject({
      when: '2027-04-19T09:00:00+01:00',
      text: 'send the report by 5pm on wednesday',
    });
  });

  it('reads "next weekend" said on a weekend as the one after it, and "the week after next" in English', () => {
    const sunday = { ...en, now: new Date('2027-04-18T21:00:00+01:00') };
    expect(read('remind me next weekend to clean the garage', sunday).when).toBe('2027-04-24T09:00:00+01:00');
    expect(read('ricordami il prossimo weekend di pulire il garage', { ...it_, now: sunday.now }).when).toBe(
      '2027-04-24T09:00:00+02:00',
    );
    expect(read('remind me next weekend to clean the garage', en).when).toBe('2027-04-17T09:00:00+01:00');
    expect(read('remind me the week after next to book the van', en).when).toBe('2027-04-26T09:00:00+01:00');
    expect(read('remind me monday the week after next to book the van', en)).toMatchObject({
      when: '2027-04-26T09:00:00+01:00',
      text: 'book the van',
    });
  });

  it('reads "domani l\'altro", "stasera sul tardi" and the nth day of a month', () => {
    expect(read("domani l'altro ricordami di ritirare il pacco", it_).when).toBe('2027-04-15T09:00:00+02:00');
    expect(read('ricordami domani sera sul tardi di chiudere il gas', it_).when).toBe('2027-04-14T22:00:00+02:00');
    expect(read('ricordami il terzo giorno di maggio di pagare la rata', it_).when).toBe('2027-05-03T09:00:00+02:00');
    expect(read('ricordami il 2° giorno del mese prossimo di pagare la rata', it_).when).toBe(
      '2027-05-02T09:00:00+02:00',
    );
    expect(read('remind me on the fifth day of next month to pay the rent', en).when).toBe('2027-05-05T09:00:00+01:00');
    expect(read('ricordami il secondo giorno di ferie di chiamare la banca', it_).when).toBeUndefined();
  });

  it('reads a day of next year said as such, and keeps "in punto", "esatta", "\' time" out of the text', () => {
    expect(read("ricordami il 20 aprile dell'anno prossimo di rinnovare la tessera", it_).when).toBe(
      '2028-04-20T09:00:00+02:00',
    );
    expect(read('remind me on May 2nd next year to renew the card', en).when).toBe('2028-05-02T09:00:00+01:00');
    expect(read('ricordami alle 18 in punto di chiudere la cassa', it_)).toMatchObject({
      when: '2027-04-13T18:00:00+02:00',
      text: 'chiudere la cassa',
    });
    expect(read('ricordami tra tre giorni esatti di chiamare Anna', it_)).toMatchObject({
      when: '2027-04-16T08:15:00+02:00',
      text: 'chiamare Anna',
    });
    expect(read("remind me in 2 weeks' time to call Anna", en)).toMatchObject({
      when: '2027-04-27T08:15:00+01:00',
      text: 'call Anna',
    });
  });
});

describe('corpus batch 22, round 7: the year and its weekends', () => {
  it('reads "entro l\'anno" as its last day, an ordinal weekday of a year, the first or last weekend of a month', () => {
    expect(read("entro quest'anno ricordami di rinnovare la patente", it_).when).toBe('2027-12-31T09:00:00+01:00');
    expect(read("ricordami entro l'anno prossimo di rinnovare la patente", it_).when).not.toBe(
      '2027-12-31T09:00:00+01:00',
    );
    expect(read("ricordami l'ultimo venerdì del 2027 di pagare la rata", it_).when).toBe('2027-12-31T09:00:00+01:00');
    expect(read('remind me on the first monday of 2028 to renew the domain', en).when).toBe(
      '2028-01-03T09:00:00+00:00',
    );
    expect(read("ricordami l'ultimo weekend del mese di pulire la cantina", it_)).toMatchObject({
      when: '2027-04-24T09:00:00+02:00',
      text: 'pulire la cantina',
    });
    expect(read('remind me the first weekend in May to clean the shed', en)).toMatchObject({
      when: '2027-05-01T09:00:00+01:00',
      text: 'clean the shed',
    });
    expect(read("ricordami all'Epifania di togliere l'albero", it_).text).toBe("togliere l'albero");
  });
});

describe('corpus batch 22, round 8: the tails of a clock and an amount', () => {
  it('reads "sharp", "on the dot", "nine-thirty", "in exactly", "subito dopo pranzo" with the time', () => {
    expect(read('remind me at 8 am sharp on Monday to call the bank', en)).toMatchObject({
      when: '2027-04-19T08:00:00+01:00',
      text: 'call the bank',
    });
    expect(read('remind me at 6 on the dot to call the bank', en)).toMatchObject({
      when: '2027-04-13T18:00:00+01:00',
      text: 'call the bank',
    });
    expect(read('remind me at nine-thirty tomorrow morning to call the bank', en).when).toBe(
      '2027-04-14T09:30:00+01:00',
    );
    expect(read('remind me at twenty-five past six to call the bank', en).when).toBe('2027-04-13T18:25:00+01:00');
    expect(read('remind me in exactly two weeks to call the bank', en).when).toBe('2027-04-27T08:15:00+01:00');
    expect(read('ricordami subito dopo pranzo di chiamare la banca', it_)).toMatchObject({
      when: '2027-04-13T14:00:00+02:00',
      text: 'chiamare la banca',
    });
    expect(read('remind me tomorrow to buy a sharp knife', en).text).toBe('buy a sharp knife');
  });
});

describe('corpus batch 22, round 9: a month alone, half an hour said short, "or so"', () => {
  it("reads a month said alone as a reminder's 1st, never a booking's or a task's day", () => {
    expect(read('ricordami a giugno di prenotare le vacanze', it_).when).toBe('2027-06-01T09:00:00+02:00');
    // inside the month: next year's, as a season
    expect(read('remind me in April to check the tyres', en).when).toBe('2028-04-01T09:00:00+01:00');
    expect(read('appuntamento dal dentista a maggio', it_).when).toBeUndefined();
    expect(read('cosa ho a maggio?', it_)).toMatchObject({ from: '2027-05-01', to: '2027-05-31' });
    expect(read('ricordami domani di pagare la bolletta di maggio', it_).when).toBe('2027-04-14T09:00:00+02:00');
  });

  it('reads "mezzoretta", "in an hour or so", "il giorno 10/05/2027"', () => {
    expect(read('ricordami tra una mezzoretta di girare il sugo', it_).when).toBe('2027-04-13T08:45:00+02:00');
    expect(read('remind me in an hour or so to stir the sauce', en)).toMatchObject({
      when: '2027-04-13T09:15:00+01:00',
      text: 'stir the sauce',
    });
    expect(read('ricordami il giorno 10/05/2027 alle ore 14 di pagare la rata', it_)).toMatchObject({
      when: '2027-05-10T14:00:00+02:00',
      text: 'pagare la rata',
    });
  });
});

describe('corpus batch 22: an ordinal before a noun is no day of the month', () => {
  it('keeps "the second day of the conference", "the 3rd floor" out of the date', () => {
    expect(read('remind me on the second day of the conference to pay the hotel', en).when).toBeUndefined();
    expect(read('meeting on the 3rd floor on the 20th at 10', en).when).toBe('2027-04-20T10:00:00+01:00');
    expect(read('remind me on the 2nd to pay the rent', en).when).toBe('2027-05-02T09:00:00+01:00');
  });
});

describe('corpus batch 22, round 10: the last group of a phone number', () => {
  it('never reads a four-digit group after other digits as a clock', () => {
    expect(read('remind me tomorrow to call the office on 020 7946 0123', en)).toMatchObject({
      when: '2027-04-14T09:00:00+01:00',
      text: 'call the office on 020 7946 0123',
    });
    expect(read('ricordami domani di chiamare lo 02 1234 0645', it_).when).toBe('2027-04-14T09:00:00+02:00');
    expect(read('ricordami domani h 0645 di prendere il treno', it_).when).toBe('2027-04-14T06:45:00+02:00');
  });
});
