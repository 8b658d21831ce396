import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { testPrisma } from '../support/db.js';
import { llmOutputSchema, type LlmOutput } from '../../src/understanding/llm/schema.js';

// Monday 23 November 2026, 10:00 in Rome: Tuesday is the 24th, Friday the 27th.
const now = new Date('2026-11-23T10:00:00+01:00');
const DESK = 'C0LLMPARITY';
const SECRET = 'slack-signing-secret-llm-parity';
const db = testPrisma();

function modelAnswer(fields: Partial<LlmOutput> & Pick<LlmOutput, 'intent'>): LlmOutput {
  const nulls = Object.fromEntries(Object.keys(llmOutputSchema.shape).map((key) => [key, null]));
  return llmOutputSchema.parse({ ...nulls, ...fields });
}

/** Each message, and what a model answers for it in Structured Outputs form. */
const messages: [string, LlmOutput][] = [
  [
    'venerdì alle 15 ho la riunione col commercialista, ricordamelo il giorno prima',
    modelAnswer({
      intent: 'reminder',
      text: 'la riunione col commercialista',
      timeExpression: 'il giorno prima',
      event: { title: 'riunione col commercialista', with: 'commercialista', timeExpression: 'venerdì alle 15' },
    }),
  ],
  [
    'prenotami il dentista la prossima settimana in tarda mattinata',
    modelAnswer({
      intent: 'booking',
      title: 'dentista',
      viaOffice: true,
      timeExpression: 'la prossima settimana in tarda mattinata',
    }),
  ],
  [
    'domani pomeriggio alle 3 viene il rappresentante',
    modelAnswer({ intent: 'booking', title: 'rappresentante', timeExpression: 'domani pomeriggio alle 3' }),
  ],
];

/**
 * Two clients on Telegram send the same messages: one through the LLM path (the openai SDK
 * against a local OpenAI-compatible server answering with the new fields), one with the LLM
 * off, through the rules. They read the same replies, and get the same agenda and reminders.
 */
describe('the LLM path answers as the rules do', () => {
  let chat: DeskChat;
  let openai: FakeOpenAi;

  beforeAll(async () => {
    openai = await startFakeOpenAi();
    chat = await startDeskChat(now, SECRET, DESK, {
      RATE_LIMIT_PER_MIN: '1000',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: openai.url,
    });
  });
  afterAll(async () => {
    await chat?.stop();
    await openai?.close();
  });

  const itemsOf = async (clientId: string) => ({
    bookings: (await db.booking.findMany({ where: { clientId }, orderBy: { createdAt: 'asc' } })).map((b) => ({
      title: b.title,
      startsAt: b.startsAt?.toISOString(),
      status: b.status,
    })),
    reminders: (await db.reminder.findMany({ where: { clientId }, orderBy: { createdAt: 'asc' } })).map((r) =>
      r.firstDueAt.toISOString(),
    ),
  });

  it('a meeting with its reminder, an office booking in a window, a visit', async () => {
    const viaLlm = await chat.linked('it');
    const viaRules = await chat.linked('it');
    await db.client.update({ where: { id: viaRules.client.id }, data: { llmEnabled: false } });

    const replies: string[] = [];
    for (const [text, answer] of messages) {
      openai.setBehaviour({ kind: 'answer', content: answer });
      const asked = openai.requests.length;
      const llmReply = await chat.say(viaLlm.user, text);
      expect(openai.requests.length, text).toBe(asked + 1);
      const rulesReply = await chat.say(viaRules.user, text);
      // each client's request has a number of its own
      const numberless = (reply: string) => reply.replace(/#\d+/g, '#n');
      expect.soft(numberless(llmReply.text), text).toBe(numberless(rulesReply.text));
      replies.push(llmReply.text);
    }
    expect(replies[0]).toContain('E te lo ricordo giovedì 26 novembre alle 9:00.');
    expect(replies[1]).toContain('in tarda mattinata (11:00–13:00)');

    const items = await itemsOf(viaLlm.client.id);
    expect(items).toEqual(await itemsOf(viaRules.client.id));
    expect(items.bookings).toEqual([
      { title: 'riunione col commercialista', startsAt: '2026-11-27T14:00:00.000Z', status: 'confirmed' },
      expect.objectContaining({ title: 'dentista' }),
      expect.objectContaining({ title: 'rappresentante', startsAt: '2026-11-24T14:00:00.000Z' }),
    ]);
    expect(items.reminders).toEqual(['2026-11-26T08:00:00.000Z']);
  });
});
