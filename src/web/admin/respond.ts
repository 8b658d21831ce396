import type { Response } from 'express';
import type { SafeHtml } from './html.js';
import { localeOf } from './lang.js';
import { renderMessagePage, renderPage, type AdminSection } from './layout.js';
import { csrfTokenOf, optionalStaff } from './locals.js';

export const SECURITY_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
} as const;

/** Sends a back-office HTML page with the security headers every page carries. */
export function sendHtml(res: Response, page: string, status = 200): void {
  res.status(status).set(SECURITY_HEADERS).send(page);
}

/** What every page takes from the request: language, person, CSRF token, its own address. */
export function pageContext(res: Response) {
  // After a form post the address is the post's: the language switch then leads to the board.
  const here = res.req.method === 'GET' ? res.req.originalUrl : undefined;
  return { locale: localeOf(res), staff: optionalStaff(res), csrfToken: csrfTokenOf(res), here };
}

/** Renders a page for the logged-in person (nav, logout form with the session's CSRF token). */
export function sendPage(
  res: Response,
  page: { title: string; active: AdminSection; body: SafeHtml },
  status = 200,
): void {
  sendHtml(res, renderPage({ ...page, ...pageContext(res) }), status);
}

/** A one-line answer (400, 401, 403, 404, 409) in the usual page. */
export function sendMessage(res: Response, status: number, title: string, message: string): void {
  sendHtml(res, renderMessagePage({ title, message, ...pageContext(res) }), status);
}
