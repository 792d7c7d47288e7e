/** The part of a checklist the island needs, with article links resolved at build time. */
export interface ChecklistView {
  id: string;
  title: string;
  version: number;
  repeatable: boolean;
  sections: {
    id: string;
    title: string;
    items: { id: string; text: string; hint?: string | undefined; article: { href: string; title: string } }[];
  }[];
}
