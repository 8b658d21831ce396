import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { PrismaClient } from '../../infra/db/types.js';
import { localeOf } from './lang.js';
import { optionalStaff } from './locals.js';
import { safeAdminPath } from './next-path.js';
import { sendMessage } from './respond.js';
import { findSession, sameToken, STAFF_COOKIE, tokenFromCookies } from './sessions.js';

/**
 * Back-office access. loadStaffSession puts the logged-in person and the session's CSRF token
 * in res.locals (read them with currentStaff / csrfTokenOf in locals.ts); the guards below
 * refuse the rest, in the page's language.
 */
export const ADMIN_LOGIN_PATH = '/admin/login';

export function loadStaffSession(deps: {
  prisma: PrismaClient;
  clock: () => Date;
  /** requests the page makes on its own, which must not count as use of the session */
  background?: ((req: Request) => boolean) | undefined;
}): RequestHandler {
  return async (req, res, next) => {
    try {
      const token = tokenFromCookies(req.get('cookie'), STAFF_COOKIE);
      const touch = !(deps.background?.(req) ?? false);
      const session = token ? await findSession(deps.prisma, token, deps.clock(), { touch }) : null;
      if (session) {
        res.locals.staff = session.staff;
        res.locals.csrfToken = session.csrfToken;
      }
      next();
    } catch (err) {
      next(err);
    }
  };
}

/** The login page, coming back to `path` afterwards when it is a back-office page other than the board. */
export function loginPathFor(path: unknown): string {
  const next = safeAdminPath(path);
  return next && next !== '/admin'
    ? `${ADMIN_LOGIN_PATH}?${new URLSearchParams({ next }).toString()}`
    : ADMIN_LOGIN_PATH;
}

/** Pages redirect to the login (and back after it); anything else (a form post after expiry, a script) gets 401. */
export const requireStaff: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
  if (optionalStaff(res)) return next();
  if (req.method === 'GET' || req.method === 'HEAD') return res.redirect(303, loginPathFor(req.originalUrl));
  const { t } = localeOf(res);
  sendMessage(res, 401, t.refusals.notLoggedIn, t.refusals.sessionEnded);
};

export const requireAdmin: RequestHandler = (_req: Request, res: Response, next: NextFunction) => {
  if (optionalStaff(res)?.role === 'admin') return next();
  const { t } = localeOf(res);
  sendMessage(res, 403, t.refusals.forbidden, t.refusals.adminOnly);
};

/** Every state-changing request carries the session's token in `_csrf` (form) or X-CSRF-Token. */
export const verifyCsrf: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
  const body = req.body as Record<string, unknown> | undefined;
  const presented = req.get('x-csrf-token') ?? body?._csrf;
  const expected = res.locals.csrfToken as string | undefined;
  if (expected && sameToken(expected, presented)) return next();
  const { t } = localeOf(res);
  sendMessage(res, 403, t.refusals.forbidden, t.refusals.csrf);
};
