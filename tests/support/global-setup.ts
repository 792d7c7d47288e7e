import { writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type RunningServer } from '../../scripts/lib/static-server.ts';
import { buildLogFile, buildSite, SITE_BUILDS, type BuildName } from './site-builds.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrls: Record<BuildName, string>;
  }
}

/**
 * Builds the site twice (at "/" and below "/mentoring/") and serves each on a loopback port.
 * Set E2E_REUSE_BUILD=1 to test builds already in .e2e/ while iterating on tests.
 */
export default async function setup(project: TestProject) {
  const servers: RunningServer[] = [];
  const siteUrls = {} as Record<BuildName, string>;
  for (const [name, build] of Object.entries(SITE_BUILDS) as [BuildName, (typeof SITE_BUILDS)[BuildName]][]) {
    if (process.env.E2E_REUSE_BUILD !== '1') {
      const result = buildSite({ ...build.env, BASE_PATH: build.base, OUT_DIR: build.outDir, CACHE_DIR: `${build.outDir}-cache` });
      if (result.status !== 0) throw new Error(`The ${name} build failed:\n${result.output.slice(-4000)}`);
      writeFileSync(buildLogFile(build.outDir), result.output);
    }
    const server = await startStaticServer({ dir: build.outDir, base: build.base, port: 0 });
    servers.push(server);
    siteUrls[name] = server.url;
  }
  project.provide('siteUrls', siteUrls);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
