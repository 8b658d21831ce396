import { describe, expect, it } from 'vitest';
import { taskSummary } from './task.js';

describe("a request's title", () => {
  it.each([
    ['tradurre in francese il menu del ristorante? serve per sabato', 'tradurre in francese il menu del ristorante'],
    ['prenotare il volo per Bari! mi raccomando corridoio', 'prenotare il volo per Bari'],
    ['proofread the brochure for me', 'proofread the brochure'],
    ['call the landlord about the lease? he owes me a reply', 'call the landlord about the lease'],
  ])('keeps the first sentence of "%s", without "for me"', (text, summary) => {
    expect(taskSummary(text)).toBe(summary);
  });

  it.each([
    'scrivere al Dott. Bruni per la perizia',
    'fix it for me',
    'chiamare la banca? sì',
    'preparare le fatture. poi spedirle',
  ])('leaves "%s" whole: a stop, a short request, a short answer after it', (text) => {
    expect(taskSummary(text)).toBe(text.replace(/\?$/, ''));
  });
});
