import { describe, expect, it } from 'vitest';
import { printOriginStyle } from '../../src/lib/print-origin';

describe('the public origin that printed links show', () => {
  it('is the origin alone: the path comes from each link', () => {
    expect(printOriginStyle('https://med.northfield.example/mentoring/')).toBe(':root{--print-origin:"https://med.northfield.example"}');
    expect(printOriginStyle('http://intranet.example:8080')).toBe(':root{--print-origin:"http://intranet.example:8080"}');
  });

  it('never carries a quote or a brace from the address into the style', () => {
    const style = printOriginStyle('https://example.org/a"b}{c');
    expect(style).toBe(':root{--print-origin:"https://example.org"}');
  });
});
