import { describe, expect, it } from 'vitest';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { parseMail, type IncomingMail } from '../../infra/mail/parse.js';
import { parseVipSenders, triageMail } from './triage.js';

const profile = { own: ['studio@rossi.it'], vipSenders: ['boss@big.it', '@court.it'] };

function mail(overrides: Partial<IncomingMail> = {}, headers: Record<string, string> = {}): IncomingMail {
  return {
    messageId: '<1@x>',
    from: { address: 'mario@example.com', name: 'Mario' },
    to: ['studio@rossi.it'],
    cc: [],
    subject: 'Preventivo',
    date: null,
    text: 'Buongiorno',
    headers: new Map(Object.entries(headers)),
    inReplyTo: null,
    references: [],
    attachments: [],
    ...overrides,
  };
}

describe('mail triage', () => {
  it.each([
    [{ 'list-unsubscribe': '<mailto:u@x>' }, 'list-unsubscribe'],
    [{ precedence: 'bulk' }, 'precedence'],
    [{ 'auto-submitted': 'auto-replied' }, 'auto-submitted'],
  ])('ignores automatic mail by its headers %o', (headers, reason) => {
    expect(triageMail(mail({}, headers), profile)).toEqual({ triage: 'ignored', reason });
  });

  it('ignores noreply senders and the client own mail', () => {
    expect(triageMail(mail({ from: { address: 'no-reply@shop.it', name: '' } }), profile).triage).toBe('ignored');
    expect(triageMail(mail({ from: { address: 'studio@rossi.it', name: '' } }), profile).reason).toBe('own-mail');
  });

  it('tells VIP senders (address or domain) and urgent subjects to the client', () => {
    expect(triageMail(mail({ from: { address: 'boss@big.it', name: '' } }), profile).reason).toBe('vip');
    expect(triageMail(mail({ from: { address: 'clerk@court.it', name: '' } }), profile).reason).toBe('vip');
    expect(triageMail(mail({ subject: 'URGENTE: firma' }), profile).reason).toBe('urgent-words');
  });

  it('counts mail the client has only in copy, and opens a ticket for the rest', () => {
    expect(triageMail(mail({ to: ['other@x.it'], cc: ['studio@rossi.it'] }), profile).triage).toBe('counted');
    expect(triageMail(mail(), profile)).toEqual({ triage: 'ticket', reason: 'needs-answer' });
  });

  it('reads a VIP list as typed', () => {
    expect(parseVipSenders('Boss@Big.it, @court.it\n@court.it')).toEqual(['boss@big.it', '@court.it']);
  });

  it('ignores a real newsletter: its List-* headers survive the parsing', async () => {
    for (const headers of [{ 'List-Unsubscribe': '<mailto:u@news.example>' }, { 'List-Id': '<offers.news.example>' }]) {
      const raw = await new MailComposer({
        from: 'offers@news.example',
        to: 'studio@rossi.it',
        subject: 'Saldi',
        text: 'x',
        headers,
      })
        .compile()
        .build();
      expect(triageMail(await parseMail(raw), profile).triage).toBe('ignored');
    }
  });
});
