/**
 * Typing as a reader types: one key every `delay` milliseconds, each stamped with the time it was
 * pressed. Playwright's `keyboard.type` waits for the page to handle each key before it waits
 * `delay` again, so on a busy machine a quick typist turns into a slow one (keys 300 ms apart,
 * not 150); a real keyboard keeps its pace while the page is busy, and the page sees when each
 * key was pressed (`event.timeStamp`). The bench and the tests that count a first search's bytes
 * type this way, so that what they measure does not depend on the machine's load.
 */
import type { Page } from 'playwright-core';

export interface Typist {
  /** Types `text` into the focused element, continuing at the same pace. */
  type(text: string): Promise<void>;
}

export async function typist(page: Page, delay: number): Promise<Typist> {
  const cdp = await page.context().newCDPSession(page);
  let next = 0;
  return {
    async type(text) {
      const sent: Promise<unknown>[] = [];
      for (const key of text) {
        // On schedule from the first key on, without waiting for the page to take each key (a
        // keyboard does not wait): a key the page is slow to take is stamped when it was pressed.
        next ||= Date.now();
        const ahead = next - Date.now();
        if (ahead > 0) await new Promise((resolve) => setTimeout(resolve, ahead));
        const timestamp = next / 1000;
        sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, text: key, timestamp }));
        sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, timestamp }));
        next += delay;
      }
      await Promise.all(sent);
    },
  };
}
