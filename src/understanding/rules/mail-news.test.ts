import { describe, expect, it } from 'vitest';
import type { Lang } from '../contract.js';
import { understandRules } from '../rules.js';

const ctx = (lang: Lang) => ({ now: new Date('2026-12-07T10:00:00+01:00'), tz: 'Europe/Rome', lang });
const intentOf = (text: string, lang: Lang) => understandRules(text, ctx(lang)).intent;

describe('asking what came into the mailbox (mail_news)', () => {
  it.each<[Lang, string]>([
    ['it', "cosa c'è di nuovo nella posta?"],
    ['it', 'Mi sono arrivate e-mail stamattina?'],
    ['it', 'novità nella casella?'],
    ['it', 'dimmi chi mi ha scritto per email'],
    ['it', 'ci sono email nuove?'],
    ['en', 'anything new in my email?'],
    ['en', "What's come in to my inbox?"],
    ['en', 'did I get any mail today?'],
    ['en', 'tell me the new emails'],
  ])('%s: "%s" asks for the mail news', (lang, text) => {
    expect(understandRules(text, ctx(lang))).toEqual({ intent: 'mail_news' });
  });

  it('leaves asking the office to write, forward or answer e-mail, and questions on a request, to their intents', () => {
    expect(intentOf("inoltra all'ufficio le nuove email di Rossi", 'it')).not.toBe('mail_news');
    expect(intentOf('puoi scrivere una nuova email al commercialista?', 'it')).not.toBe('mail_news');
    expect(intentOf('can you send a new email to the landlord?', 'en')).not.toBe('mail_news');
    expect(intentOf('ci sono novità sulla traduzione?', 'it')).toBe('ticket_status');
    expect(intentOf('la nuova posta elettronica del cliente è mario@rossi.it', 'it')).not.toBe('mail_news');
  });
});
