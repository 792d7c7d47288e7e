/** The tools a track step can name (`kind: tool`), with the page each lives on. Add a tool here when one is built. */
import { AGREEMENT_BUILDER_TITLE } from '../../site';

export const TRACK_TOOLS: Readonly<Record<string, { title: string; path: string }>> = {
  agreement: { title: AGREEMENT_BUILDER_TITLE, path: '/agreement/' },
};
