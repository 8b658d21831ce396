import { describe, expect, it } from 'vitest';
import type { Lang, Understanding } from '../contract.js';
import { understandRules } from '../rules.js';

const ctx = (lang: Lang) => ({ now: new Date('2026-12-07T10:00:00+01:00'), tz: 'Europe/Rome', lang });

describe('the client acting on their e-mail from the chat', () => {
  it.each<[Lang, string, Understanding]>([
    [
      'it',
      'rispondi a Bianchi che va bene martedì',
      { intent: 'mail_reply', with: 'Bianchi', text: 'va bene martedì' },
    ],
    [
      'it',
      'potresti rispondere alla mail di Laura Conti dicendo che passo io in studio?',
      { intent: 'mail_reply', with: 'Laura Conti', text: 'passo io in studio?' },
    ],
    [
      'it',
      'rispondi a Gallo che ci vediamo domani',
      { intent: 'mail_reply', with: 'Gallo', text: 'ci vediamo domani' },
    ],
    ['en', 'reply to Greg that the quote is fine', { intent: 'mail_reply', with: 'Greg', text: 'the quote is fine' }],
    ['en', 'answer Helen Park: see you at noon', { intent: 'mail_reply', with: 'Helen Park', text: 'see you at noon' }],
    ['it', "gira all'ufficio le mail di Ferretti", { intent: 'mail_forward', with: 'Ferretti' }],
    ['it', 'inoltrate le e-mail della dottoressa Gallo', { intent: 'mail_forward', with: 'dottoressa Gallo' }],
    ['en', "please forward Kim's emails to the office", { intent: 'mail_forward', with: 'Kim' }],
    ['en', 'forward the mails from Olga Petrova to you', { intent: 'mail_forward', with: 'Olga Petrova' }],
  ])('%s: "%s"', (lang, text, expected) => {
    expect(understandRules(text, ctx(lang))).toEqual(expected);
  });

  it.each<[Lang, string]>([
    ['it', 'rispondi tu alla mail del geometra'],
    ['it', 'rispondi al fornitore che ci ha scritto lunedì'],
    ['it', 'rispondi al geometra che mi chiedeva il preventivo'],
    ['it', 'rispondi a Bianchi che va bene, entro domani'],
    ['it', 'inoltra a Marta le mail di Ferretti'],
    ['en', 'reply to the email from the plumber'],
    ['en', 'reply to the supplier that wrote on Monday'],
    ['en', "forward Kim's emails to my accountant"],
  ])('%s: "%s" stays a request for the office', (lang, text) => {
    expect(understandRules(text, ctx(lang)).intent).toBe('task');
  });
});
