import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';

/** Friday 26 February 2027, 18:45 in Rome. */
const it_ = { now: new Date('2027-02-26T18:45:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };
const en = { ...it_, lang: 'en' as const };

describe('issue 17, fresh batches: what the first-seen sentences taught', () => {
  it('reads a bare number after a correction as the time it corrects, in its part of the day', () => {
    expect(understandRules('remind me tomorrow at 10, sorry 11, to call the plumber', en)).toEqual({
      intent: 'reminder',
      when: '2027-02-27T11:00:00+01:00',
      text: 'call the plumber',
    });
    // 7 is evening by the bare-hour rule: the 8 that corrects it is too
    expect(understandRules('remind me at 7 actually make it 8 to call mum', en).when).toBe('2027-02-26T20:00:00+01:00');
    expect(understandRules('remind me in 10 minutes, no, 20 minutes, to check the oven', en).when).toBe(
      '2027-02-26T19:05:00+01:00',
    );
    expect(understandRules('ricordami mercoledi, ah no giovedi, di mandare il contratto', it_)).toEqual({
      intent: 'reminder',
      when: '2027-03-04T09:00:00+01:00',
      text: 'mandare il contratto',
    });
    // a number that is a date or a count stays one
    expect(understandRules('ricordami domani alle 10 anzi 12 marzo di pagare', it_).when).toBe(
      '2027-03-12T10:00:00+01:00',
    );
  });

  it('reads "weds" and "mon." as weekdays', () => {
    expect(understandRules('set up a call with Dan weds at 2', en).when).toBe('2027-03-03T14:00:00+01:00');
    expect(understandRules('remind me mon. at 8:30 to call the office', en).when).toBe('2027-03-01T08:30:00+01:00');
  });

  it('reads a request number after an abbreviation with its dot, and an adverb before the done work', () => {
    expect(understandRules('cancella la richiesta n. 1188', it_)).toMatchObject({ intent: 'cancel', ref: 1188 });
    expect(understandRules('hai gia prenotato il ristorante x sabato?', it_)).toEqual({
      intent: 'ticket_status',
      target: 'il ristorante per sabato',
    });
  });

  it('keeps the deadline as due when it is the only time of a reminder', () => {
    expect(understandRules('entro lunedi devo consegnare il bilancio, nn farmelo dimenticare', it_)).toMatchObject({
      intent: 'reminder',
      when: '2027-03-01T09:00:00+01:00',
      due: '2027-03-01',
    });
  });

  it('reads the unit and the evening of what a correction corrects, and keeps the day it does not', () => {
    expect(understandRules('ricordami tra un ora, anzi tra 2, di controllare il forno', it_).when).toBe(
      '2027-02-26T20:45:00+01:00',
    );
    expect(understandRules('ricordami stasera alle 8 no scusa alle 9 di chiamare Lucia', it_).when).toBe(
      '2027-02-26T21:00:00+01:00',
    );
    expect(understandRules('ricordami domenica sera alle 8, anzi alle 9, di chiamare Lucia', it_).when).toBe(
      '2027-02-28T21:00:00+01:00',
    );
  });

  it('reads more written forms: four-letter weekdays and months, a comma clock, an article before a holiday', () => {
    expect(understandRules('ricordami merc pomeriggio di andare dal commercialista', it_).when).toBe(
      '2027-03-03T15:00:00+01:00',
    );
    expect(understandRules('ricordami il 3 febb di rinnovare la carta', it_).when).toBe('2028-02-03T09:00:00+01:00');
    expect(understandRules('ricordami alle ore 16,30 di chiamare il corriere', it_).when).toBe(
      '2027-02-27T16:30:00+01:00',
    );
    expect(understandRules('ricordami 2 giorni dopo l epifania di pagare i fornitori', it_).when).toBe(
      '2028-01-08T09:00:00+01:00',
    );
    expect(understandRules("remind me 2 days before valentine's to order flowers", en).when).toBe(
      '2028-02-12T09:00:00+01:00',
    );
    expect(understandRules('plz remind me mon morn to pay the rent', en).when).toBe('2027-03-01T09:00:00+01:00');
  });

  it('reads a party after a meal and a length around the word for free', () => {
    expect(understandRules("book brunch at Nora's on Sunday at 11am for 5", en)).toMatchObject({
      intent: 'booking',
      title: "brunch at Nora's",
      partySize: 5,
    });
    expect(understandRules('can you find me 2 free hours on friday?', en)).toMatchObject({
      intent: 'free_slots',
      durationMin: 120,
    });
  });

  it('reads minutes around midnight, diminutives, "sei" before a month, a dashed day-month after "il"', () => {
    expect(understandRules('ricordami a mezzanotte meno 10 di spegnere le luci', it_).when).toBe(
      '2027-02-26T23:50:00+01:00',
    );
    expect(understandRules('ricordami tra mezz oretta di chiudere le finestre', it_).when).toBe(
      '2027-02-26T19:15:00+01:00',
    );
    expect(understandRules('ricordami il sei marzo di chiamare Elena', it_).when).toBe('2027-03-06T09:00:00+01:00');
    expect(understandRules('ricordami il 20-03 di pagare la rata', it_).when).toBe('2027-03-20T09:00:00+01:00');
    expect(understandRules('le pagine 9-11 del libro', it_).intent).toBe('other');
  });

  it('reads a status whose end comes first, a find verb in the second person, "ready" as done work', () => {
    expect(understandRules('fino alle 20 non ci sono x nessuno', it_)).toEqual({
      intent: 'status',
      availability: 'dnd',
      until: '2027-02-26T20:00:00+01:00',
    });
    expect(understandRules('mi trovi 45 minuti liberi mercoledi pomeriggio?', it_)).toMatchObject({
      intent: 'free_slots',
      durationMin: 45,
    });
    expect(understandRules('is the translation of the contract ready?', en)).toEqual({
      intent: 'ticket_status',
      target: 'the translation of the contract',
    });
  });

  it('leaves filler, thanks and a note after the question out of texts and titles', () => {
    const u = (text: string, ctx: typeof it_ | typeof en) => understandRules(text, ctx);
    expect(u('mi prenoti il dentista giovedi alle 10? dott Galli', it_)).toMatchObject({ title: 'dentista' });
    expect(u('ricordami cmq domani di chiamare il fabbro', it_)).toMatchObject({ text: 'chiamare il fabbro' });
    expect(u('ricordami domani alle 9 x favore di mandare la pec', it_)).toMatchObject({ text: 'mandare la pec' });
    expect(u('segnami giovedi alle 15 la call con Bianchi grazie', it_)).toMatchObject({
      title: 'call con Bianchi',
      with: 'Bianchi',
    });
    expect(u('ricordami domani di scrivere grazie a Marco', it_)).toMatchObject({ text: 'scrivere grazie a Marco' });
    expect(u('remind me tmrw at 9 pls to email Sue', en)).toMatchObject({ text: 'email Sue' });
    expect(u('put lunch with Tom on friday at 1 in my calendar thanks', en)).toMatchObject({ title: 'lunch with Tom' });
    expect(u('I have a hearing on Thursday', en)).toMatchObject({ intent: 'booking', title: 'hearing' });
  });

  it('fires a lead at the time said with it, in the evening it names', () => {
    expect(
      understandRules('domenica mattina alle 8 ho il treno x Milano, ricordamelo la sera prima alle 9', it_),
    ).toMatchObject({ intent: 'reminder', when: '2027-02-27T21:00:00+01:00', due: '2027-02-28' });
    expect(understandRules('I have to pay rent by the 30th, remind me the day before at 10am', en)).toMatchObject({
      intent: 'reminder',
      when: '2027-03-29T10:00:00+02:00',
      due: '2027-03-30',
    });
  });

  it('reads "a couple" without "of" and three quarters of an hour', () => {
    expect(understandRules('remind me in a couple hours to pay the bill', en).when).toBe('2027-02-26T20:45:00+01:00');
    expect(understandRules('remind me in three quarters of an hour to pay the bill', en).when).toBe(
      '2027-02-26T19:30:00+01:00',
    );
  });

  it('keeps the event and its time in the text when the reminder with a lead comes second', () => {
    expect(understandRules('the train is on sunday at 9am, remind me the night before at 10', en)).toMatchObject({
      intent: 'reminder',
      when: '2027-02-27T22:00:00+01:00',
      text: 'the train on sunday at 9am',
    });
  });

  it('reads "for 5" closing a clause as a time unless people are seated', () => {
    expect(understandRules('arrange a catch-up with Anna tomorrow for 4', en)).toMatchObject({
      intent: 'booking',
      when: '2027-02-27T16:00:00+01:00',
    });
    expect(understandRules('arrange a catch-up with Anna tomorrow for 4', en)).not.toHaveProperty('partySize');
    expect(understandRules('grab us a table at Rosa on sunday at 8pm for 6', en)).toMatchObject({
      when: '2027-02-28T20:00:00+01:00',
      partySize: 6,
    });
  });

  it('reads an auxiliary before an event as doing it, not as a question', () => {
    expect(understandRules("let's do drinks with Paul on monday at 7pm", en)).toMatchObject({
      intent: 'booking',
      when: '2027-03-01T19:00:00+01:00',
      title: 'drinks with Paul',
    });
  });

  it('reads a bare number correcting a count as a count of the same unit', () => {
    expect(understandRules('ricordami tra 15 minuti, anzi 25 di spegnere il forno', it_).when).toBe(
      '2027-02-26T19:10:00+01:00',
    );
    expect(understandRules('ricordami tra 2 giorni anzi 3 di pagare la bolletta', it_).when).toBe(
      '2027-03-01T18:45:00+01:00',
    );
  });

  it('keeps a month naming a topic out of the deadline', () => {
    const post = understandRules('prepara una newsletter sulle offerte di luglio', it_);
    expect(post).toMatchObject({ intent: 'task', text: 'preparare una newsletter sulle offerte di luglio' });
    expect(post).not.toHaveProperty('due');
    expect(understandRules('paga la bolletta di marzo entro il 10', it_)).toMatchObject({ due: '2027-03-10' });
  });

  it('keeps the evening of a meal being moved', () => {
    expect(understandRules('sposta la cena con Giulia a domenica alle 9', it_).when).toBe('2027-02-28T21:00:00+01:00');
  });

  it('reads being somewhere until a time as busy', () => {
    expect(understandRules('sono dalla commercialista fino alle 20, richiamo io', it_)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-02-26T20:00:00+01:00',
    });
    expect(understandRules("I'm at the vet until 8pm", en)).toMatchObject({ intent: 'status', availability: 'busy' });
    expect(understandRules('sono dal barbiere sabato alle 10', it_).intent).toBe('booking');
  });

  it('reads done work followed by an adverb as a question about a request', () => {
    expect(understandRules('have the flyers been printed yet?', en)).toEqual({
      intent: 'ticket_status',
      target: 'the flyers',
    });
    expect(understandRules('la brochure è stata tradotta poi?', it_)).toMatchObject({ intent: 'ticket_status' });
  });

  it('reads a bare 8 or 9 at a table as dinner time, and "for 3" after the hour as the party', () => {
    expect(understandRules('prenota un tavolo da Luca venerdì alle 9 per 3 persone', it_)).toMatchObject({
      when: '2027-03-05T21:00:00+01:00',
      partySize: 3,
    });
    expect(understandRules("book at Luigi's sunday at 9 for 3", en)).toMatchObject({
      intent: 'booking',
      when: '2027-02-28T21:00:00+01:00',
      partySize: 3,
      title: "Luigi's",
    });
    expect(understandRules("book a table for 2 at Rosa's on thursday at 8:30", en).when).toBe(
      '2027-03-04T20:30:00+01:00',
    );
    // a morning meal, a later hour, or no table keep the hour as said
    expect(understandRules('prenotami un tavolo x la colazione domenica alle 9, siamo in 2', it_).when).toBe(
      '2027-02-28T09:00:00+01:00',
    );
    expect(understandRules('prenota un tavolo da Ciro per domani alle 11, siamo in 5', it_).when).toBe(
      '2027-02-27T11:00:00+01:00',
    );
    expect(understandRules('fissa la riunione con Bruno domani alle 8', it_).when).toBe('2027-02-27T08:00:00+01:00');
    expect(understandRules('call with Bob for 5', en).when).toBe('2027-02-27T17:00:00+01:00');
  });

  it('reads a request number after a degree sign', () => {
    expect(understandRules('a che punto è la pratica n° 1500?', it_)).toEqual({ intent: 'ticket_status', ref: 1500 });
    expect(understandRules('cancel request nº 77', en)).toMatchObject({ intent: 'cancel', ref: 77 });
  });

  it('reads the end, start and middle of next month', () => {
    expect(understandRules('entro la fine del mese prossimo mandami il preventivo', it_)).toMatchObject({
      intent: 'task',
      due: '2027-03-31',
    });
    expect(understandRules("ricordami all'inizio del mese prossimo di pagare la quota", it_).when).toBe(
      '2027-03-01T09:00:00+01:00',
    );
    expect(understandRules('remind me at the end of next month to pay the rent', en).when).toBe(
      '2027-03-31T09:00:00+02:00',
    );
    expect(understandRules('by mid next month send the invoice', en)).toMatchObject({ due: '2027-03-15' });
  });

  it('reads an agenda question about reminders only, or appointments only', () => {
    expect(understandRules('mi fai vedere i promemoria che ho messo?', it_)).toEqual({
      intent: 'agenda',
      items: 'reminders',
    });
    expect(understandRules('any reminders set for tomorrow?', en)).toEqual({
      intent: 'agenda',
      from: '2027-02-27',
      to: '2027-02-27',
      items: 'reminders',
    });
    expect(understandRules('che appuntamenti ho lunedì?', it_)).toMatchObject({ intent: 'agenda', items: 'bookings' });
    expect(understandRules('cosa ho domani?', it_)).toEqual({ intent: 'agenda', from: '2027-02-27', to: '2027-02-27' });
  });

  it('reads being on a flight or a train until a time as busy', () => {
    expect(understandRules("I'm on the train till 7pm", en)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-02-26T19:00:00+01:00',
    });
  });

  it('reads an hour range closed by am/pm with a dash', () => {
    expect(understandRules('workshop with the interns monday 2-4pm', en)).toMatchObject({
      intent: 'booking',
      when: '2027-03-01T14:00:00+01:00',
      durationMin: 120,
    });
    expect(understandRules('call with Ann tomorrow 11-1pm', en)).toMatchObject({
      when: '2027-02-27T11:00:00+01:00',
      durationMin: 120,
    });
  });

  it('keeps a part of the day right after a deadline in the deadline', () => {
    expect(understandRules('need the quotes by tuesday noon', en)).toMatchObject({
      intent: 'task',
      due: '2027-03-02',
    });
    expect(understandRules('mi servono i preventivi entro martedì sera', it_)).toMatchObject({
      intent: 'task',
      due: '2027-03-02',
    });
  });

  it('reads any meetings or appointments as an agenda question', () => {
    expect(understandRules('any appointments on monday?', en)).toEqual({
      intent: 'agenda',
      from: '2027-03-01',
      to: '2027-03-01',
      items: 'bookings',
    });
  });

  it('reads a bare hour after "to" closing a move as the new time', () => {
    expect(understandRules('move my 10am with Pat to 11', en)).toMatchObject({
      intent: 'reschedule',
      when: '2027-02-27T11:00:00+01:00',
    });
    expect(understandRules('remind me at 9 to reply to 3', en).when).toBe('2027-02-27T09:00:00+01:00');
  });

  it('reads the end of a day named after it, and a weekday of the week after next', () => {
    expect(understandRules('finish the minutes by end of day monday', en)).toMatchObject({
      intent: 'task',
      due: '2027-03-01',
    });
    expect(understandRules('remind me tuesday the week after next to call the bank', en).when).toBe(
      '2027-03-09T09:00:00+01:00',
    );
  });

  it('reads minutes after midnight as after the end of the day', () => {
    expect(understandRules('stanotte a mezzanotte e 10 ricordami di controllare il server', it_).when).toBe(
      '2027-02-27T00:10:00+01:00',
    );
    expect(understandRules('remind me tonight at 20 past midnight to check the backup', en).when).toBe(
      '2027-02-27T00:20:00+01:00',
    );
  });
});
