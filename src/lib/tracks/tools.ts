/**
 * The tools a track step can name (`kind: tool`), with the page each lives on. Add a tool here,
 * and how its saved record shows it was used in tool-records.ts, when one is built.
 */
import { AGREEMENT_BUILDER_TITLE, NETWORK_TITLE, PLAN_TITLE } from '../../site';

export const TRACK_TOOLS: Readonly<Record<string, { title: string; path: string }>> = {
  agreement: { title: AGREEMENT_BUILDER_TITLE, path: '/agreement/' },
  network: { title: NETWORK_TITLE, path: '/network/' },
  plan: { title: PLAN_TITLE, path: '/plan/' },
};
