import { OpenAI } from 'openai';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../../../test/support/fake-openai.js';
import type { UnderstandingContext } from '../contract.js';
import { understandRules } from '../rules.js';
import { createUnderstander, type Understand } from '../understand.js';
import { createLlmUnderstander, type LlmUnderstander } from './understander.js';
import { llmOutputSchema, type LlmOutput } from './schema.js';

/**
 * What the rules path reads, the LLM path can say too: a meeting and the reminder before it, an
 * office booking's window, someone coming, a status with company or place, a time said alone.
 * The model's answer comes from a local OpenAI-compatible server over real HTTP; the
 * Understanding asserted is the one the conversation gets (createUnderstander).
 */

/** Monday 23 November 2026, 10:00 in Rome */
const ctx: UnderstandingContext = { now: new Date('2026-11-23T10:00:00+01:00'), tz: 'Europe/Rome', lang: 'it' };

function modelAnswer(fields: Partial<LlmOutput> & Pick<LlmOutput, 'intent'>): LlmOutput {
  const nulls = Object.fromEntries(Object.keys(llmOutputSchema.shape).map((key) => [key, null]));
  return llmOutputSchema.parse({ ...nulls, ...fields });
}

const warnings: Record<string, unknown>[] = [];
const logger = pino(
  { level: 'warn' },
  { write: (line: string) => void warnings.push(JSON.parse(line) as Record<string, unknown>) },
);

let fake: FakeOpenAi;
let llm: LlmUnderstander;
let understand: Understand;

beforeAll(async () => {
  fake = await startFakeOpenAi();
  const client = new OpenAI({ apiKey: 'test-key', baseURL: fake.url });
  llm = createLlmUnderstander({ client, model: 'gpt-test', timeoutMs: 2000 });
  understand = createUnderstander({ llm, logger });
});
afterAll(() => fake.close());

/** The conversation's understanding of `text` when the model answers `answer`; it must come from the LLM. */
async function throughLlm(text: string, answer: LlmOutput) {
  fake.setBehaviour({ kind: 'answer', content: answer });
  const result = await understand(text, ctx);
  expect(result.source).toBe('llm');
  return result.understanding;
}

describe('a meeting and the reminder before it, through the LLM path', () => {
  const text = 'venerdì alle 15 ho la riunione col commercialista, ricordamelo il giorno prima';
  const answer = modelAnswer({
    intent: 'reminder',
    text: 'la riunione col commercialista',
    timeExpression: 'il giorno prima',
    event: { title: 'riunione col commercialista', with: 'commercialista', timeExpression: 'venerdì alle 15' },
  });

  it('books the meeting and sets the reminder at 09:00 the day before, as the rules read it', async () => {
    const understanding = await throughLlm(text, answer);

    expect(understanding).toEqual({
      intent: 'reminder',
      text: 'la riunione col commercialista',
      when: '2026-11-26T09:00:00+01:00',
      due: '2026-11-27',
      event: { when: '2026-11-27T15:00:00+01:00', title: 'riunione col commercialista', with: 'commercialista' },
    });
    expect(understanding).toEqual(understandRules(text, ctx));
  });

  it('reads the same in English, the appointment at its own time', async () => {
    fake.setBehaviour({
      kind: 'answer',
      content: modelAnswer({
        intent: 'reminder',
        text: 'the dentist',
        timeExpression: 'the day before',
        event: { title: 'dentist', with: null, timeExpression: 'on Friday at 3pm' },
      }),
    });

    const result = await understand("I've got the dentist on Friday at 3pm, remind me the day before", {
      ...ctx,
      lang: 'en',
    });

    expect(result.understanding).toEqual({
      intent: 'reminder',
      text: 'the dentist',
      when: '2026-11-26T09:00:00+01:00',
      due: '2026-11-27',
      event: { when: '2026-11-27T15:00:00+01:00', title: 'dentist' },
    });
  });

  it('offers the model the appointment as a strict object of its own', async () => {
    await throughLlm(text, answer);

    const body = fake.requests.at(-1)?.body as {
      response_format: { json_schema: { schema: { required: string[]; properties: Record<string, unknown> } } };
    };
    const { schema } = body.response_format.json_schema;
    expect(schema.required).toContain('event');
    expect(JSON.stringify(schema.properties.event)).toContain('"additionalProperties":false');
  });

  it('books the meeting and asks for the reminder when the day before is already gone, as the rules do', async () => {
    const text = 'domani alle 15 ho il dentista, ricordamelo il giorno prima';
    const understanding = await throughLlm(
      text,
      modelAnswer({
        intent: 'reminder',
        text: 'il dentista',
        timeExpression: 'il giorno prima',
        event: { title: 'dentista', with: null, timeExpression: 'domani alle 15' },
      }),
    );

    expect(understanding).toEqual({
      intent: 'reminder',
      text: 'il dentista',
      due: '2026-11-24',
      event: { when: '2026-11-24T15:00:00+01:00', title: 'dentista' },
    });
    expect(understanding).toEqual(understandRules(text, ctx));
  });

  it('never books an appointment the reminder would fire after', async () => {
    const understanding = await throughLlm(
      'venerdì alle 15 ho il notaio, ricordamelo sabato',
      modelAnswer({
        intent: 'reminder',
        text: 'il notaio',
        timeExpression: 'sabato',
        event: { title: 'notaio', with: null, timeExpression: 'venerdì alle 15' },
      }),
    );

    expect(understanding).toEqual({ intent: 'reminder', text: 'il notaio', when: '2026-11-28T09:00:00+01:00' });
  });
});

describe('an office booking said as a window, through the LLM path', () => {
  it('gives the office the days and hours from the words the model copied, not an instant alone', async () => {
    const text = 'prenotami il dentista la prossima settimana in tarda mattinata';
    fake.setBehaviour({
      kind: 'answer',
      content: modelAnswer({
        intent: 'booking',
        title: 'dentista',
        viaOffice: true,
        timeExpression: 'la prossima settimana in tarda mattinata',
      }),
    });

    // the LLM path itself, before any backstop from the rules
    const understanding = await llm.understand(text, ctx);

    expect(understanding).toEqual({
      intent: 'booking',
      title: 'dentista',
      viaOffice: true,
      when: '2026-11-30T11:00:00+01:00',
      from: '2026-11-30',
      to: '2026-12-06',
      timeFrom: '11:00',
      timeTo: '13:00',
    });
    expect(understanding).toEqual(understandRules(text, ctx));
  });

  it('keeps the party and the evening of a table, as the rules read it', async () => {
    const text = 'prenota un tavolo da Gino venerdì sera per 4';
    const understanding = await throughLlm(
      text,
      modelAnswer({
        intent: 'booking',
        title: 'tavolo da Gino',
        viaOffice: true,
        partySize: 4,
        timeExpression: 'venerdì sera',
      }),
    );

    expect(understanding).toEqual(understandRules(text, ctx));
    expect(understanding).toMatchObject({ partySize: 4, timeFrom: '19:00', timeTo: '23:00' });
  });

  it('gives no window when the client said the hour, nor to a booking of their own', async () => {
    const dentist = await throughLlm(
      'fissami il dentista giovedì alle 10',
      modelAnswer({ intent: 'booking', title: 'dentista', viaOffice: true, timeExpression: 'giovedì alle 10' }),
    );
    const meeting = await throughLlm(
      'riunione di team la prossima settimana in mattinata',
      modelAnswer({
        intent: 'booking',
        title: 'riunione di team',
        timeExpression: 'la prossima settimana in mattinata',
      }),
    );

    expect(dentist).toEqual({
      intent: 'booking',
      title: 'dentista',
      viaOffice: true,
      when: '2026-11-26T10:00:00+01:00',
    });
    expect(meeting).not.toHaveProperty('from');
    expect(meeting).not.toHaveProperty('timeFrom');
  });
});

describe('someone coming, a status with company or place, a time said alone', () => {
  it('books a visit titled with who comes', async () => {
    const text = 'domani pomeriggio alle 3 viene il rappresentante';
    const understanding = await throughLlm(
      text,
      modelAnswer({ intent: 'booking', title: 'rappresentante', timeExpression: 'domani pomeriggio alle 3' }),
    );

    expect(understanding).toEqual({ intent: 'booking', title: 'rappresentante', when: '2026-11-24T15:00:00+01:00' });
    expect(understanding).toEqual(understandRules(text, ctx));
  });

  it('ends a status where the client is with company at the end said, not at the meal', async () => {
    const text = 'sono a cena con dei clienti fino alle 11';
    const understanding = await throughLlm(
      text,
      modelAnswer({ intent: 'status', availability: 'busy', timeExpression: 'fino alle 11' }),
    );

    expect(understanding).toEqual({ intent: 'status', availability: 'busy', until: '2026-11-23T11:00:00+01:00' });
    expect(understanding).toEqual(understandRules(text, ctx));
  });

  it('keeps the time of a message that is only a time, and no time beside other words', async () => {
    const alone = await throughLlm('domani alle 3', modelAnswer({ intent: 'other', timeExpression: 'domani alle 3' }));
    const thanks = await throughLlm(
      'grazie, ci sentiamo lunedì',
      modelAnswer({ intent: 'other', text: 'grazie', timeExpression: 'lunedì' }),
    );

    expect(alone).toEqual({ intent: 'other', when: '2026-11-24T15:00:00+01:00' });
    expect(alone).toEqual(understandRules('domani alle 3', ctx));
    expect(thanks).toEqual({ intent: 'other', text: 'grazie' });
  });
});

describe('an appointment out of contract', () => {
  it('falls back to the rules, the reason logged without the message', async () => {
    const text = 'venerdì alle 15 ho la riunione col commercialista, ricordamelo il giorno prima';
    const computed = { title: 'riunione', with: null, timeExpression: null, when: '2026-11-27T15:00:00+01:00' };
    fake.setBehaviour({ kind: 'answer', content: { ...modelAnswer({ intent: 'reminder' }), event: computed } });
    warnings.length = 0;

    const result = await understand(text, ctx);

    expect(result).toEqual({
      source: 'rules',
      fallbackReason: 'invalid_output',
      understanding: understandRules(text, ctx),
    });
    expect(result.understanding.event?.when).toBe('2026-11-27T15:00:00+01:00');
    expect(warnings).toEqual([expect.objectContaining({ reason: 'invalid_output', chars: text.length })]);
    expect(JSON.stringify(warnings)).not.toContain('commercialista');
  });
});
