import { pattern, type GrammarRule } from './grammar.js';
import { INVALID_TIME, clockComponent } from './build.js';
import { fragments } from './fragments.js';

/**
 * Italian hour ranges with no "dalle … alle" ("palestra giov 18-19", "dentista domani 9.30-10.30"):
 * after a day or a meal, two hours joined by a dash are a range (alone, "9-11" may be a date). Pure.
 */
const { WD, WD_ABBR, MONTH } = fragments.it;
const BEFORE_HOURS = String.raw`oggi|domani|dmn|dopodomani|stasera|stamattina|stamani|domattina|${WD}|${WD_ABBR}|pranzo|cena|colazione|aperitivo`;

export const italianRangeRules: readonly GrammarRule[] = [
  {
    name: 'clock-range-dash-bare',
    re: pattern(
      String.raw`(?<=(?:^| )(?:${BEFORE_HOURS})(?: \.)? )(?<h1>\d{1,2})(?:[:.](?<m1>\d{2}))? ?- ?(?<h2>\d{1,2})(?:[:.](?<m2>\d{2}))?(?! (?:${MONTH})(?![^ ])| ?[/.-]\d)`,
    ),
    build: (g) => {
      const start = clockComponent(g.h1 ?? '', g.m1);
      const end = clockComponent(g.h2 ?? '', g.m2);
      if (start.kind !== 'clock' || end.kind !== 'clock') return INVALID_TIME;
      return { kind: 'range', start: start.clock, end: end.clock };
    },
  },
];
