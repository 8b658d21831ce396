import { OpenAI } from 'openai';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../../../test/support/fake-openai.js';
import type { IncomingMail } from '../../infra/mail/parse.js';
import { createTriageClassifier, isFirmVerdict, parseTriageAnswer, type TriageClassifier } from './llm-triage.js';

const mail: IncomingMail = {
  messageId: '<7@x>',
  from: { address: 'fornitore@example.com', name: 'Fornitore' },
  to: ['studio@bianchi.it'],
  cc: [],
  subject: 'Ordine spedito',
  date: null,
  text: 'Il vostro ordine di toner è partito stamattina.',
  headers: new Map(),
  inReplyTo: null,
  references: [],
  attachments: [],
};

let fake: FakeOpenAi;
let classify: TriageClassifier;
const logged: string[] = [];

beforeAll(async () => {
  fake = await startFakeOpenAi();
  const logger = pino({ level: 'warn' }, { write: (line: string) => void logged.push(line) });
  classify = createTriageClassifier({
    client: new OpenAI({ apiKey: 'test-key', baseURL: fake.url }),
    model: 'gpt-test',
    timeoutMs: 300,
    logger,
  });
});

afterAll(async () => {
  await fake?.close();
});

describe('parseTriageAnswer', () => {
  it('accepts one of the four categories', () => {
    expect(parseTriageAnswer('{"triage":"counted"}')).toBe('counted');
    expect(parseTriageAnswer('{"triage":"ignored"}')).toBe('ignored');
  });

  it('refuses anything else', () => {
    expect(() => parseTriageAnswer('{"triage":"spam"}')).toThrow();
    expect(() => parseTriageAnswer('not json')).toThrow();
    expect(() => parseTriageAnswer(null)).toThrow();
  });
});

describe('isFirmVerdict', () => {
  it('holds automatic mail, the client’s own and a VIP’s; leaves the rest to the LLM', () => {
    expect(isFirmVerdict({ triage: 'ignored', reason: 'list-id' })).toBe(true);
    expect(isFirmVerdict({ triage: 'ignored', reason: 'own-mail' })).toBe(true);
    expect(isFirmVerdict({ triage: 'notified', reason: 'vip' })).toBe(true);
    expect(isFirmVerdict({ triage: 'ticket', reason: 'needs-answer' })).toBe(false);
    expect(isFirmVerdict({ triage: 'counted', reason: 'in-copy' })).toBe(false);
  });
});

describe('the LLM triage', () => {
  it('returns the category the model answers, without the mail text in the log', async () => {
    fake.setBehaviour({ kind: 'answer', content: { triage: 'counted' } });
    expect(await classify(mail)).toBe('counted');
  });

  it('gives no category (so the rules stand) on a wrong answer, an error or a timeout, logged in one line each', async () => {
    logged.length = 0;
    fake.setBehaviour({ kind: 'answer', content: { triage: 'forse' } });
    expect(await classify(mail)).toBeUndefined();
    fake.setBehaviour({ kind: 'server_error' });
    expect(await classify(mail)).toBeUndefined();
    fake.setBehaviour({ kind: 'delay', ms: 1500, then: { kind: 'answer', content: { triage: 'ticket' } } });
    expect(await classify(mail)).toBeUndefined();
    expect(logged).toHaveLength(3);
    expect(logged.join('')).toContain('the rules');
    expect(logged.join('')).not.toContain('toner');
  });
});
