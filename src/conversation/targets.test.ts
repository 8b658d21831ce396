import { describe, expect, it } from 'vitest';
import { matchTargets, type Candidate } from './targets.js';

const items: Candidate[] = [
  { kind: 'reminder', id: 'r1', label: 'rinnovare la polizza dell ufficio' },
  { kind: 'reminder', id: 'r2', label: 'call the accountant about the VAT return' },
  { kind: 'booking', id: 'b1', label: 'dentista' },
  { kind: 'booking', id: 'b2', label: 'riunione con l architetto' },
  { kind: 'booking', id: 'b3', label: 'chiamata con l architetto' },
  { kind: 'ticket', id: 't1', label: 'tradurre il contratto in inglese' },
];

const ids = (target: string) => matchTargets(target, items).map((c) => c.id);

describe('finding the item a client means', () => {
  it('finds a reminder by its words, in Italian and English', () => {
    expect(ids('il promemoria per la polizza')).toEqual(['r1']);
    expect(ids('the reminder about the VAT return')).toEqual(['r2']);
  });

  it('tolerates other word forms', () => {
    expect(ids('il dentist')).toEqual(['b1']);
    expect(ids('la traduzione del contratto')).toEqual(['t1']);
  });

  it('returns every equally good match so the client can choose', () => {
    expect(ids("l'architetto")).toEqual(['b2', 'b3']);
  });

  it('narrows by the kind named', () => {
    expect(ids("la chiamata con l'architetto")).toEqual(['b3']);
  });

  it('finds nothing rather than guessing', () => {
    expect(ids('la cena con Marco')).toEqual([]);
    expect(ids('tutto')).toEqual([]);
    expect(ids('')).toEqual([]);
  });
});
