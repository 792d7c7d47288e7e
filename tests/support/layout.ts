import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * A tool page's aside sits beside the tool on a 1280x800 screen, starting on the first screen,
 * and after it on a 375 px phone. Leaves the page at 375x667.
 */
export async function expectAsideBesideThenAfter(page: Page, tool: string, aside: Locator): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  const [wide, beside] = [(await page.locator(tool).boundingBox())!, (await aside.boundingBox())!];
  expect(beside.x, 'beside the tool').toBeGreaterThan(wide.x + wide.width);
  expect(beside.y, 'on the first screen').toBeLessThan(800);
  await page.setViewportSize({ width: 375, height: 667 });
  const [narrow, after] = [(await page.locator(tool).boundingBox())!, (await aside.boundingBox())!];
  expect(after.y, 'after the tool').toBeGreaterThan(narrow.y + narrow.height);
}
