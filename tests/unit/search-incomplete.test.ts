import { describe, expect, it } from 'vitest';
import { loadFragments } from '../../src/lib/search/incomplete';
import type { PagefindFragment } from '../../src/lib/search/pagefind';

const fragment = (url: string): PagefindFragment => ({ url, excerpt: '', meta: { title: url }, filters: {}, sub_results: [] });
const saved = (url: string) => ({ data: () => Promise.resolve(fragment(url)) });
const notSaved = { data: () => Promise.reject(new TypeError('Failed to fetch')) };

describe('results over part of the search index', () => {
  it('leaves out a result whose file is not on this device, keeps the others in order, and counts what is missing', async () => {
    const { fragments, missing } = await loadFragments([saved('/a/'), notSaved, saved('/b/'), notSaved]);
    expect(fragments.map((loaded) => loaded.url)).toEqual(['/a/', '/b/']);
    expect(missing).toBe(2);
  });

  it('counts nothing missing when every file loads', async () => {
    await expect(loadFragments([saved('/a/')])).resolves.toMatchObject({ missing: 0 });
    await expect(loadFragments([])).resolves.toEqual({ fragments: [], missing: 0 });
  });
});
