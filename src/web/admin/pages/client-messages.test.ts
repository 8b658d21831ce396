import { describe, expect, it } from 'vitest';
import { adminLocale } from '../format.js';
import type { TakenMessageRow } from '../queries/taken-messages.js';
import { renderTakenMessages, renderTakenOutcome, type TakenMessagesInput } from './client-messages.js';

// Monday 23 November 2026, 22:30 in Rome: inside the default quiet hours.
const now = new Date('2026-11-23T21:30:00Z');
const tomorrowMorning = new Date('2026-11-24T07:00:00Z');
const clientId = '0195d5a0-0000-7000-8000-000000000002';

const row = (over: Partial<TakenMessageRow> = {}): TakenMessageRow => ({
  id: '0195d5a0-0000-7000-8000-000000000010',
  createdAt: new Date('2026-11-23T16:00:00Z'),
  callerName: 'Mario <Rossi>',
  callerPhone: null,
  body: 'Richiamare',
  urgent: false,
  status: 'delivered',
  deliveredAt: new Date('2026-11-23T17:00:00Z'),
  inDigest: true,
  callbackChoice: 'client',
  callbackTicket: null,
  takenBy: { name: 'Giulia Bianchi' },
  takenByUser: null,
  ...over,
});

const input = (over: Partial<TakenMessagesInput> = {}): TakenMessagesInput => ({
  clientId,
  tz: 'Europe/Rome',
  messages: [],
  release: null,
  ...over,
});

describe('messages taken on the client page', () => {
  it('gives a hold ending on another day in full, in the staff language', () => {
    const outcome = { kind: 'held', until: tomorrowMorning, reason: 'quiet_hours' } as const;
    expect(renderTakenOutcome(input({ outcome }), now, adminLocale('it')).value).toBe(
      '<p class="notice" role="status">Messaggio preso: trattenuto fino al 24/11/2026 08:00 (fascia di silenzio del cliente), poi consegnato in un unico riepilogo.</p>',
    );
    expect(renderTakenOutcome(input({ outcome }), now, adminLocale('en')).value).toContain(
      'held until 2026-11-24 08:00 (the client&#39;s quiet hours)',
    );
  });

  it('lists a digest delivery, the choice, an erased caller and who took it, escaped', () => {
    const page = renderTakenMessages(
      input({
        messages: [
          row(),
          row({
            id: '0195d5a0-0000-7000-8000-000000000011',
            callerName: null,
            body: null,
            status: 'held',
            deliveredAt: null,
            inDigest: false,
            callbackChoice: null,
            takenBy: null,
            takenByUser: { name: 'Owner' },
          }),
        ],
        release: { until: tomorrowMorning, reason: 'quiet_hours' },
      }),
      now,
      adminLocale('en'),
    ).value;
    expect(page).toContain('<td>Mario &lt;Rossi&gt;</td>');
    expect(page).toContain(
      '<td>delivered 2026-11-23 18:00 (in a digest)</td><td>I&#39;ll call back</td><td>Giulia Bianchi</td>',
    );
    expect(page).toContain(
      '<td><span class="erased">erased</span></td><td></td><td class="body"><span class="erased">erased</span></td><td></td><td>held until 2026-11-24 08:00</td><td></td><td>Owner</td>',
    );
    // Without the port (no form) and no refusal there is nothing to take a message with.
    expect(page).not.toContain('Take a message');
  });
});
