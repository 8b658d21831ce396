import { describe, expect, it } from 'vitest';
import { adminEn } from '../../i18n/admin-en.js';
import { adminIt } from '../../i18n/admin-it.js';
import { dayTextSchema, dayToText } from './working-hours.js';

describe('working hours as typed in the client form', () => {
  it('reads several intervals, the short forms 9-13, 9:00-13 and 9.30-13, and an empty (closed) day', () => {
    expect(dayTextSchema('mon', adminEn).parse('9:00-13:00, 14:00 - 18:30')).toEqual([
      { start: '09:00', end: '13:00' },
      { start: '14:00', end: '18:30' },
    ]);
    expect(dayTextSchema('sun', adminEn).parse('  ')).toEqual([]);
    expect(dayTextSchema('thu', adminEn).parse('9-13, 14-18')).toEqual([
      { start: '09:00', end: '13:00' },
      { start: '14:00', end: '18:00' },
    ]);
    expect(dayTextSchema('thu', adminEn).parse('9:00-13, 14.30-18')).toEqual([
      { start: '09:00', end: '13:00' },
      { start: '14:30', end: '18:00' },
    ]);
    expect(dayTextSchema('thu', adminEn).parse('9.30–13')).toEqual([{ start: '09:30', end: '13:00' }]);
    expect(
      dayToText([
        { start: '09:00', end: '13:00' },
        { start: '14:00', end: '18:00' },
      ]),
    ).toBe('09:00-13:00, 14:00-18:00');
  });

  it('names the day and the piece that is wrong', () => {
    const issue = (day: 'tue', text: string) => dayTextSchema(day, adminEn).safeParse(text).error?.issues[0]?.message;
    expect(issue('tue', '9-1730')).toBe('working hours on tue: "9-1730" is not like 09:00-13:00');
    expect(issue('tue', '9:5-13')).toBe('working hours on tue: "9:5-13" is not like 09:00-13:00');
    expect(issue('tue', '18:00-09:00')).toBe('working hours on tue: "18:00-09:00" is not like 09:00-13:00');
    expect(issue('tue', '09:00-13:00, 12:00-18:00')).toBe(
      'working hours on tue: intervals must be in order and not overlap',
    );
    expect(issue('tue', '25:00-26:00')).toBe('working hours on tue: "25:00-26:00" is not like 09:00-13:00');
    expect(dayTextSchema('tue', adminIt).safeParse('18:00-09:00').error?.issues[0]?.message).toBe(
      'orario di lavoro di mar: "18:00-09:00" non è nel formato 09:00-13:00',
    );
  });
});
