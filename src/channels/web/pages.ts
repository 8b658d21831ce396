import { t } from '../../i18n/catalog.js';
import { formatStamp } from '../../i18n/format.js';
import type { Lang } from '../../understanding/contract.js';
import { MAX_TEXT_CHARS } from './inbound.js';
import type { StoredEntry } from './mailbox.js';

/**
 * The web chat's HTML, rendered on the server: every page works with plain forms, and
 * assets/chat.js only makes sending and receiving happen without reloading. Everything the
 * page loads comes from this server.
 */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

export interface FormSecrets {
  csrf: string;
  /** a fresh idempotency key for each form, so submitting one form twice acts once */
  newKey: () => string;
}

function hidden(secrets: FormSecrets, withKey: boolean): string {
  const key = withKey ? `<input type="hidden" name="idempotencyKey" value="${escapeHtml(secrets.newKey())}">` : '';
  return `<input type="hidden" name="_csrf" value="${escapeHtml(secrets.csrf)}">${key}`;
}

function layout(p: {
  lang: Lang;
  title: string;
  csrf?: string;
  bodyClass: string;
  body: string;
  script?: boolean;
}): string {
  return [
    '<!doctype html>',
    `<html lang="${p.lang}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(p.title)}</title>`,
    p.csrf === undefined ? '' : `<meta name="csrf-token" content="${escapeHtml(p.csrf)}">`,
    '<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/assets/chat.css">',
    p.script ? '<script src="/assets/chat.js" defer></script>' : '',
    `</head><body class="${p.bodyClass}">`,
    p.body,
    '</body></html>',
  ].join('');
}

export interface AccessPage {
  lang: Lang;
  secrets: FormSecrets;
  demo: boolean;
  /** shown above the form: why the last attempt did not work */
  error?: string;
  /** the code an invite link carries (`/?code=…`), already in the field so one press links */
  code?: string;
}

/** For a browser not linked to a client: the invite code form, and the demo when it is on. */
export function renderAccessPage(p: AccessPage): string {
  const demo = p.demo
    ? `<section class="demo-offer"><p>${escapeHtml(t(p.lang, 'webDemoIntro'))}</p><form method="post" action="/demo">${hidden(p.secrets, false)}<button type="submit">${escapeHtml(t(p.lang, 'webDemoButton'))}</button></form></section>`
    : '';
  const body = [
    '<main class="access"><h1>Delego</h1>',
    `<p>${escapeHtml(t(p.lang, 'webAccessIntro'))}</p>`,
    p.error ? `<p class="error" role="alert">${escapeHtml(p.error)}</p>` : '',
    `<form method="post" action="/access">${hidden(p.secrets, false)}`,
    `<label for="code">${escapeHtml(t(p.lang, 'webInviteLabel'))}</label>`,
    `<input id="code" name="code" required maxlength="30" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false" placeholder="K7M2-Q9XD-H4RT-W8NE"${p.code ? ` value="${escapeHtml(p.code)}"` : ''}>`,
    `<button type="submit">${escapeHtml(t(p.lang, 'webInviteSubmit'))}</button></form>`,
    demo,
    '</main>',
  ].join('');
  return layout({ lang: p.lang, title: 'Delego', csrf: p.secrets.csrf, bodyClass: 'page-access', body });
}

/** While PostgreSQL or Redis does not answer: a page that says so, in the visitor's language, and how to retry. */
export function renderUnavailablePage(lang: Lang): string {
  const body = [
    `<main class="access"><h1>${escapeHtml(t(lang, 'webPageUnavailableTitle'))}</h1>`,
    `<p role="alert">${escapeHtml(t(lang, 'webPageUnavailable'))}</p>`,
    '</main>',
  ].join('');
  return layout({ lang, title: `Delego · ${t(lang, 'webPageUnavailableTitle')}`, bodyClass: 'page-access', body });
}

/** Whose clock the page shows times on: the client's language and zone, and the app's now. */
export interface ChatClock {
  lang: Lang;
  tz: string;
  now: Date;
}

function stamp(at: string | undefined, clock: ChatClock | undefined): string {
  if (!at || !clock) return '';
  return `<time class="at" datetime="${escapeHtml(at)}">${escapeHtml(formatStamp(new Date(at), clock.lang, clock.tz, clock.now))}</time>`;
}

/** One message of the conversation, with its buttons as a form that posts the pressed one, and when it was written. */
export function renderEntry(entry: StoredEntry, secrets: FormSecrets, clock?: ChatClock): string {
  const text = entry.text ? `<p class="text">${escapeHtml(entry.text)}</p>` : '';
  const file = entry.file
    ? `<a class="file" href="/chat/files/${entry.file.id}" download="${escapeHtml(entry.file.name)}">${escapeHtml(entry.file.name)}</a>`
    : '';
  const rows = (entry.buttons ?? []).map(
    (row) =>
      `<div class="row">${row.map((b) => `<button type="submit" name="action" value="${escapeHtml(b.data)}">${escapeHtml(b.label)}</button>`).join('')}</div>`,
  );
  const buttons = rows.length
    ? `<form class="buttons" method="post" action="/chat/messages" data-send>${hidden(secrets, true)}${rows.join('')}</form>`
    : '';
  return `<li class="msg from-${entry.from}" data-id="${escapeHtml(entry.id)}">${text}${file}${stamp(entry.at, clock)}${buttons}</li>`;
}

export interface ChatPage {
  lang: Lang;
  secrets: FormSecrets;
  clientName: string;
  isDemo: boolean;
  entries: StoredEntry[];
  clock: ChatClock;
}

/** The attach button: a file goes as a message of its own (the script sends it as soon as it is picked). */
function attachForm(lang: Lang, secrets: FormSecrets): string {
  return [
    `<form class="attach" method="post" action="/chat/files" enctype="multipart/form-data" data-upload>${hidden(secrets, true)}`,
    `<label class="attach-pick"><span>${escapeHtml(t(lang, 'webAttach'))}</span><input type="file" name="file" required></label>`,
    `<button type="submit" class="attach-send">${escapeHtml(t(lang, 'webAttachSend'))}</button></form>`,
  ].join('');
}

/** The conversation of a linked browser: history, composer, and a DEMO banner on demo clients. */
export function renderChatPage(p: ChatPage): string {
  const cursor = p.entries.at(-1)?.id ?? '0-0';
  const body = [
    p.isDemo ? `<p class="demo-banner" role="note">${escapeHtml(t(p.lang, 'webDemoBanner'))}</p>` : '',
    `<header><h1>Delego</h1><span class="client">${escapeHtml(p.clientName)}</span></header>`,
    `<ol id="messages" data-cursor="${escapeHtml(cursor)}" aria-live="polite" aria-label="${escapeHtml(t(p.lang, 'webConversationLabel'))}">${p.entries.map((e) => renderEntry(e, p.secrets, p.clock)).join('')}</ol>`,
    `<p id="status" role="status" hidden data-error="${escapeHtml(t(p.lang, 'somethingWrong'))}" data-too-long="${escapeHtml(t(p.lang, 'webMessageTooLong', { maxChars: MAX_TEXT_CHARS }))}"></p>`,
    `<form class="composer" method="post" action="/chat/messages" data-send>${hidden(p.secrets, true)}`,
    `<label class="visually-hidden" for="text">${escapeHtml(t(p.lang, 'webMessageLabel'))}</label>`,
    `<textarea id="text" name="text" rows="1" required maxlength="${MAX_TEXT_CHARS}" placeholder="${escapeHtml(t(p.lang, 'webMessagePlaceholder'))}"></textarea>`,
    `<button type="submit">${escapeHtml(t(p.lang, 'webSend'))}</button></form>`,
    attachForm(p.lang, p.secrets),
  ].join('');
  return layout({
    lang: p.lang,
    title: p.isDemo ? 'Delego · DEMO' : 'Delego',
    csrf: p.secrets.csrf,
    bodyClass: 'page-chat',
    body,
    script: true,
  });
}
