import { describe, expect, it } from 'vitest';
import type { Lang } from '../contract.js';
import { understandRules } from '../rules.js';

const WED = new Date('2026-12-16T18:30:00+01:00');
const understand = (text: string, lang: Lang) => understandRules(text, { now: WED, tz: 'Europe/Rome', lang });

describe('a message with several requests goes to the desk whole, never as one item', () => {
  it.each<[Lang, string]>([
    [
      'it',
      'ti lascio due cose che sono in autostrada: martedì mattina sono in tribunale a Treviso quindi nn fissarmi niente fino alle 13, poi giovedì ricordami di pagare la rata del leasing, basta',
    ],
    ['it', 'annulla la cena di stasera e poi ricordami domani alle 8 di chiamare Gino'],
    ['it', 'venerdì sono dal notaio quindi non fissarmi appuntamenti, e poi martedì prenotami il parrucchiere alle 5'],
    ['it', 'ricordami alle 5 di chiamare Marco, poi alle 6 di chiamare Anna'],
    ['it', 'prenota un tavolo da Gigi venerdì alle 20 e ricordami giovedì di confermare'],
    [
      'en',
      "a couple of things while I'm driving: Tuesday morning I'm at the county court so don't book anything before noon, then on Thursday remind me to pay the lease instalment, that's all",
    ],
    ['en', "cancel tomorrow's lunch with Sam, then remind me on Friday at 9 to call the bank"],
    ['en', 'remind me at 5 to call Mark, then at 6 to call Anna'],
    ['en', "book a table at Gigi's for Friday at 8pm and remind me on Thursday to confirm"],
    ['it', 'sono in udienza fino alle 19, poi ricordami alle 21 di chiamare il perito'],
    ['en', "I'm in a meeting until 8pm, then remind me at 9 to call Sam"],
    // a request, then an event the client has at a time of its own: one more request, for the agenda
    ['it', 'ricordami domani alle 9 di chiamare Anna, e poi lunedì alle 3 ho il dentista'],
    ['it', 'prenotami il taxi per domani alle 7, poi venerdì alle 18 abbiamo la cena di classe'],
    ['en', 'remind me tomorrow at 10 to call Sam, and then on monday at 3 I have the accountant'],
  ])('%s: %s', (lang, text) => {
    const u = understand(text, lang);
    expect(u).toMatchObject({ intent: 'task', category: 'other' });
    // the assistant reads all of it
    expect(u.text).toBe(text);
  });

  it.each<[Lang, string, string]>([
    ['it', 'devo rinnovare la polizza entro il 20, ricordamelo qualche giorno prima', 'reminder'],
    ['it', 'domani alle 10, ricordami di chiamare il commercialista', 'reminder'],
    ['it', 'giovedì alle 9 ho il dentista, ricordamelo mercoledì sera', 'reminder'],
    ['it', 'ricordami domani alle 9 di chiamare Anna, lunedì ho bisogno dei documenti', 'reminder'],
    ['it', 'chiama Rossi domani alle 10 e poi mandagli il preventivo', 'task'],
    ['en', 'my train is on Monday at 8am, remind me the day before', 'reminder'],
    ['en', 'call the plumber tomorrow at 9 and ask him for a quote', 'task'],
    ['it', 'sono in riunione fino alle 20, non passatemi nessuno', 'status'],
    ['en', "I'm back, you can put calls through", 'status'],
  ])('one request, however many clauses: %s: %s', (lang, text, intent) => {
    expect(understand(text, lang).intent).toBe(intent);
  });
});
