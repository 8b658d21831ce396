import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton } from './actions.js';

const id = '0193a8f2-1c2d-7e4f-8a9b-0c1d2e3f4a5b';

describe('button payloads', () => {
  it('round-trip and fit Telegram callback_data', () => {
    const data = encodeButton({ op: 'cancel', item: { kind: 'reminder', id } });
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(decodeButton(data)).toEqual({ op: 'cancel', item: { kind: 'reminder', id } });
    expect(decodeButton(encodeButton({ op: 'pick_reschedule', item: { kind: 'booking', id } }))).toEqual({
      op: 'pick_reschedule',
      item: { kind: 'booking', id },
    });
  });

  it('refuse tampered payloads', () => {
    expect(decodeButton(`cx:r:${id}; DROP TABLE`)).toBeNull();
    expect(decodeButton('cx:x:1')).toBeNull();
    expect(decodeButton('delete-everything')).toBeNull();
    expect(decodeButton(`zz:r:${id}`)).toBeNull();
  });
});

describe('rating payloads', () => {
  it('round-trip 1-5 for a ticket and fit Telegram callback_data', () => {
    for (const rating of [1, 5]) {
      const data = encodeButton({ op: 'rate', rating, item: { kind: 'ticket', id } });
      expect(data).toBe(`rt:${rating}:t:${id}`);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeButton(data)).toEqual({ op: 'rate', rating, item: { kind: 'ticket', id } });
    }
  });

  it('refuse ratings out of range, on other kinds, or with extra text', () => {
    expect(decodeButton(`rt:0:t:${id}`)).toBeNull();
    expect(decodeButton(`rt:6:t:${id}`)).toBeNull();
    expect(decodeButton(`rt:5:r:${id}`)).toBeNull();
    expect(decodeButton(`rt:5:t:${id}x`)).toBeNull();
    expect(decodeButton('rt:5:t:not-a-uuid')).toBeNull();
  });
});

describe('reminder occurrence payloads', () => {
  it('round-trip Done and the snoozes, and refuse unknown snoozes', () => {
    expect(decodeButton(encodeButton({ op: 'occurrence_done', occurrenceId: id }))).toEqual({
      op: 'occurrence_done',
      occurrenceId: id,
    });
    for (const snooze of ['10m', '1h', 'tm'] as const) {
      const data = encodeButton({ op: 'snooze', snooze, occurrenceId: id });
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeButton(data)).toEqual({ op: 'snooze', snooze, occurrenceId: id });
    }
    expect(decodeButton(`sz:5y:${id}`)).toBeNull();
    expect(decodeButton(`od:${id}:x`)).toBeNull();
  });
});

describe('status and call-back payloads', () => {
  it('round-trip, fit Telegram callback_data, and refuse anything else', () => {
    for (const change of ['free', 'hour'] as const)
      expect(decodeButton(encodeButton({ op: 'status', change }))).toEqual({ op: 'status', change });
    for (const choice of ['client', 'office'] as const) {
      const data = encodeButton({ op: 'callback', choice, takenMessageId: id });
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeButton(data)).toEqual({ op: 'callback', choice, takenMessageId: id });
    }
    expect(decodeButton('st:forever')).toBeNull();
    expect(decodeButton(`cb:everyone:${id}`)).toBeNull();
    expect(decodeButton(`cb:office:${id}x`)).toBeNull();
  });
});

describe('free-slot payloads', () => {
  it('carry the start and length of the slot alone, within Telegram callback_data', () => {
    const data = encodeButton({ op: 'slot', startMin: 29_417_340, minutes: 60 });
    expect(data).toBe('sl:29417340:60');
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(decodeButton(data)).toEqual({ op: 'slot', startMin: 29_417_340, minutes: 60 });
  });

  it('name the offer they belong to, still within Telegram callback_data', () => {
    const data = encodeButton({ op: 'slot', startMin: 2_941_734_000, minutes: 1440, offer: '0a1b2c3d' });
    expect(data).toBe('sl:2941734000:1440:0a1b2c3d');
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(decodeButton(data)).toEqual({ op: 'slot', startMin: 2_941_734_000, minutes: 1440, offer: '0a1b2c3d' });
  });

  it('round-trip every length a booking may have, 5 minutes to a day', () => {
    for (const minutes of [5, 10, 780, 1440]) {
      const data = encodeButton({ op: 'slot', startMin: 29_417_340, minutes });
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeButton(data)).toEqual({ op: 'slot', startMin: 29_417_340, minutes });
    }
  });

  it('are never made for a length the decoder refuses', () => {
    for (const minutes of [0, 4, 1441])
      expect(() => encodeButton({ op: 'slot', startMin: 29_417_340, minutes })).toThrow(RangeError);
  });

  it('refuse lengths no slot has and anything not a number', () => {
    expect(decodeButton('sl:29417340:0')).toBeNull();
    expect(decodeButton('sl:29417340:4')).toBeNull();
    expect(decodeButton('sl:29417340:1441')).toBeNull();
    expect(decodeButton('sl:29417340:10000')).toBeNull();
    expect(decodeButton('sl:-1:60')).toBeNull();
    expect(decodeButton('sl:2941e3:60')).toBeNull();
    expect(decodeButton('sl:29417340:60:x')).toBeNull();
    expect(decodeButton('sl:29417340:60:0a1b2c3')).toBeNull();
    expect(decodeButton('sl:29417340:60:0A1B2C3D')).toBeNull();
    expect(decodeButton('sl:29417340:60:0a1b2c3d:')).toBeNull();
  });
});

describe('move-to-slot payloads', () => {
  it('carry the booking and the new start, within Telegram callback_data', () => {
    const data = encodeButton({ op: 'move', bookingId: id, startMin: 29_417_340 });
    expect(data).toBe(`mv:${id}:29417340`);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(decodeButton(data)).toEqual({ op: 'move', bookingId: id, startMin: 29_417_340 });
  });

  it('refuse anything but a booking id and a start in minutes', () => {
    expect(decodeButton('mv:not-a-uuid:29417340')).toBeNull();
    expect(decodeButton(`mv:${id.toUpperCase()}:29417340`)).toBeNull();
    expect(decodeButton(`mv:${id}:-1`)).toBeNull();
    expect(decodeButton(`mv:${id}:2941e3`)).toBeNull();
    expect(decodeButton(`mv:${id}:12345678901`)).toBeNull();
    expect(decodeButton(`mv:${id}:29417340:60`)).toBeNull();
  });
});

describe('booking proposal payloads', () => {
  it('round-trip Accept and Decline with the proposal version, within Telegram callback_data', () => {
    for (const accept of [true, false]) {
      const data = encodeButton({ op: 'proposal', accept, bookingId: id, version: 'mi5x0k3z' });
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeButton(data)).toEqual({ op: 'proposal', accept, bookingId: id, version: 'mi5x0k3z' });
    }
  });

  it('refuse tampered answers', () => {
    expect(decodeButton(`pa:${id}`)).toBeNull();
    expect(decodeButton(`pa:${id}:`)).toBeNull();
    expect(decodeButton(`pa:${id}:MI5X`)).toBeNull();
    expect(decodeButton(`px:${id}:mi5x`)).toBeNull();
    expect(decodeButton(`pa:not-a-uuid:mi5x`)).toBeNull();
    expect(decodeButton(`pa:${id}:mi5x0k3z;drop`)).toBeNull();
  });
});

describe('mail draft payloads', () => {
  it('round-trip Send / Edit / Cancel and a sender picked, within Telegram callback_data', () => {
    for (const choice of ['send', 'edit', 'cancel'] as const) {
      const data = encodeButton({ op: 'mail_draft', choice, draftId: id });
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(decodeButton(data)).toEqual({ op: 'mail_draft', choice, draftId: id });
    }
    const pick = encodeButton({ op: 'mail_pick', draftId: id, index: 4 });
    expect(decodeButton(pick)).toEqual({ op: 'mail_pick', draftId: id, index: 4 });
  });

  it('refuse tampered drafts and picks', () => {
    expect(decodeButton(`dx:${id}`)).toBeNull();
    expect(decodeButton(`ds:${id}:again`)).toBeNull();
    expect(decodeButton(`dp:${id}:12`)).toBeNull();
    expect(decodeButton('dp:not-a-uuid:1')).toBeNull();
  });
});
