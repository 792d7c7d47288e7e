import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from '../../src/lib/qr-code';

describe('the QR code on printed pages', () => {
  const address = 'https://med.northfield.example/mentoring/articles/effective-mentor/';

  it('is one SVG path, sized to the code and its four-module quiet zone, hidden from assistive technology', () => {
    const svg = qrCodeSvg(address);
    const modules = encode(address, { ecc: 'M', border: 0 }).size;
    expect(svg).toMatch(new RegExp(`^<svg class="qr-code" aria-hidden="true" focusable="false" [^>]*viewBox="0 0 ${modules + 8} ${modules + 8}"`));
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg).not.toMatch(/<script|on\w+=/i);
  });

  it('differs for different addresses, and is the same for the same one', () => {
    expect(qrCodeSvg(address)).toBe(qrCodeSvg(address));
    expect(qrCodeSvg(address)).not.toBe(qrCodeSvg(`${address}#agree-early`));
  });
});
