/** Where the back-office may send a browser after login or a language switch. */
const ORIGIN = 'http://back-office.invalid';

/**
 * `value` when it is a same-site back-office address (/admin, /admin?..., /admin/...), in the
 * form the browser would resolve it to; otherwise undefined. Protocol-relative (//host), schemes,
 * backslashes (which browsers read as slashes) and control characters are refused before
 * parsing, and dot segments cannot climb out of /admin because the resolved path is checked.
 */
export function safeAdminPath(value: unknown): string | undefined {
  if (
    typeof value !== 'string' ||
    value.length > 2000 ||
    !value.startsWith('/') ||
    value.includes('//') ||
    /[\\\p{Cc}]/u.test(value)
  )
    return undefined;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== ORIGIN || !/^\/admin(?:\/|$)/.test(url.pathname)) return undefined;
  return `${url.pathname}${url.search}`;
}
