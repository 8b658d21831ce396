import { describe, expect, it } from 'vitest';
import { deskTexts } from '../../../i18n/desk-catalog.js';
import { bookingFormInput, checkForm, typedValues } from './forms.js';
import { plainDeskLine } from './recording.js';

const it_ = deskTexts('it');
const key = '0190f3a2-7c4e-7d2a-9b1c-3e5f6a7b8c9d';

describe("the ticket page's desk forms", () => {
  it('checks Done like the Slack modal, with the same words', () => {
    expect(checkForm('done', { minutes: ' 45 ', outcome: ' Fatto. ' }, it_)).toEqual({
      ok: true,
      value: { minutes: 45, outcome: 'Fatto.' },
    });
    expect(checkForm('done', { minutes: '0', outcome: '' }, it_)).toEqual({
      ok: false,
      errors: { minutes: 'Un numero intero di minuti da 1 a 6000.', outcome: 'Scrivi al cliente cosa è stato fatto.' },
    });
    expect(checkForm('done', { minutes: '6001', outcome: 'x' }, it_).ok).toBe(false);
    expect(checkForm('done', { minutes: '1.5', outcome: 'x' }, it_).ok).toBe(false);
  });

  it('wants a reply with its key, a question and a note with words in them', () => {
    expect(checkForm('reply', { text: 'Ciao', key }, it_)).toEqual({ ok: true, value: { text: 'Ciao', key } });
    expect(checkForm('reply', { text: '   ', key }, it_)).toEqual({
      ok: false,
      errors: { text: 'Scrivi il messaggio.' },
    });
    expect(checkForm('reply', { text: 'x'.repeat(4001), key }, it_)).toEqual({
      ok: false,
      errors: { text: 'Al massimo 4000 caratteri.' },
    });
    expect(checkForm('ask', {}, it_)).toEqual({ ok: false, errors: { question: 'Scrivi la domanda.' } });
    expect(checkForm('note', { text: ['a', 'b'] }, it_).ok).toBe(false);
  });

  it('reads a booking form as the Slack modal does, the overlap box only where it is offered', () => {
    const fields = {
      date: '2026-11-27',
      time: '20:00',
      duration: '90',
      place: ' Da Mario ',
      note: '',
      overlap: 'keep',
    };
    const bookingId = '0190f3a2-7c4e-7d2a-9b1c-3e5f6a7b8c9d';
    expect(bookingFormInput('confirm', { ...fields, bookingId })).toEqual({
      kind: 'confirm',
      bookingId,
      day: '2026-11-27',
      time: '20:00',
      duration: '90',
      place: 'Da Mario',
      note: undefined,
      keepOverlap: true,
    });
    expect(bookingFormInput('propose', { ...fields, bookingId })?.keepOverlap).toBe(false);
    expect(bookingFormInput('confirm', { ...fields, bookingId: 'nope' })).toBeUndefined();
  });

  it('keeps what was typed to show it again, never the CSRF token', () => {
    expect(typedValues({ _csrf: 'secret', text: 'Ciao', files: ['x'] })).toEqual({ text: 'Ciao' });
  });

  it("shows the card thread's lines as plain text", () => {
    expect(plainDeskLine(':question: Giulia ha chiesto al cliente: *PDF* &amp; Word &lt;subito&gt;')).toBe(
      'Giulia ha chiesto al cliente: PDF & Word <subito>',
    );
    expect(plainDeskLine('Il cliente non ha un canale su cui raggiungerlo.')).toBe(
      'Il cliente non ha un canale su cui raggiungerlo.',
    );
  });
});
