/** What `npm run bench` and `npm run bench:search` share: the build they measure, and how they report. */
import { execFileSync } from 'node:child_process';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Builds the site into `outDir` (astro build, then the Pagefind index) and returns the seconds it took. */
export function buildForBench(outDir: string): number {
  const start = performance.now();
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'ignore', env: { ...process.env, OUT_DIR: outDir } });
  return (performance.now() - start) / 1000;
}
