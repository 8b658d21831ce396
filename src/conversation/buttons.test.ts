import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton } from './buttons.js';

const id = '0193a8f2-1c2d-7e4f-8a9b-0c1d2e3f4a5b';

describe('button payloads', () => {
  it('round-trip and fit Telegram callback_data', () => {
    const data = encodeButton({ op: 'cancel', item: { kind: 'reminder', id } });
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(decodeButton(data)).toEqual({ op: 'cancel', item: { kind: 'reminder', id } });
    expect(decodeButton(encodeButton({ op: 'pick_reschedule', item: { kind: 'booking', id } }))).toEqual({ op: 'pick_reschedule', item: { kind: 'booking', id } });
  });

  it('refuse tampered payloads', () => {
    expect(decodeButton(`cx:r:${id}; DROP TABLE`)).toBeNull();
    expect(decodeButton('cx:x:1')).toBeNull();
    expect(decodeButton('delete-everything')).toBeNull();
    expect(decodeButton(`zz:r:${id}`)).toBeNull();
  });
});
