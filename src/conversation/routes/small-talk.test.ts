import { describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../kernel/messaging.js';
import type { FlowContext } from '../flow.js';
import type { Turn } from '../turn.js';
import { smallTalkRoute } from './small-talk.js';

/** Saturday 27 March 2027, 23:40 in London (00:40 of Sunday in Rome). */
const now = new Date('2027-03-27T23:40:00Z');
const answer = async (text: string, lang: 'it' | 'en', tz: string) => {
  const msg = { text, attachments: [] } as unknown as InboundMessage;
  const step = await smallTalkRoute(msg, { now, tz, lang } as Turn);
  return step && (await step({ now, tz, lang } as FlowContext)).reply.text;
};

describe('small talk: the time of day', () => {
  it('answers "what time is it?" / "che ore sono?" with the clock in the client zone', async () => {
    expect(await answer('what time is it?', 'en', 'Europe/London')).toBe("It's 23:40 (Europe/London).");
    expect(await answer('che ore sono', 'it', 'Europe/Rome')).toBe('Sono le 00:40 (Europe/Rome).');
  });

  it('leaves a question about an item to the understanding', async () => {
    expect(await answer('what time is my dentist tomorrow?', 'en', 'Europe/London')).toBeUndefined();
    expect(await answer('a che ora è la riunione?', 'it', 'Europe/Rome')).toBeUndefined();
  });
});
