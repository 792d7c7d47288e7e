/** The part of a checklist the island needs, with article links resolved at build time. */
export interface ChecklistView {
  id: string;
  title: string;
  version: number;
  repeatable: boolean;
  /** Rarely shown sentences, passed with the page rather than kept in the island's script. */
  texts: { savedByNewer: string; noMeetings: string };
  /** For a meeting's agenda: where the development plan is, and its goal areas' names, to offer the plan's open goals. */
  plan?: PlanLinks | undefined;
  sections: {
    id: string;
    title: string;
    items: { id: string; text: string; hint?: string | undefined; article: { href: string; title: string } }[];
  }[];
}

export interface PlanLinks {
  href: string;
  /** Goal area names by id. */
  areas: Record<string, string>;
}
