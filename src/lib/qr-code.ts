import { renderSVG } from 'uqr';

/** Modules of white space around the code: the QR standard asks for four, for reliable scanning. */
const QUIET_ZONE = 4;

/**
 * A QR code for `text` as inline SVG markup, one module per SVG unit (the page sizes it). It is
 * decoration beside the address written out in full, so assistive technology skips it.
 */
export function qrCodeSvg(text: string): string {
  const svg = renderSVG(text, { pixelSize: 1, border: QUIET_ZONE, ecc: 'M' });
  return svg.replace('<svg ', '<svg class="qr-code" aria-hidden="true" focusable="false" ');
}
