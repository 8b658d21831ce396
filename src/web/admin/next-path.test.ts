import { describe, expect, it } from 'vitest';
import { safeAdminPath } from './next-path.js';

describe('where the back-office sends a browser back to', () => {
  it.each([
    ['/admin/tickets/1024', '/admin/tickets/1024'],
    [
      '/admin?client=0195d5a0-0000-7000-8000-000000000002&status=open',
      '/admin?client=0195d5a0-0000-7000-8000-000000000002&status=open',
    ],
    ['/admin', '/admin'],
    ['/admin/clients/../users', '/admin/users'],
  ])('keeps the back-office page %s', (asked, kept) => {
    expect(safeAdminPath(asked)).toBe(kept);
  });

  it.each([
    'https://evil.example/admin/',
    '//evil.example/admin/',
    '/\\evil.example/admin/',
    '/admin\\..\\..\\evil',
    '/admin//evil.example',
    'javascript:alert(1)',
    '/admin/../../evil',
    '/admin/%2e%2e/login-elsewhere/../../x',
    '/\t/evil.example/admin/',
    '/administrator',
    '/',
    'admin/tickets/1',
    '',
    ['/admin/tickets/1'],
    undefined,
  ])('refuses %j', (asked) => {
    expect(safeAdminPath(asked)).toBeUndefined();
  });
});
