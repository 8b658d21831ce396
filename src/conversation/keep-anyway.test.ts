import { describe, expect, it } from 'vitest';
import { keepsAnyway } from './keep-anyway.js';

describe('an answer to a clash that keeps the time asked for', () => {
  it.each([
    "segnalo lo stesso alle 9:30, l'udienza non si sposta",
    'mettilo comunque',
    'segna comunque',
    'tienili entrambi',
    'va bene lo stesso',
    'cmq segnalo',
    "l'udienza non si può spostare",
    'si sovrappongono, pazienza',
    'keep both',
    'book it anyway',
    "the hearing can't be moved",
    'overlap is fine',
  ])('keeps: %s', (text) => expect(keepsAnyway(text)).toBe(true));

  it.each([
    'lo stesso giorno alle 11',
    'alle 11 allora',
    'no lascia stare',
    'never mind',
    'venerdì alle 10',
    'ok',
    'the same day at 3pm',
  ])('does not keep: %s', (text) => expect(keepsAnyway(text)).toBe(false));
});
