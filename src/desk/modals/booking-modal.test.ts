import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { bookingButtons, bookingSection, type CardBooking } from '../cards/booking-section.js';
import {
  bookingModal,
  checkBookingForm,
  localInstant,
  readBookingSubmission,
  type BookingSubmission,
} from './booking-modal.js';
import { deskTexts } from '../../i18n/desk-catalog.js';

const en = deskTexts('en');

const bookingId = '0193a8f2-1c2d-7e4f-8a9b-0c1d2e3f4a5b';
const now = new Date('2027-02-15T09:00:00Z');
const inputsOf = (view: types.ModalView) =>
  view.blocks.filter((b): b is types.InputBlock => b.type === 'input').map((b) => [b.block_id, b.element]);
const form = (over: Partial<BookingSubmission> = {}): BookingSubmission => ({
  kind: 'confirm',
  userId: 'UGIULIA',
  bookingId,
  day: '2027-02-16',
  time: '20:30',
  duration: '90',
  place: undefined,
  note: undefined,
  keepOverlap: false,
  ...over,
});

describe('booking modal form', () => {
  it("reads the date and time in the client's zone, on both sides of a DST change", () => {
    expect(checkBookingForm(form(), 'Europe/Rome', now, en)).toEqual({
      ok: true,
      value: {
        startsAt: new Date('2027-02-16T19:30:00Z'),
        endsAt: new Date('2027-02-16T21:00:00Z'),
        location: undefined,
        note: undefined,
        keepOverlap: false,
      },
    });
    expect(localInstant('2027-03-28', '10:00', 'Europe/Rome')).toEqual(new Date('2027-03-28T08:00:00Z'));
    expect(localInstant('2027-03-27', '10:00', 'Europe/Rome')).toEqual(new Date('2027-03-27T09:00:00Z'));
  });

  it('names what is wrong under the input: no date, an impossible or past time, a bad duration', () => {
    expect(checkBookingForm(form({ day: '' }), 'Europe/Rome', now, en)).toEqual({
      ok: false,
      errors: { date: 'Pick the date.' },
    });
    expect(checkBookingForm(form({ day: '2027-02-31' }), 'Europe/Rome', now, en)).toEqual({
      ok: false,
      errors: { time: 'Pick the time.' },
    });
    expect(checkBookingForm(form({ time: '' }), 'Europe/Rome', now, en)).toEqual({
      ok: false,
      errors: { time: 'Pick the time.' },
    });
    expect(checkBookingForm(form({ day: '2027-02-15', time: '09:59' }), 'Europe/Rome', now, en)).toEqual({
      ok: false,
      errors: { time: 'That time has already passed.' },
    });
    for (const duration of ['0', '1441', '1.5', '', 'abc']) {
      expect(checkBookingForm(form({ duration }), 'Europe/Rome', now, en)).toEqual({
        ok: false,
        errors: { duration: 'A whole number of minutes from 5 to 1440.' },
      });
    }
  });

  it('reads only its own modals and trims the optional texts', () => {
    const submission = (callbackId: string, metadata = bookingId) => ({
      type: 'view_submission',
      user: { id: 'UGIULIA' },
      view: {
        callback_id: callbackId,
        private_metadata: metadata,
        state: {
          values: {
            date: { value: { type: 'datepicker', selected_date: '2027-02-16' } },
            time: { value: { type: 'timepicker', selected_time: '20:30' } },
            duration: { value: { type: 'number_input', value: ' 90 ' } },
            place: { value: { type: 'plain_text_input', value: '  Trattoria da Mario ' } },
            note: { value: { type: 'plain_text_input', value: '   ' } },
          },
        },
      },
    });
    expect(readBookingSubmission(submission('desk:booking-propose-modal'))).toEqual(
      form({ kind: 'propose', place: 'Trattoria da Mario' }),
    );
    expect(readBookingSubmission(submission('desk:done-modal'))).toBeNull();
    // the overlap box, ticked
    const ticked = submission('desk:booking-confirm-modal');
    Object.assign(ticked.view.state.values, {
      overlap: { value: { type: 'checkboxes', selected_options: [{ value: 'keep' }] } },
    });
    expect(readBookingSubmission(ticked)).toEqual(form({ place: 'Trattoria da Mario', keepOverlap: true }));
    expect(readBookingSubmission(submission('desk:booking-confirm-modal', 'not-a-uuid'))).toBeNull();
  });

  it("prefills the requested time in the client's zone, or only the day", () => {
    const base = {
      kind: 'confirm' as const,
      bookingId,
      ticketNumber: 1024,
      clientName: 'Studio <Rossi>',
      title: 'tavolo per 4',
      tz: 'Europe/Rome',
      location: null,
    };
    const timed = bookingModal(
      { ...base, startsAt: new Date('2027-02-16T19:00:00Z'), endsAt: new Date('2027-02-16T20:30:00Z'), day: null },
      en,
    );
    const elements = Object.fromEntries(inputsOf(timed));
    expect(elements.date).toMatchObject({ initial_date: '2027-02-16' });
    expect(elements.time).toMatchObject({ initial_time: '20:00', timezone: 'Europe/Rome' });
    expect(elements.duration).toMatchObject({ initial_value: '90' });
    expect(JSON.stringify(timed.blocks)).toContain('Studio &lt;Rossi&gt;');
    const dayOnly = bookingModal({ ...base, startsAt: null, endsAt: null, day: new Date('2027-02-18T00:00:00Z') }, en);
    const dayElements = Object.fromEntries(inputsOf(dayOnly));
    expect(dayElements.date).toMatchObject({ initial_date: '2027-02-18' });
    expect(dayElements.time).not.toHaveProperty('initial_time');
  });
});

describe('booking on the card', () => {
  const requested: CardBooking = {
    title: 'tavolo per 4',
    status: 'requested',
    startsAt: new Date('2027-02-16T19:00:00Z'),
    endsAt: new Date('2027-02-16T20:00:00Z'),
    day: null,
    location: null,
    proposedStartsAt: null,
    proposedLocation: null,
  };
  const ids = (b: CardBooking, status: 'open' | 'claimed' | 'waiting_client' | 'done' | 'cancelled') =>
    bookingButtons({ ticketId: bookingId, status }, b, en).map((x) => x.action_id);

  it('offers confirm and propose to the holder of a requested booking, reschedule once confirmed, also after Done', () => {
    expect(ids(requested, 'open')).toEqual([]);
    expect(ids(requested, 'claimed')).toEqual(['desk:booking-confirm', 'desk:booking-propose', 'desk:booking-cancel']);
    expect(ids({ ...requested, status: 'confirmed' }, 'waiting_client')).toEqual([
      'desk:booking-reschedule',
      'desk:booking-cancel',
    ]);
    expect(ids({ ...requested, status: 'confirmed' }, 'done')).toEqual([
      'desk:booking-reschedule',
      'desk:booking-cancel',
    ]);
    expect(ids({ ...requested, status: 'cancelled' }, 'claimed')).toEqual([]);
  });

  it("shows the time in the client's zone and the proposal waiting for the client", () => {
    const text =
      bookingSection(
        { ...requested, proposedStartsAt: new Date('2027-02-16T20:30:00Z'), proposedLocation: 'Da <Mario>' },
        'Europe/Rome',
        en,
      ).text?.text ?? '';
    expect(text).toContain('Tue 16 Feb 2027 20:00 (Europe/Rome) · 1 h');
    expect(text).toContain('*Proposed:* Tue 16 Feb 2027 21:30, Da &lt;Mario&gt;, waiting for the client');
    const italian = bookingSection(requested, 'Europe/Rome', deskTexts('it')).text?.text ?? '';
    expect(italian).toContain('*Prenotazione* · :hourglass: richiesta, da prenotare');
    expect(italian).toContain('mar 16 feb 2027 20:00 (Europe/Rome) · 1 h');
  });
});
