import { describe, expect, it } from 'vitest';
import type { Lang } from '../contract.js';
import { understandRules } from '../rules.js';

const WED = new Date('2026-12-16T18:30:00+01:00');
const understand = (text: string, lang: Lang) => understandRules(text, { now: WED, tz: 'Europe/Rome', lang });

describe('work for the office is a task, even when it names a month or a list', () => {
  it.each<[Lang, string, string]>([
    [
      'it',
      "sono l'avv Ferri, mi serve una relazione x il cliente Martini con l'elenco delle udienze di gennaio",
      'relazione',
    ],
    ['it', 'mi servirebbe un documento con il riepilogo delle scadenze fiscali di marzo', 'documento'],
    [
      'it',
      'buongiorno, sono Carla Neri, mi serve una mail per i fornitori con il riassunto delle riunioni di ottobre',
      'mail',
    ],
    ['it', 'prepara un prospetto con la lista delle scadenze di febbraio per la ditta Sartori', 'prospetto'],
    ['it', 'sn la dott.ssa Riva, mi serve la traduzione del contratto di locazione', 'traduzione'],
    ['en', 'this is Dr Hale, I need a letter for the Grants with a list of the tax deadlines in March', 'letter'],
    ['en', 'I need a report with a summary of the meetings in November', 'report'],
    ['en', 'hi, it’s Tom, I need a quote for the office move in February', 'quote'],
    ['en', 'draft an email with the list of appointments for the new intern', 'email'],
  ])('%s: %s', (lang, text, noun) => {
    const u = understand(text, lang);
    expect(u.intent).toBe('task');
    expect(u.text).toContain(noun);
    // who writes is not part of the request
    expect(u.text).not.toMatch(/Ferri|Neri|Riva|Hale|Tom\b/);
  });

  it.each<[Lang, string]>([
    ['it', "mandami l'elenco delle scadenze di dicembre"],
    ['it', 'mi serve il riepilogo degli appuntamenti di domani'],
    ['en', 'send me a list of my meetings for tomorrow'],
    ['en', 'I need the list of my appointments for Friday'],
  ])('a list of the client’s own items is still the agenda: %s: %s', (lang, text) => {
    expect(understand(text, lang).intent).toBe('agenda');
  });

  it.each<[Lang, string]>([
    ['it', 'sono libero, cancella tutto'],
    ['it', 'sono in riunione fino alle 20, non passatemi nessuno'],
    ['en', "I'm busy until 8pm, hold my calls"],
  ])('saying what one is is no introduction: %s: %s', (lang, text) => {
    expect(understand(text, lang).intent).toBe('status');
  });
});

describe('who writes and where they work come before the request, and are not part of it', () => {
  it.each<[Lang, string, string, RegExp]>([
    [
      'it',
      'sono l avv Marchi, studio legale in corso Italia a Torino. mi serve la traduzione in francese di un atto di citazione',
      'traduzione',
      /Marchi|Torino|legale/,
    ],
    [
      'it',
      'buonasera sono Paola Gentile, dello studio Gentile e associati, servirebbe una lettera di sollecito per la ditta Orsi',
      'lettera',
      /Paola|associati/,
    ],
    [
      'en',
      'this is Dr Patel, law firm on King Street. I need a translation of the tenancy agreement',
      'translation',
      /Patel|King/,
    ],
  ])('%s: %s', (lang, text, noun, who) => {
    const u = understand(text, lang);
    expect(u.intent).toBe('task');
    expect(u.text).toContain(noun);
    expect(u.text).not.toMatch(who);
  });

  it('a clause with a time after the name is a request, not where the client works', () => {
    const u = understand('sono Carla Neri, domani alle 9 ho il commercialista', 'it');
    expect(u.intent).toBe('booking');
  });
});

describe('a "no" to the last reading, then the real request', () => {
  it.each<[Lang, string, string]>([
    ['it', "no nn volevo l'agenda, prepara una bozza di contratto per Gialli", 'bozza di contratto'],
    ['it', 'no no, non mi serve il calendario: devi far tradurre il bilancio in inglese', 'tradurre il bilancio'],
    ['it', 'no, scrivi una lettera di sollecito al fornitore Zeta', 'lettera di sollecito'],
    ['it', 'non intendevo quello, chiama il geometra per il sopralluogo', 'geometra'],
    ['en', "no, I don't need my calendar, please write a letter to Mr Reed", 'letter to Mr Reed'],
    ['en', 'no, not the agenda - translate the lease into German', 'lease'],
    ['en', "no that's not what I meant, call the plumber about the leak", 'plumber'],
  ])('%s: %s', (lang, text, words) => {
    const u = understand(text, lang);
    expect(u.intent).toBe('task');
    expect(u.text).toContain(words);
  });

  it('an item no longer wanted is still what a cancel is about', () => {
    expect(understand('no, non mi serve più la cena di venerdì, annullala', 'it')).toMatchObject({ intent: 'cancel' });
  });
});

describe('a need said without a subject is a request for the office', () => {
  it.each<[Lang, string, string]>([
    ['it', 'serve anche un preventivo per la caldaia, chiedilo a Termoidraulica Bassi', 'preventivo per la caldaia'],
    ['it', 'ci vuole un preventivo x il rifacimento del tetto', 'rifacimento del tetto'],
    ['it', 'servirebbe la visura catastale del capannone di Noventa', 'visura catastale'],
    ['it', 'servono due copie autenticate dello statuto per la banca', 'copie autenticate'],
    ['en', 'need a quote for the new printer, ask Canon', 'quote for the new printer'],
    ['en', "we'll need a translation of the patent filing", 'translation of the patent'],
    ['en', 'could use a draft of the reply to the landlord', 'draft of the reply'],
  ])('%s: %s', (lang, text, words) => {
    const u = understand(text, lang);
    expect(u.intent).toBe('task');
    expect(u.text).toContain(words);
  });
});
