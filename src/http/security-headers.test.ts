import { describe, expect, it } from 'vitest';
import { staticSecurityHeaders } from './security-headers.js';

describe('static security headers', () => {
  it('records helmet headers once, with the policy serialized as helmet does', () => {
    const headers = new Map(
      staticSecurityHeaders({
        contentSecurityPolicy: {
          directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"], upgradeInsecureRequests: null },
        },
        hsts: false,
      }),
    );
    expect(headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('Content-Security-Policy')).not.toContain('upgrade-insecure-requests');
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('X-Frame-Options')).toBe('SAMEORIGIN');
    expect(headers.has('Strict-Transport-Security')).toBe(false);
  });

  it('refuses an invalid policy when the server is built, not on a request', () => {
    expect(() =>
      staticSecurityHeaders({ contentSecurityPolicy: { directives: { 'bad name!': ["'self'"] } } }),
    ).toThrow();
  });
});
