import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { APP_ICONS, appIconSvg, DEFAULT_THEME, type AppIcon } from '../../lib/offline/app-manifest';
import { SITE_ACCENT } from '../../site';

/** The app icons of the manifest, drawn at build time from the one source image, public/favicon.svg. */
export const getStaticPaths = (() => APP_ICONS.map((icon) => ({ params: { icon: icon.file }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) => {
  const source = await readFile(join(process.cwd(), 'public/favicon.svg'), 'utf8');
  const svg = appIconSvg(source, props.icon, SITE_ACCENT?.light ?? DEFAULT_THEME.accent);
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: props.icon.size } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
