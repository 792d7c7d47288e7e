import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm ci` warns (EBADENGINE) when the Node.js running it is outside the `engines` range of any
 * package it installs. package.json's `engines` (and the README) name the Node.js versions on
 * which the install is quiet: those every installed package accepts.
 */
const ROOT = resolve(import.meta.dirname, '../..');
// npm's own version-range logic (installed with the build tools; no types of its own).
const semver = createRequire(import.meta.url)('semver') as { satisfies(version: string, range: string): boolean };

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } }>;
};

/** Each locked package installed on this machine (platform-specific ones for other systems are skipped) with its Node.js range. */
const installedRanges = Object.entries(lock.packages)
  .filter(([path, entry]) => path !== '' && entry.engines?.node && existsSync(join(ROOT, path)))
  .map(([path, entry]) => [path.replace(/^.*node_modules\//, ''), entry.engines!.node!] as const);

/** Packages that would warn on this Node.js version. */
const complaints = (version: string) => installedRanges.filter(([, range]) => !semver.satisfies(version, range)).map(([name]) => name);

describe('the Node.js versions package.json asks for', () => {
  it('reads the ranges of the installed packages', () => {
    expect(installedRanges.length).toBeGreaterThan(20);
  });

  it.each(['22.22.0', '22.99.0', '24.8.0', '24.99.0', '26.0.0'])('includes %s, and every installed package accepts it', (version) => {
    expect(semver.satisfies(version, manifest.engines.node)).toBe(true);
    expect(complaints(version)).toEqual([]);
  });

  it.each(['20.19.0', '22.12.0', '22.21.9', '23.11.0', '24.7.9', '25.9.0'])('excludes %s, on which some package would warn', (version) => {
    expect(semver.satisfies(version, manifest.engines.node)).toBe(false);
    expect(complaints(version).length).toBeGreaterThan(0);
  });
});
