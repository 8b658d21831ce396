import { OpenAI } from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startFakeOpenAi, type FakeOpenAi } from '../../../test/support/fake-openai.js';
import { understandingSchema, type UnderstandingContext } from '../contract.js';
import { createLlmUnderstander, type LlmUnderstander } from './understander.js';
import { llmOutputSchema, type LlmOutput } from './schema.js';

/** Monday 23 November 2026, 10:00 in Rome */
const ctx: UnderstandingContext = { now: new Date('2026-11-23T10:00:00+01:00'), tz: 'Europe/Rome', lang: 'it' };

const chatRequestSchema = z.object({
  model: z.string(),
  messages: z.array(z.object({ role: z.string(), content: z.string() })),
  response_format: z.object({
    type: z.string(),
    json_schema: z.object({
      name: z.string(),
      strict: z.boolean(),
      schema: z.object({
        properties: z.record(z.string(), z.unknown()),
        required: z.array(z.string()),
        additionalProperties: z.boolean(),
      }),
    }),
  }),
});

/** A model answer in Structured Outputs form: every key present, null when not said. */
function modelAnswer(fields: Partial<LlmOutput> & Pick<LlmOutput, 'intent'>): LlmOutput {
  const nulls = Object.fromEntries(Object.keys(llmOutputSchema.shape).map((key) => [key, null]));
  return llmOutputSchema.parse({ ...nulls, ...fields });
}

let fake: FakeOpenAi;
let llm: LlmUnderstander;

beforeAll(async () => {
  fake = await startFakeOpenAi();
  llm = createLlmUnderstander({
    client: new OpenAI({ apiKey: 'test-key', baseURL: fake.url }),
    model: 'gpt-test',
    timeoutMs: 2000,
  });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

function lastChatRequest(): z.infer<typeof chatRequestSchema> {
  const request = fake.requests.at(-1);
  expect(request?.path).toBe('/v1/chat/completions');
  return chatRequestSchema.parse(request?.body);
}

describe('LLM understanding', () => {
  it('offers the contract intents and the request number to the model', async () => {
    fake.setBehaviour({ kind: 'answer', content: modelAnswer({ intent: 'ticket_status', ref: 1024 }) });

    const understanding = await llm.understand('novità sulla pratica 1024?', ctx);

    expect(understanding).toEqual({ intent: 'ticket_status', ref: 1024 });
    const schema = lastChatRequest().response_format.json_schema.schema;
    expect(schema.required).toContain('ref');
    expect(JSON.stringify(schema.properties.intent)).toContain('ticket_status');
    expect(JSON.stringify(schema.properties.intent)).toContain('balance');
  });

  it('offers the model every intent and every slot the contract names', async () => {
    fake.setBehaviour({ kind: 'answer', content: modelAnswer({ intent: 'reschedule', ref: 1011, target: 'la cena' }) });

    const understanding = await llm.understand('sposta la richiesta 1011', ctx);

    // a request number said in a move is kept, as the rules path keeps it
    expect(understanding).toEqual({ intent: 'reschedule', ref: 1011, target: 'la cena' });
    const schema = lastChatRequest().response_format.json_schema.schema;
    for (const intent of understandingSchema.shape.intent.options)
      expect(JSON.stringify(schema.properties.intent)).toContain(intent);
    const contractSlots = ['text', 'title', 'with', 'target', 'ref', 'partySize', 'viaOffice', 'availability', 'event'];
    const timeWords = ['timeExpression', 'recurrenceExpression', 'deadlineExpression'];
    for (const slot of [...contractSlots, 'durationMin', 'category', 'items', ...timeWords])
      expect(schema.required).toContain(slot);
  });

  it('reads a reminder before a deadline: the lead fires it, the deadline is due', async () => {
    fake.setBehaviour({
      kind: 'answer',
      content: modelAnswer({
        intent: 'reminder',
        text: "pagare l'F24 entro il 30",
        timeExpression: 'entro il 30 qualche giorno prima',
      }),
    });

    const understanding = await llm.understand("devo pagare l'F24 entro il 30, ricordamelo qualche giorno prima", ctx);

    expect(understanding).toEqual({
      intent: 'reminder',
      text: "pagare l'F24 entro il 30",
      when: '2026-11-28T09:00:00+01:00',
      due: '2026-11-30',
    });
  });

  it('turns the verbatim time words into an instant with the project resolver', async () => {
    fake.setBehaviour({
      kind: 'answer',
      content: modelAnswer({ intent: 'reminder', text: 'chiamare Rossi', timeExpression: 'domani alle 3' }),
    });

    const understanding = await llm.understand('Ricordami domani alle 3 di chiamare Rossi', ctx);

    expect(understanding).toEqual({ intent: 'reminder', text: 'chiamare Rossi', when: '2026-11-24T15:00:00+01:00' });
  });

  it('joins a recurrence and its time of day, first occurrence included', async () => {
    fake.setBehaviour({
      kind: 'answer',
      content: modelAnswer({
        intent: 'reminder',
        text: 'riunione di team',
        recurrenceExpression: 'ogni lunedì',
        timeExpression: 'alle 18',
      }),
    });

    const understanding = await llm.understand('Ogni lunedì alle 18 ricordami la riunione di team', ctx);

    expect(understanding).toEqual({
      intent: 'reminder',
      text: 'riunione di team',
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      when: '2026-11-23T18:00:00+01:00',
    });
  });

  it('resolves a task deadline to a date and keeps its category', async () => {
    fake.setBehaviour({
      kind: 'answer',
      content: modelAnswer({
        intent: 'task',
        text: 'translate the purchase agreement into Italian',
        category: 'translation',
        deadlineExpression: 'by Friday',
      }),
    });

    const understanding = await llm.understand('Translate the purchase agreement into Italian by Friday', {
      ...ctx,
      lang: 'en',
    });

    expect(understanding).toEqual({
      intent: 'task',
      text: 'translate the purchase agreement into Italian',
      category: 'translation',
      due: '2026-11-27',
    });
  });

  it('keeps only the slots of the intent the model chose', async () => {
    fake.setBehaviour({
      kind: 'answer',
      content: modelAnswer({
        intent: 'booking',
        title: 'cena',
        with: 'Bianchi',
        durationMin: 90,
        category: 'booking',
        text: 'cena con Bianchi',
        timeExpression: 'sabato alle 20',
      }),
    });

    const understanding = await llm.understand("Segna cena con Bianchi sabato alle 20, un'ora e mezza", ctx);

    expect(understanding).toEqual({
      intent: 'booking',
      title: 'cena',
      with: 'Bianchi',
      durationMin: 90,
      when: '2026-11-28T20:00:00+01:00',
    });
  });

  it('sends the message only in the user turn, with the language and local time beside it', async () => {
    const text = 'Ricordami domani alle 3 di chiamare Rossi';
    fake.setBehaviour({
      kind: 'answer',
      content: modelAnswer({ intent: 'reminder', text: 'chiamare Rossi', timeExpression: 'domani alle 3' }),
    });

    await llm.understand(text, ctx);

    const { model, messages } = lastChatRequest();
    expect(model).toBe('gpt-test');
    expect(messages.map((m) => m.role)).toEqual(['system', 'system', 'user']);
    expect(messages[2]?.content).toBe(text);
    expect(messages.filter((m) => m.role === 'system').some((m) => m.content.includes('Rossi'))).toBe(false);
    expect(messages[1]?.content).toBe(
      "Client's language: it. Client's local date and time: Monday 2026-11-23 10:00 (Europe/Rome).",
    );
  });

  it('asks for a strict JSON schema in which every property is required', async () => {
    fake.setBehaviour({ kind: 'answer', content: modelAnswer({ intent: 'help' }) });

    await llm.understand('ciao, cosa sai fare?', ctx);

    const { response_format: format } = lastChatRequest();
    expect(format.type).toBe('json_schema');
    expect(format.json_schema.strict).toBe(true);
    expect(format.json_schema.schema.additionalProperties).toBe(false);
    expect(format.json_schema.schema.required.sort()).toEqual(Object.keys(format.json_schema.schema.properties).sort());
    expect(format.json_schema.schema.required).toEqual(
      expect.arrayContaining(['intent', 'timeExpression', 'recurrenceExpression', 'deadlineExpression']),
    );
    expect(format.json_schema.schema.required).not.toContain('when');
  });
});

describe('a status through the LLM path', () => {
  it('resolves the end from the time words the model copied, with the rules path conventions', async () => {
    fake.setBehaviour({
      kind: 'answer',
      content: modelAnswer({ intent: 'status', availability: 'busy', timeExpression: 'fino alle 16' }),
    });
    expect(await llm.understand('Sono bloccato in udienza fino alle 16', ctx)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2026-11-23T16:00:00+01:00',
    });
  });

  it('gives "available" no end, whatever time words came with it', async () => {
    fake.setBehaviour({
      kind: 'answer',
      content: modelAnswer({ intent: 'status', availability: 'available', timeExpression: 'adesso' }),
    });
    expect(await llm.understand('Eccomi, ho finito', ctx)).toEqual({ intent: 'status', availability: 'available' });
  });

  it('offers the model the availability slot in its output schema', async () => {
    fake.setBehaviour({
      kind: 'answer',
      content: modelAnswer({ intent: 'status', availability: 'dnd', timeExpression: "per un'ora" }),
    });
    expect(await llm.understand('Non disturbatemi per un ora', ctx)).toEqual({
      intent: 'status',
      availability: 'dnd',
      until: '2026-11-23T11:00:00+01:00',
    });
    const body = fake.requests.at(-1)?.body as {
      response_format: { json_schema: { schema: { properties: Record<string, unknown> } } };
    };
    expect(Object.keys(body.response_format.json_schema.schema.properties)).toContain('availability');
  });
});

describe('an agenda question about reminders only, through the LLM path', () => {
  it('keeps the items the model read with the range its time words give', async () => {
    fake.setBehaviour({
      kind: 'answer',
      content: modelAnswer({ intent: 'agenda', items: 'reminders', timeExpression: 'domani' }),
    });
    expect(await llm.understand('quali promemoria ho per domani?', ctx)).toEqual({
      intent: 'agenda',
      from: '2026-11-24',
      to: '2026-11-24',
      items: 'reminders',
    });
    const body = fake.requests.at(-1)?.body as {
      response_format: { json_schema: { schema: { properties: Record<string, unknown> } } };
    };
    expect(Object.keys(body.response_format.json_schema.schema.properties)).toContain('items');
  });
});

describe('a free-slot search through the LLM path', () => {
  it('reads the days and part of day from the time words, with the rules path conventions', async () => {
    fake.setBehaviour({
      kind: 'answer',
      content: modelAnswer({
        intent: 'free_slots',
        durationMin: 60,
        title: 'riunione con Bianchi',
        timeExpression: 'giovedì pomeriggio',
      }),
    });
    expect(await llm.understand("Trovami un'ora per la riunione con Bianchi giovedì pomeriggio", ctx)).toEqual({
      intent: 'free_slots',
      from: '2026-11-26',
      to: '2026-11-26',
      dayPart: 'afternoon',
      durationMin: 60,
      title: 'riunione con Bianchi',
    });
  });
});

describe('the time window of a free-slot search', () => {
  it("comes from the model's words as real local times", async () => {
    fake.setBehaviour({
      kind: 'answer',
      content: modelAnswer({ intent: 'free_slots', timeExpression: 'domani tra le 23 e le 24' }),
    });
    expect(await llm.understand('Ho un buco domani tra le 23 e le 24?', ctx)).toEqual({
      intent: 'free_slots',
      from: '2026-11-24',
      to: '2026-11-24',
      timeFrom: '23:00',
      timeTo: '23:59',
    });
  });

  it('is no understanding when it is not a local time, so such an answer falls back to the rules', () => {
    for (const [timeFrom, timeTo] of [
      ['99:99', '10:00'],
      ['09:00', '24:00'],
      ['9:00', '10:00'],
      ['09:60', '10:00'],
    ]) {
      expect(understandingSchema.safeParse({ intent: 'free_slots', timeFrom, timeTo }).success).toBe(false);
    }
    expect(understandingSchema.safeParse({ intent: 'free_slots', timeFrom: '00:00', timeTo: '23:59' }).success).toBe(
      true,
    );
  });
});
