import { describe, expect, it } from 'vitest';
import { cspDirectives } from '../../src/lib/csp-directives';

describe("the site's Content-Security-Policy directives", () => {
  it('ask browsers to upgrade requests to HTTPS on a copy served over HTTPS', () => {
    expect(cspDirectives({ https: true })).toContain('upgrade-insecure-requests');
  });

  it('leave the upgrade out on a copy served over plain HTTP, and keep every other rule', () => {
    const plain = cspDirectives({ https: false });
    expect(plain).not.toContain('upgrade-insecure-requests');
    expect(plain).toEqual(cspDirectives({ https: true }).filter((directive) => directive !== 'upgrade-insecure-requests'));
    expect(plain).toContain("default-src 'self'");
  });
});
