/** What `npm run bench` and `npm run bench:search` share: the build they measure, and how they report. */
import { execFileSync } from 'node:child_process';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/**
 * Builds the site into `outDir` (astro build, then the Pagefind index) and returns the seconds it
 * took; `env` adds to the environment, e.g. CONTENT_DIR and CACHE_DIR. A failed build throws with
 * what the build printed to stderr.
 */
export function buildForBench(outDir: string, env: Record<string, string> = {}): number {
  const start = performance.now();
  try {
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...env, OUT_DIR: outDir },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`The build into ${outDir} failed:\n${stderr.slice(-4000)}`, { cause: error });
  }
  return (performance.now() - start) / 1000;
}
