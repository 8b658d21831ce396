import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';

/** Wednesday 14 April 2027, 10:00 in Rome. */
const italian = { now: new Date('2027-04-14T10:00:00+02:00'), tz: 'Europe/Rome', lang: 'it' as const };

describe('news the office must pass on', () => {
  it('keeps its date in the task text instead of taking it for the deadline', () => {
    expect(
      understandRules('telefona al sig. Longo e digli che il rogito è slittato al 3 maggio, grazie', italian),
    ).toMatchObject({ intent: 'task', text: expect.stringContaining('slittato al 3 maggio') });
    expect(
      understandRules('telefona al sig. Longo e digli che il rogito è slittato al 3 maggio', italian),
    ).not.toHaveProperty('due');
  });

  it('leaves the deadline said for the task itself', () => {
    expect(
      understandRules('domani chiama la Ferri e avvisala che la pratica è pronta da lunedì', italian),
    ).toMatchObject({
      intent: 'task',
      due: '2027-04-15',
      text: expect.stringContaining('pronta da lunedì'),
    });
  });

  it('writes a participle after "è" as the client wrote it', () => {
    expect(understandRules('scrivi a Neri che la riunione è annullata', italian)).toMatchObject({
      text: 'scrivere a Neri che la riunione è annullata',
    });
  });
});
