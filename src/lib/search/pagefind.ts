/**
 * The part of Pagefind's browser API (`<bundle>/pagefind.js`, written by the indexer) that the
 * search page uses. Pagefind publishes these types only inside its own repository
 * (pagefind_web_js/types/index.d.ts); the names here follow that file for Pagefind 1.6.
 */

export interface PagefindOptions {
  /** Where the bundle lives, e.g. "/mentoring/pagefind/" (the raw API calls the bundle path basePath). */
  basePath?: string;
  /** Put in front of every result URL, e.g. "/mentoring/". */
  baseUrl?: string;
  excerptLength?: number;
  /** Search on the main thread: saves downloading pagefind-worker.js (12 KB compressed). */
  noWorker?: boolean;
  /** How much a match in each metadata field adds to a result's score (Pagefind's default: { title: 5 }). */
  ranking?: { metaWeights?: Record<string, number> };
}

/** Filter values a search may ask for: one value, or any of several. */
export type PagefindFilters = Record<string, string | { any: string[] }>;

/** Result counts per filter value: { type: { Article: 12, Checklist: 2 } }. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindWordLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindAnchor {
  element: string;
  id: string;
  title?: string;
  text?: string;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations: PagefindWordLocation[];
  anchor?: PagefindAnchor;
}

export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts under each filter value for this query with these filters. */
  filters: PagefindFilterCounts;
  /** The same counts with the filters taken off. */
  totalFilters: PagefindFilterCounts;
}

export interface Pagefind {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  /** Resolves to null only for debounced searches that a later one replaced. */
  search(term: string, options?: { filters?: PagefindFilters }): Promise<PagefindSearch | null>;
  filters(): Promise<PagefindFilterCounts>;
  preload(term: string): Promise<void>;
}
