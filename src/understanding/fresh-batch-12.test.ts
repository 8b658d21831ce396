import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';
import { scoreExample } from './scoring.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh12 } from '../../test/understanding/families/fresh-12.js';

/**
 * Fresh batch 12 (test/understanding/families/fresh-12-round*.ts): Italian whole client messages, what
 * the eval scores and the free texts it leaves out (a booking's title and `with`, a reminder's or task's
 * text), which must come out exactly as labelled.
 */
const FREE_TEXTS = ['title', 'with', 'text'] as const;

describe('issue 17, fresh batch 12: Italian whole client messages', () => {
  for (const example of fresh12.flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      const got = understandRules(example.text, { now: new Date(example.now), tz: example.tz, lang: example.lang });
      const score = scoreExample(example, got);
      expect(score).toMatchObject({ full: true });
      expect(score.slots, 'slots').not.toBe(false);
      if (example.slots?.partySize !== undefined) expect(got.partySize).toBe(example.slots.partySize);
      for (const key of FREE_TEXTS)
        if (example.slots?.[key] !== undefined) expect(got[key], key).toBe(example.slots[key]);
    });
  }
});

/** Monday 8 November 2027, 10:00 in Rome. */
const it_ = { now: new Date('2027-11-08T10:00:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };

describe('issue 17, fresh batch 12: what the first-seen messages taught', () => {
  it('reads "nel tardo pomeriggio" at 17:00, "in tarda mattinata" at 11:00, "nel primo pomeriggio" at 14:00', () => {
    expect(understandRules('ricordami giovedì nel tardo pomeriggio di ritirare le analisi', it_).when).toBe(
      '2027-11-11T17:00:00+01:00',
    );
    expect(understandRules('dmn in tarda mattinata ricordami di chiamare Ugo', it_).when).toBe(
      '2027-11-09T11:00:00+01:00',
    );
    expect(understandRules('venerdì nel primo pomeriggio ho il notaio', it_).when).toBe('2027-11-12T14:00:00+01:00');
  });

  it('reads "verso l ora di pranzo", "ai primi di gennaio", "a inizio settimana prossima"', () => {
    expect(understandRules('sposta la call a giovedì verso l ora di pranzo', it_).when).toBe(
      '2027-11-11T13:00:00+01:00',
    );
    expect(understandRules('agli inizi di dicembre ricordami il tagliando', it_).when).toBe(
      '2027-12-01T09:00:00+01:00',
    );
    expect(understandRules('ricordami a inizio settimana prossima di pagare il bollo', it_)).toEqual({
      intent: 'reminder',
      when: '2027-11-15T09:00:00+01:00',
      text: 'pagare il bollo',
    });
  });

  it('reads a request named by its article alone, "annulla la 4410 grazie"', () => {
    expect(understandRules('annulla la 4410 grazie', it_)).toMatchObject({ intent: 'cancel', ref: 4410 });
    expect(understandRules('sposta la cena alle 9', it_).ref).toBeUndefined();
  });

  it('leaves who does the work out of the text: "mi fai scrivere da qualcuno…", "fate chiamare… da uno di voi"', () => {
    expect(understandRules('mi fai preparare da qualcuno il preventivo per Rossi', it_).text).toBe(
      'preparare il preventivo per Rossi',
    );
    expect(understandRules('fate chiamare il cliente da uno di voi', it_).text).toBe('chiamare il cliente');
    expect(understandRules('ricordami di passare da qualcuno in ufficio', it_).text).toBe(
      'passare da qualcuno in ufficio',
    );
  });

  it('reads "ah no aspetta", "metti giù", "appunt.", "ué" as the grammar around the request', () => {
    expect(understandRules('ricordami alle 4 di chiamare Bo, ah no aspetta alle 5', it_)).toEqual({
      intent: 'reminder',
      when: '2027-11-08T17:00:00+01:00',
      text: 'chiamare Bo',
    });
    expect(understandRules('ué mi metti giù un appunt. col commercialista giovedì alle 3?', it_)).toMatchObject({
      intent: 'booking',
      when: '2027-11-11T15:00:00+01:00',
    });
  });

  it('reads a status for today or tomorrow said first, with greetings and a reason around it', () => {
    expect(
      understandRules('buonasera scusa l orario, domani sono in cantiere fino alle 3 perché arriva il cemento', it_),
    ).toEqual({ intent: 'status', availability: 'busy', until: '2027-11-09T15:00:00+01:00' });
    expect(understandRules('giovedì sono dal medico fino alle 11', it_).intent).toBe('booking');
  });

  it('leaves the context before ", ma" out of the request\'s time and text', () => {
    expect(
      understandRules('stasera cena dai suoceri quindi niente, ma giovedì alle 10 ricordami di pagare Ferri', it_),
    ).toEqual({ intent: 'reminder', when: '2027-11-11T10:00:00+01:00', text: 'pagare Ferri' });
  });

  it('skips a reported change asked about before the request: "hanno cambiato l ora vero? cmq ricordami…"', () => {
    expect(understandRules('hanno spostato la fiera vero? cmq ricordami alle 5 di chiamare Bo', it_)).toMatchObject({
      intent: 'reminder',
      when: '2027-11-08T17:00:00+01:00',
      text: 'chiamare Bo',
    });
  });

  it('books what the message describes when it closes with "riesci a prenotare x le 9?"', () => {
    expect(understandRules('sabato siamo in 4 da Gino, riesci a prenotare x le 9?', it_)).toMatchObject({
      intent: 'booking',
      when: '2027-11-13T21:00:00+01:00',
      partySize: 4,
    });
    expect(understandRules('cmq mi prenoti un tavolo giovedì?', it_).intent).toBe('booking');
  });

  it('reads "sono fuori x …fino al…", "entro fine sett", an agenda from one day to another', () => {
    expect(understandRules('sono fuori x lavoro fino a giovedì, x urgenze chiamatemi', it_)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-11-11T09:00:00+01:00',
    });
    expect(understandRules('entro fine sett mi serve il preventivo', it_).due).toBe('2027-11-12');
    expect(understandRules('che appuntamenti ho da mercoledì a venerdì?', it_)).toMatchObject({
      intent: 'agenda',
      from: '2027-11-10',
      to: '2027-11-12',
    });
    expect(understandRules('cosa ho dal 20 al 22?', it_)).toMatchObject({ from: '2027-11-20', to: '2027-11-22' });
  });

  it('leaves "senti," and "scusa l ora," out of titles and texts', () => {
    expect(understandRules('senti, giovedì alle 4 ho il notaio, me lo segni?', it_).title).toBe('notaio');
    expect(understandRules('scusa l ora, dmn alle 9 ricordami di pagare Ugo', it_).text).toBe('pagare Ugo');
  });

  it('reads "x 6 a pranzo" as the party, "nn ci sono fino a…" as busy', () => {
    expect(understandRules('prenota da Gino x 5 a cena venerdì', it_)).toMatchObject({
      intent: 'booking',
      when: '2027-11-12T20:00:00+01:00',
      partySize: 5,
    });
    expect(understandRules('nn ci sono fino a giovedì, sono a Parigi', it_)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-11-11T09:00:00+01:00',
    });
  });
});
