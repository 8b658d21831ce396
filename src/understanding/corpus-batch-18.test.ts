import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';

/** Tuesday 13 April 2027, 08:15 in Rome; the English client in London at 08:15 the same day. */
const it_ = { now: new Date('2027-04-13T08:15:00+02:00'), tz: 'Europe/Rome', lang: 'it' as const };
const en = { now: new Date('2027-04-13T08:15:00+01:00'), tz: 'Europe/London', lang: 'en' as const };
const read = (text: string, ctx: typeof en | typeof it_) => understandRules(text, ctx);

describe('issue 17, corpus batch 18: a time gone is asked back, never scheduled', () => {
  it.each([
    ["ricordami l'altro ieri di pagare il bollo", it_],
    ["ricordami ieri l'altro di pagare il bollo", it_],
    ['ieri sera alle 8 ricordami di pagare il bollo', it_],
    ['ricordami lunedì scorso di pagare il bollo', it_],
    ['tre giorni fa ricordami di pagare il bollo', it_],
    ['ricordami la settimana scorsa di pagare il bollo', it_],
    ['remind me the day before yesterday to pay the gas bill', en],
    ['last night at 9 remind me to pay the gas bill', en],
    ['remind me last friday to pay the gas bill', en],
    ['two days ago remind me to pay the gas bill', en],
    ['remind me yesterday morning to pay the gas bill', en],
    ['remind me last week to pay the gas bill', en],
  ] as const)('%s', (text, ctx) => {
    const got = read(text, ctx);
    expect(got.when).toBeUndefined();
    expect(got.timeIssue?.reason).toBe('past');
  });
});
