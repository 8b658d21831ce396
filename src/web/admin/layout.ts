import { languages, type Lang } from '../../understanding/contract.js';
import type { AdminCatalog } from '../../i18n/admin-catalog.js';
import type { AdminLocale } from './format.js';
import { html, type SafeHtml } from './html.js';
import { langSwitchHref } from './lang.js';

/** Which nav entry is highlighted. */
export type AdminSection = 'tickets' | 'clients' | 'stats' | 'reports' | 'queues' | 'users' | 'none';

export interface PageStaff {
  name: string;
  role: 'admin' | 'assistant';
}

export interface PageInput {
  title: string;
  locale: AdminLocale;
  /** the address of this page, where the language switch comes back to */
  here?: string | undefined;
  /** the logged-in person; without one (login page) there is no nav */
  staff?: PageStaff | undefined;
  csrfToken?: string | undefined;
  active: AdminSection;
  body: SafeHtml;
}

export const ADMIN_CSS_PATH = '/admin/assets/admin.css';

/** Each language named in itself, as language switches do. */
export const languageNames: Record<Lang, string> = { it: 'Italiano', en: 'English' };

const navItems: { section: AdminSection; href: string; label: keyof AdminCatalog['nav']; adminOnly?: boolean }[] = [
  { section: 'tickets', href: '/admin', label: 'tickets' },
  { section: 'clients', href: '/admin/clients', label: 'clients' },
  { section: 'stats', href: '/admin/stats', label: 'stats' },
  { section: 'reports', href: '/admin/reports', label: 'reports' },
  { section: 'queues', href: '/admin/queues', label: 'queues' },
  { section: 'users', href: '/admin/users', label: 'users', adminOnly: true },
];

/** Links to the page in the other language; the current one is marked, not linked. */
function langSwitch(locale: AdminLocale, here: string | undefined): SafeHtml {
  return html`<p class="lang-switch" aria-label="${locale.t.nav.language}">${languages.map(
    (lang, i) =>
      html`${i > 0 ? ' · ' : ''}${
        lang === locale.lang
          ? html`<strong lang="${lang}" title="${languageNames[lang]}">${lang.toUpperCase()}</strong>`
          : html`<a href="${langSwitchHref(lang, here)}" lang="${lang}" hreflang="${lang}" title="${languageNames[lang]}">${lang.toUpperCase()}</a>`
      }`,
  )}</p>`;
}

function nav(input: PageInput & { staff: PageStaff }): SafeHtml {
  const { t } = input.locale;
  const items = navItems.filter((i) => !i.adminOnly || input.staff.role === 'admin');
  return html`<nav class="top">
  <span class="brand">Delego</span>
  <ul>${items.map((i) => html`<li><a href="${i.href}"${i.section === input.active ? html` aria-current="page"` : ''}>${t.nav[i.label]}</a></li>`)}</ul>
  ${langSwitch(input.locale, input.here)}
  <form method="post" action="/admin/logout" class="logout">
    <input type="hidden" name="_csrf" value="${input.csrfToken ?? ''}">
    <span>${input.staff.name} (${t.roles[input.staff.role]})</span> <button type="submit">${t.nav.logOut}</button>
  </form>
</nav>`;
}

/** A whole back-office page: one local stylesheet, no script, nothing from the internet. */
export function renderPage(input: PageInput): string {
  return html`<!doctype html>
<html lang="${input.locale.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${input.title} · ${input.locale.t.common.brand}</title>
<link rel="stylesheet" href="${ADMIN_CSS_PATH}">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
</head>
<body>
${input.staff ? nav({ ...input, staff: input.staff }) : ''}
<main>
${input.staff ? '' : langSwitch(input.locale, input.here)}
<h1>${input.title}</h1>
${input.body}
</main>
</body>
</html>
`.value;
}

/** A one-line answer (bad request, forbidden, not found) inside the usual page. */
export function renderMessagePage(input: Omit<PageInput, 'active' | 'body'> & { message: string }): string {
  return renderPage({ ...input, active: 'none', body: html`<p class="notice">${input.message}</p>` });
}
