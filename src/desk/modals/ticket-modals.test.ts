import { viewSubmissionPayload } from '../../../test/support/fake-slack.js';
import { describe, expect, it } from 'vitest';
import { deskViews } from '../slack/interactions.js';
import { doneModal, parseAskSubmission, parseDoneSubmission } from './ticket-modals.js';
import { deskTexts } from '../../i18n/desk-catalog.js';

const en = deskTexts('en');

const ticketId = '0193a8f2-1c2d-7e4f-8a9b-0c1d2e3f4a5b';
const done = (
  minutes: string | null,
  outcome: string | null,
  extra: { callbackId?: string; privateMetadata?: string } = {},
) =>
  viewSubmissionPayload({
    callbackId: extra.callbackId ?? deskViews.done,
    privateMetadata: extra.privateMetadata ?? ticketId,
    user: 'UGIULIA',
    values: {
      minutes: { value: { type: 'number_input', value: minutes } },
      outcome: { value: { type: 'plain_text_input', value: outcome } },
    },
  });

describe('done modal', () => {
  it('asks for whole minutes and an outcome, with the ticket in private_metadata', () => {
    const view = doneModal(
      {
        ticketId,
        number: 1024,
        clientName: 'Studio Rossi',
        balanceMinutes: 90,
        packageMinutes: 600,
      },
      en,
    );
    expect(view.private_metadata).toBe(ticketId);
    expect(JSON.stringify(view.blocks)).toContain('"is_decimal_allowed":false');
    expect(JSON.stringify(view.blocks)).toContain('1 h 30 min of 10 h');
  });

  it('reads a valid submission', () => {
    expect(parseDoneSubmission(done('45', '  Sent the translation.  '), en)).toEqual({
      ok: true,
      userId: 'UGIULIA',
      ticketId,
      value: { minutes: 45, outcome: 'Sent the translation.' },
    });
  });

  it('answers errors under the inputs for bad minutes or an empty outcome', () => {
    for (const minutes of ['0', '-5', '1.5', 'abc', null, '999999']) {
      const parsed = parseDoneSubmission(done(minutes, 'ok'), en);
      expect(parsed?.ok === false && parsed.errors.minutes).toBeTruthy();
    }
    const empty = parseDoneSubmission(done('10', '   '), en);
    expect(empty?.ok === false && empty.errors.outcome).toBeTruthy();
  });

  it('ignores foreign or tampered submissions', () => {
    expect(parseDoneSubmission(done('10', 'ok', { callbackId: 'other' }), en)).toBeNull();
    expect(parseDoneSubmission(done('10', 'ok', { privateMetadata: 'not-a-ticket' }), en)).toBeNull();
    expect(parseDoneSubmission({ type: 'block_actions' }, en)).toBeNull();
  });
});

describe('ask modal', () => {
  it('reads the question and refuses an empty one', () => {
    const payload = (question: string) =>
      viewSubmissionPayload({
        callbackId: deskViews.ask,
        privateMetadata: ticketId,
        user: 'U1',
        values: { question: { value: { type: 'plain_text_input', value: question } } },
      });
    expect(parseAskSubmission(payload('Which format?'), en)).toEqual({
      ok: true,
      userId: 'U1',
      ticketId,
      value: { question: 'Which format?' },
    });
    expect(parseAskSubmission(payload(' '), en)).toMatchObject({ ok: false });
    expect(parseAskSubmission(done('1', 'x'), en)).toBeNull();
  });
});
