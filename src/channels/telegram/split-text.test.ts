import { describe, expect, it } from 'vitest';
import { splitText, telegramTextLimit } from './split-text.js';

describe('splitText', () => {
  it('leaves a text that fits alone', () => {
    expect(splitText('Fatto: ti ricorderò domani alle 9.')).toEqual(['Fatto: ti ricorderò domani alle 9.']);
  });

  it('splits 4,500 characters of lines into two messages at a line break', () => {
    const lines = Array.from({ length: 90 }, (_, i) => `${String(i).padStart(2, '0')} ${'x'.repeat(46)}`);
    const text = lines.join('\n');
    expect(text.length).toBe(4499);
    const parts = splitText(text);
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(telegramTextLimit);
    expect(parts.join('\n')).toBe(text);
    expect(parts[1]?.startsWith('81 ')).toBe(true);
  });

  it('splits at a space when a paragraph has no line break', () => {
    const text = Array.from({ length: 1000 }, () => 'parola').join(' ');
    const parts = splitText(text, 100);
    expect(parts.every((part) => part.length <= 100 && !part.startsWith(' ') && !part.endsWith(' '))).toBe(true);
    expect(parts.join(' ')).toBe(text);
  });

  it('cuts hard when there is nowhere better, never inside an emoji', () => {
    const text = '😀'.repeat(10);
    const parts = splitText(text, 5);
    expect(parts.join('')).toBe(text);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(5);
      expect([...part].every((char) => char === '😀')).toBe(true);
    }
  });

  it('drops blank pieces, which Telegram refuses', () => {
    expect(splitText('   \n  ')).toEqual([]);
    expect(splitText(`${'a'.repeat(10)}\n\n\n${'b'.repeat(10)}`, 10)).toEqual(['a'.repeat(10), 'b'.repeat(10)]);
  });
});
