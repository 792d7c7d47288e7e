/** What the README's tour shows: each view is a page, and what to do on it before the picture. */
import type { Page } from 'playwright-core';

export interface TourView {
  id: string;
  title: string;
  path: string;
  /** Written to localStorage before the page loads. */
  storage?: Record<string, string>;
  /** Brings the page to the state worth showing (answers a question, opens a menu). */
  prepare?: (page: Page, size: { width: number; height: number }) => Promise<void>;
  /** Whether to make a print preview too (default true). */
  print?: boolean;
}

export const TOUR_VIEWS: TourView[] = [
  { id: 'home', title: 'Home page', path: '/' },
  {
    id: 'menu',
    title: 'The header on a phone, menu open (the wide screens show the same sections in a row)',
    path: '/articles/warning-signs/',
    print: false,
    prepare: async (page, size) => {
      if (size.width < 768) await page.locator('summary', { hasText: 'Menu' }).click();
    },
  },
  {
    id: 'article',
    title: 'An article: numbered citations, contents that mark the section being read',
    path: '/articles/warning-signs/',
    prepare: async (page) => {
      await page.locator('#raising-a-concern-as-the-junior-person').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    },
  },
];
