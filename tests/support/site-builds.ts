import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Where the test builds go; E2E_DIR lets two test runs on one machine keep out of each other's way. */
const E2E_DIR = resolve(PROJECT_ROOT, process.env.E2E_DIR ?? '.e2e');

/**
 * The two builds the end-to-end tests run against: the guide at the root, and an institution's
 * copy below a base path, made from its own config file.
 */
export const SITE_BUILDS = {
  root: { base: '/', outDir: resolve(E2E_DIR, 'root'), env: {} },
  subpath: {
    base: '/mentoring/',
    outDir: resolve(E2E_DIR, 'subpath'),
    env: {
      // The institution's settings: name, logo, accent colour, welcome and contacts.
      SITE_CONFIG: 'tests/fixtures/northfield.config.ts',
      SITE_URL: 'https://med.northfield.example',
    },
  },
} as const;

export type BuildName = keyof typeof SITE_BUILDS;

/** Where the test setup keeps what a build printed (tests/build/build-output.test.ts reads it). */
export const buildLogFile = (outDir: string) => `${outDir}.build.log`;

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build` with the given environment (base path, output folder, content folder). */
export function buildSite(env: Record<string, string>): BuildResult {
  // Vitest sets BASE_URL, MODE, NODE_ENV=test and friends in process.env; Vite would let them
  // override the build's own base path, or build in test mode (unminified names, development
  // code paths), so the child build gets an environment without them: the tests then check
  // exactly what a production build ships.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV)$/.test(key)),
  );
  const result = spawnSync(process.execPath, [resolve(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: PROJECT_ROOT,
    env: { ...inherited, ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
