import { describe, expect, it } from 'vitest';
import { isKeyboardMash, readingOf } from './context.js';

describe('how a message reads while an assistant talks with the client', () => {
  it('takes a question about how a request is going as the bot’s, however short', () => {
    for (const text of [
      'novità sulla traduzione?',
      'ci sono aggiornamenti?',
      'any update on the letter?',
      'chi se ne occupa?',
    ])
      expect(readingOf(text)).toBe('request');
    // news given to the assistant, not asked for
    expect(readingOf('nessuna novità dal notaio')).not.toBe('request');
  });

  it('knows keyboard mash from short answers, codes and names', () => {
    for (const text of ['asdf qwer', 'jkl', 'sdfgh!', 'lkjsd ewq', 'dfkjs', 'mnbv zxc', 'qwr?'])
      expect(isKeyboardMash(text)).toBe(true);
    for (const text of ['il 12', 'sì', 'RSSMRA80A01H501U', 'Ferri', 'ok', 'type', 'qwerty 2', 'tutto', 'alla', 'quiet'])
      expect(isKeyboardMash(text)).toBe(false);
    expect(readingOf('asdf qwer')).toBe('noise');
    expect(readingOf('il 12')).toBe('answer');
    expect(readingOf('lkjsd ewq')).toBe('noise');
    for (const text of ['per', 'poi tre', 'ahah', 'shall', 'pretty', 'quo', 'flask'])
      expect(readingOf(text)).toBe('answer');
  });
});
