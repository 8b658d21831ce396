import { describe, expect, it } from 'vitest';
import { defaultFollowupSettings, planTicketFollowups, ticketDeadline, type TicketFacts } from './ticket-rules.js';

const settings = defaultFollowupSettings('Europe/Rome');
const client = { tz: 'Europe/Rome', quietHoursStart: '21:00', quietHoursEnd: '08:00' };
const at = (iso: string) => new Date(iso);
// Monday 23 November 2026, 10:00 in Rome.
const created = at('2026-11-23T10:00:00+01:00');

const ticket = (over: Partial<TicketFacts> = {}): TicketFacts => ({
  status: 'open',
  assigneeId: null,
  openSince: created,
  due: null,
  dueAt: null,
  waitingSince: null,
  doneAt: null,
  rating: null,
  ...over,
});
const plan = (facts: TicketFacts, sent: string[] = [], now = created) =>
  planTicketFollowups(facts, client, settings, new Set(sent), now);

describe('ticket follow-ups', () => {
  it('nudges the desk about an unclaimed ticket after 15 business minutes, once', () => {
    const [unclaimed] = plan(ticket());
    expect(unclaimed).toMatchObject({ rule: 'unclaimed', audience: 'desk', at: at('2026-11-23T10:15:00+01:00') });
    expect(plan(ticket(), [unclaimed!.key])).toEqual([]);
    expect(plan(ticket({ status: 'claimed', assigneeId: 'a1' }))).toEqual([]);
  });

  it('counts the unclaimed minutes in the agency hours, and again after a release', () => {
    const friday = at('2026-11-27T17:50:00+01:00');
    expect(plan(ticket({ openSince: friday }))[0]?.at).toEqual(at('2026-11-30T09:05:00+01:00'));
    const released = at('2026-11-23T11:00:00+01:00');
    const first = plan(ticket())[0]!;
    const again = plan(ticket({ openSince: released }), [first.key])[0]!;
    expect(again.key).not.toBe(first.key);
    expect(again.at).toEqual(at('2026-11-23T11:15:00+01:00'));
  });

  it('nudges the assignee a day before the deadline and escalates once it passes', () => {
    const dueAt = at('2026-11-25T15:00:00+01:00');
    const facts = ticket({ status: 'claimed', assigneeId: 'a1', dueAt });
    const rules = plan(facts);
    expect(rules.map((r) => [r.rule, r.at.toISOString()])).toEqual([
      ['due_soon', at('2026-11-24T15:00:00+01:00').toISOString()],
      ['overdue', dueAt.toISOString()],
    ]);
    expect(
      plan(
        facts,
        rules.map((r) => r.key),
      ),
    ).toEqual([]);
    expect(
      plan(
        { ...facts, status: 'done', doneAt: dueAt },
        rules.map((r) => r.key),
      ).map((r) => r.rule),
    ).toEqual(['rating_request']);
  });

  it('moves a new deadline to new follow-ups', () => {
    const facts = ticket({ status: 'claimed', assigneeId: 'a1', dueAt: at('2026-11-25T15:00:00+01:00') });
    const sent = plan(facts).map((r) => r.key);
    expect(plan({ ...facts, dueAt: at('2026-11-27T15:00:00+01:00') }, sent).map((r) => r.rule)).toEqual([
      'due_soon',
      'overdue',
    ]);
  });

  it('takes a due day as due by the end of that day in the client zone, escalated when the agency opens', () => {
    const due = at('2026-11-27T00:00:00Z');
    expect(ticketDeadline({ due, dueAt: null }, 'Europe/Rome')).toEqual(at('2026-11-28T00:00:00+01:00'));
    const overdue = plan(ticket({ status: 'claimed', assigneeId: 'a1', due })).find((r) => r.rule === 'overdue');
    expect(overdue?.at).toEqual(at('2026-11-30T09:00:00+01:00'));
  });

  it('leaves a nudge that the agency hours would push past the deadline to the escalation', () => {
    // Due Monday 08:00: a day before is Sunday, and the desk opens only after the deadline.
    const rules = plan(ticket({ status: 'claimed', assigneeId: 'a1', dueAt: at('2026-11-30T08:00:00+01:00') }));
    expect(rules.map((r) => r.rule)).toEqual(['overdue']);
  });

  it('reminds a client who has not answered for a day, outside its quiet hours', () => {
    const waitingSince = at('2026-11-23T22:30:00+01:00');
    const [waiting] = plan(ticket({ status: 'waiting_client', assigneeId: 'a1', waitingSince }));
    expect(waiting).toMatchObject({ rule: 'waiting_client', audience: 'client', at: at('2026-11-25T08:00:00+01:00') });
    expect(plan(ticket({ status: 'claimed', assigneeId: 'a1', waitingSince }))).toEqual([]);
  });

  it('asks for the rating once more a day after done, unless the client rated or a week passed', () => {
    const doneAt = at('2026-11-23T12:00:00+01:00');
    const done = ticket({ status: 'done', assigneeId: 'a1', doneAt });
    const [rating] = plan(done);
    expect(rating).toMatchObject({ rule: 'rating_request', at: at('2026-11-24T12:00:00+01:00') });
    expect(plan({ ...done, rating: 4 })).toEqual([]);
    expect(plan(done, [], at('2026-12-01T12:00:00+01:00'))).toEqual([]);
    expect(plan(ticket({ status: 'cancelled', doneAt }))).toEqual([]);
  });
});
