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

  it('takes new work with an object of its own as a request, even sharing a word with an answer', () => {
    for (const text of [
      'mi serve un idraulico in ufficio, il lavandino si è rotto',
      'ho bisogno di una babysitter sabato sera, si può?',
      'ok ci serve un elettricista x la sala riunioni',
      'I need a plumber at the office, yes the sink is leaking',
    ])
      expect(readingOf(text)).toBe('request');
    // the request already open, or more for it, stays the assistant's
    for (const text of ['mi serve la versione firmata, sì', 'mi serve anche una copia in pdf, grazie'])
      expect(readingOf(text)).not.toBe('request');
  });
});
