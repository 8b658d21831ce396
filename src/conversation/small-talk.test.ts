import { describe, expect, it } from 'vitest';
import { readingOf } from './context.js';
import { smallTalkOf } from './small-talk.js';

describe('small talk, read whole', () => {
  it.each([
    ['👍', 'yes'],
    ['ok', 'yes'],
    ['Va bene!', 'yes'],
    ['ok grazie', 'yes'],
    ['sì, grazie', 'yes'],
    ['no grazie', 'no'],
    ['Grazie mille!', 'thanks'],
    ['thank you', 'thanks'],
    ['ciao', 'greeting'],
    ['Buongiorno!', 'greeting'],
    ['hello', 'greeting'],
    ['grazie mille, per ora è tutto', 'thanks'],
    ['thank you so much', 'thanks'],
    ['great, thanks! that is all for now', 'yes'],
    ['per ora è tutto, a dopo', 'farewell'],
    ["that's all for now, bye", 'farewell'],
    ['buona giornata!', 'farewell'],
    ['salve buonasera 🙂', 'greeting'],
    ['hello 😊', 'greeting'],
    ['ok, a domani 👋', 'farewell'],
    ['va bene, a dmn', 'farewell'],
    ['grz mille sei un grande', 'thanks'],
    ["thanks, you're the best", 'thanks'],
    ['ok tt a posto x oggi, bn serata', 'farewell'],
    // thanks for everything (written before the fix)
    ['grz mille x tutto', 'thanks'],
    ['grazie mille per tutto!', 'thanks'],
    ['grazie ancora per l aiuto', 'thanks'],
    ['thanks a lot for everything', 'thanks'],
    ['thank you for all your help', 'thanks'],
    ['per oggi è tutto, buon weekend', 'farewell'],
    ['ok good night', 'farewell'],
    ['thx a mil! have a good sunday', 'thanks'],
    // praise in a voice note (play-test 6, written before the fix)
    ['grazie mille, sei un angelo', 'thanks'],
    ['grazie sei una santa', 'thanks'],
    ['thanks, you are an angel', 'thanks'],
    ['enjoy your weekend', 'farewell'],
  ] as const)('%s is %s', (text, kind) => expect(smallTalkOf(text)).toBe(kind));

  // phone spellings read through the understanding's normalizer, none of them listed as such (written before the fix)
  it.each([
    ['grz x tt', 'thanks'],
    ['grz infinite!!', 'thanks'],
    ['grz mille x l aiuto', 'thanks'],
    ['thank u so much', 'thanks'],
    ['thx so much, u r the best', 'thanks'],
    ['tnx a lot', 'thanks'],
    ['nn importa', 'no'],
    ['bn weekend', 'farewell'],
    ['ok bn lavoro', 'farewell'],
    ['x oggi basta, bn notte', 'farewell'],
    ['tt a posto x oggi', 'farewell'],
    ['Grazie x tutto 🙏', 'thanks'],
    ['a dmn allora', 'farewell'],
  ] as const)('%s is %s', (text, kind) => expect(smallTalkOf(text)).toBe(kind));

  it('never takes a request that opens with thanks or a greeting for small talk', () => {
    for (const text of [
      'grazie, ricordami domani di chiamare il notaio',
      'grz, x domani alle 9 prenota il dentista',
      'ciao, tt a posto? cosa ho domani?',
      'bn serata, ricordami dmn alle 8 di portare la macchina',
      'thx, remind me tmrw at 9 to call the bank',
      'ok grazie, e per venerdì?',
    ])
      expect(smallTalkOf(text), text).toBeUndefined();
  });

  it('is nothing when the message says more', () => {
    expect(smallTalkOf('ok ricordami domani di pagare')).toBeUndefined();
    expect(smallTalkOf('Ciao! Cosa sai fare?')).toBeUndefined();
    expect(smallTalkOf('asdkjh qwe')).toBeUndefined();
    expect(smallTalkOf('okkupato')).toBeUndefined();
  });
});

describe('thanks to someone by name, and praise', () => {
  it.each([
    ['grazie Giulia sei stata velocissima', 'thanks'],
    ['grazie mille Mark!', 'thanks'],
    ['thanks Mark, you were super quick', 'thanks'],
    ['siete stati gentilissimi, grazie', 'thanks'],
    ['ciao Giulia', 'greeting'],
    ['Ok Perfetto', 'yes'],
  ] as const)('%s is %s', (text, kind) => expect(smallTalkOf(text)).toBe(kind));

  it.each(['grazie Giulia per la visura', 'grazie Rossi srl', 'No Mario', 'sei stata a Milano'])(
    '%s says more than thanks',
    (text) => expect(smallTalkOf(text)).toBeUndefined(),
  );
});

describe('a message while an assistant is talking with the client', () => {
  it.each([
    ['te lo mando stasera, grazie', 'answer'],
    ['ok glielo mando domani mattina, grazie', 'answer'],
    ['cmq nn è urgente', 'answer'],
    ['chiama', 'answer'],
    ['briefing off', 'answer'],
    ['', 'answer'],
    ["I'll send it tonight", 'answer'],
    ['ricordami domani alle 9 di pagare la bolletta', 'request'],
    ['ok, prenota il dentista giovedì alle 10', 'request'],
    ['cosa ho domani?', 'request'],
    ['remind me tomorrow at 9 to pay the bill', 'request'],
    ['pls remind me tomorrow 8am to print the brief', 'request'],
    ['domani ricordami di pagare la bolletta', 'request'],
    ['annulla la richiesta 1011', 'request'],
    ['domani alle 10 dal commercialista con Marco', 'unsure'],
    ['tomorrow at 10 at the accountant with Marco', 'unsure'],
  ] as const)('%s reads as %s', (text, reading) => expect(readingOf(text)).toBe(reading));
});
