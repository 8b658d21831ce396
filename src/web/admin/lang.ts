import { Router, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { pickLang } from '../../channels/web/accept-language.js';
import type { AdminCatalog } from '../../i18n/admin-catalog.js';
import { languages, type Lang } from '../../understanding/contract.js';
import { adminLocale, type AdminLocale } from './format.js';
import { safeAdminPath } from './next-path.js';
import { parseOrThrow } from './params.js';
import { cookieValues, staffCookieOptions } from './sessions.js';

/** The language the person chose with the switch; without it the browser's, then DEFAULT_LANG. */
export const LANG_COOKIE = 'delego_admin_lang';
export const LANG_PATH = '/admin/lang';
const ONE_YEAR_MS = 365 * 86_400_000;

const langSchema = z.enum(languages);
const switchSchema = (t: AdminCatalog) =>
  z.object({ to: z.enum(languages, { message: t.invalid.langSwitch }), next: z.string().optional() }).strict();

/** Puts the page language in res.locals (read it with localeOf). */
export function resolveLang(defaultLang: Lang): RequestHandler {
  return (req, res, next) => {
    const chosen = cookieValues(req.get('cookie'), LANG_COOKIE)
      .map((value) => langSchema.safeParse(value))
      .find((parsed) => parsed.success)?.data;
    res.locals.locale = adminLocale(chosen ?? pickLang(req.get('accept-language'), defaultLang));
    next();
  };
}

export function localeOf(res: Response): AdminLocale {
  return (res.locals.locale as AdminLocale | undefined) ?? adminLocale('en');
}

/** The switch's link to `lang` that comes back to `here` (when it is a back-office address). */
export function langSwitchHref(lang: Lang, here: string | undefined): string {
  const next = safeAdminPath(here);
  return `${LANG_PATH}?${new URLSearchParams({ to: lang, ...(next ? { next } : {}) }).toString()}`;
}

/** GET /admin/lang?to=it&next=/admin/...: sets the language cookie and goes back. */
export function createLangRoutes(deps: { publicUrl?: string | undefined }): Router {
  const router = Router();
  const cookie = { ...staffCookieOptions(deps.publicUrl), maxAge: ONE_YEAR_MS };
  router.get('/lang', (req, res) => {
    const { to, next } = parseOrThrow(switchSchema(localeOf(res).t), req.query);
    res.cookie(LANG_COOKIE, to, cookie);
    res.redirect(303, safeAdminPath(next) ?? '/admin');
  });
  return router;
}
