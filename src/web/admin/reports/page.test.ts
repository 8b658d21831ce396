import { describe, expect, it } from 'vitest';
import { adminLocale } from '../format.js';
import { renderReportList } from './page.js';

describe('monthly reports list', () => {
  it('says demo clients are left out when there is no client to report', () => {
    expect(renderReportList([], '2026-11', adminLocale('it')).value).toContain(
      'Nessun cliente da riportare: i clienti demo non compaiono nei report.',
    );
    expect(renderReportList([], '2026-11', adminLocale('en')).value).toContain(
      'No clients to report: demo clients are left out of reports.',
    );
  });
});
