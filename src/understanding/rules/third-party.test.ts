import { describe, expect, it } from 'vitest';
import type { Lang } from '../contract.js';
import { understandRules } from '../rules.js';

const MON = new Date('2026-11-23T10:00:00+01:00');
const understand = (text: string, lang: Lang) => understandRules(text, { now: MON, tz: 'Europe/Rome', lang });

describe('bookings the office arranges with an outside party', () => {
  it.each<[Lang, string, number | undefined]>([
    ['it', 'prenota un tavolo per 4 da Mario domani alle 20', 4],
    ['it', 'fissami il dentista giovedì', undefined],
    ['it', 'Prenotami il parrucchiere sabato mattina', undefined],
    ['it', 'Prenota da Pino per sei persone venerdì 4 dicembre alle 21', 6],
    ['it', 'fissami un appuntamento dal commercialista il 2 dicembre alle 9.15', undefined],
    ['it', 'Fissami un appuntamento con il notaio Russo giovedì alle 11', undefined],
    ['it', 'prenota il meccanico per il tagliando martedì', undefined],
    ['it', 'puoi prenotarmi un tavolo per 4 sabato sera da Gino?', 4],
    ['en', 'Book me a dentist appointment on 9 December at 4:30pm', undefined],
    ['en', 'Book a table for two at Trattoria Da Mario on Saturday at 8pm', 2],
    ['en', 'get me an appointment with the dentist on Thursday', undefined],
    ['en', 'make a reservation at Il Gabbiano for 6 people on Friday at 8pm', 6],
    ['en', 'I need a table for 4 on Saturday at 8pm', 4],
  ])('%s: %s', (lang, text, partySize) => {
    const u = understand(text, lang);
    expect(u.intent).toBe('booking');
    expect(u.viaOffice).toBe(true);
    expect(u.partySize).toBe(partySize);
  });

  it.each<[Lang, string]>([
    ['it', 'riunione con Rossi domani alle 10'],
    ['it', 'Metti in agenda il dentista giovedì alle 10:30'],
    ['it', 'Fissa una call con Marco domani a mezzogiorno'],
    ['it', 'Fissami una riunione con Bianchi giovedì alle 11'],
    ['it', 'Segna in agenda la cena da Gino sabato alle 20'],
    ['it', 'dentista giovedì alle 10'],
    ['en', 'meeting with Anna at 3pm'],
    ['en', 'Put the dentist in my calendar on Thursday at 10:30'],
    ['en', 'Book lunch with Giulia on Friday'],
    ['en', 'Schedule a call with the Boston team on Wednesday at 2pm'],
    ['en', 'Book a meeting at Google on Friday at 10'],
    ['it', 'Prenota una riunione presso lo studio Bianchi lunedì alle 9'],
  ])("the client's own agenda: %s: %s", (lang, text) => {
    const u = understand(text, lang);
    expect(u.intent).toBe('booking');
    expect(u.viaOffice).toBeUndefined();
  });

  it('leaves travel to a task, as before', () => {
    expect(understand('Prenotami un volo per Londra entro domani', 'it')).toMatchObject({
      intent: 'task',
      category: 'booking',
    });
  });
});

describe('rides, and travel at a fixed time, are booked by the office', () => {
  it.each<[Lang, string, string, string]>([
    ['it', 'mi prenoti un taxi x giovedì alle 8 per andare in tribunale?', '2026-11-26T08:00:00+01:00', 'taxi'],
    ['it', "prenotami un ncc per domani mattina alle 6 per l'aeroporto di Bologna", '2026-11-24T06:00:00+01:00', 'ncc'],
    ['it', 'chiamami un taxi per le 7 e mezza', '2026-11-23T19:30:00+01:00', 'taxi'],
    ['it', 'prenota il treno delle 07:40 per Firenze di venerdì', '2026-11-27T07:40:00+01:00', 'treno'],
    ['en', 'book me a cab for tomorrow at 5am to the station', '2026-11-24T05:00:00+01:00', 'cab'],
    ['en', 'call me a taxi for 6:30 on Wednesday', '2026-11-25T18:30:00+01:00', 'taxi'],
    ['en', 'book the 9:15 train to Turin on Friday', '2026-11-27T09:15:00+01:00', 'train'],
    ['en', 'order me an uber for 8pm tonight', '2026-11-23T20:00:00+01:00', 'uber'],
  ])('%s: %s', (lang, text, when, title) => {
    const u = understand(text, lang);
    expect(u).toMatchObject({ intent: 'booking', viaOffice: true, when });
    expect(u.title?.split(' ')[0]).toBe(title);
  });

  it.each<[Lang, string]>([
    ['it', 'prenotami un volo per Parigi la settimana prossima'],
    ['it', 'prenotami un hotel a Torino per martedì sera'],
    ['en', 'book a flight to Dublin next week'],
  ])('travel with no fixed slot stays work for the desk: %s: %s', (lang, text) => {
    expect(understand(text, lang)).toMatchObject({ intent: 'task', category: 'booking' });
  });
});
