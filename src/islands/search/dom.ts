/** Small DOM helpers shared by the search page and the header's quick results. */
import { excerptSegments, readyToSearchAsTyped } from '../../lib/search/results';
import { searchAsTypedDelay } from '../../lib/search/typing';

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpt as text nodes and <mark> elements: never parsed as HTML. */
export function excerpt(className: string, html: string): HTMLParagraphElement {
  const paragraph = element('p', className);
  for (const segment of excerptSegments(html)) {
    paragraph.append(segment.marked ? element('mark', undefined, segment.text) : segment.text);
  }
  return paragraph;
}

export function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Search needs an element matching ${selector}`);
  return found;
}

/**
 * Arrow keys move between a search field and the links of its results; Escape goes back to the
 * field. `after` is the control below the last link (e.g. "Show more"), when it is showing.
 */
export function linkArrowKeys({ input, list, after, onEscape }: { input: HTMLInputElement; list: HTMLElement; after?: () => HTMLElement | undefined; onEscape?: () => void }): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a[href]')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' || event.altKey || event.ctrlKey || event.metaKey) return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    if (!['ArrowDown', 'ArrowUp', 'Escape'].includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    event.preventDefault();
    if (event.key === 'Escape') {
      input.focus();
      onEscape?.();
    } else if (event.key === 'ArrowDown') (all[index + 1] ?? after?.() ?? all[index])?.focus();
    else (index === 0 ? input : all[index - 1])?.focus();
  });
}

/**
 * Searches as the reader types into `input`, once the word typed is long enough
 * (readyToSearchAsTyped): at once after a pause, and while keys come quickly only once they stop
 * (searchAsTypedDelay), so that results no one has time to read are never downloaded.
 */
export function searchAsTyped(input: HTMLInputElement, run: () => void): void {
  let previousKey = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', (event) => {
    const delay = searchAsTypedDelay(event.timeStamp - previousKey);
    previousKey = event.timeStamp;
    clearTimeout(timer);
    if (readyToSearchAsTyped(input.value)) timer = setTimeout(run, delay);
  });
}
