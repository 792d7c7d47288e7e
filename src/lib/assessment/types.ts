/**
 * The shapes the assessment engine works on. They mirror src/schemas/assessment.ts but are
 * plain types, so the browser bundle carries no schema library.
 */
export interface ScalePoint {
  value: number;
  label: string;
}

export interface Band {
  id: string;
  label: string;
  /** What a score in this band means, shown with its range on the results. */
  description: string;
  min: number;
  max: number;
}

export interface Domain {
  id: string;
  title: string;
  description: string;
  group?: string | undefined;
  feedback: Record<string, string>;
  nextStep: string;
  articles: string[];
  /** For comparing two partners' answers: a question to open the conversation, and the checklist item that helps. */
  conversation?: { question: string; checklist: string; item: string } | undefined;
}

interface ItemBase {
  id: string;
  domain: string;
  text: string;
  hint?: string | undefined;
}

export interface LikertItem extends ItemBase {
  kind: 'likert';
  scale: string;
  reverse: boolean;
}

export interface WeightedOption {
  id: string;
  label: string;
  score: number;
}

export interface ChoiceItem extends ItemBase {
  kind: 'single' | 'multiple';
  options: WeightedOption[];
}

export interface ScenarioOption {
  id: string;
  label: string;
  correct: boolean;
  explanation: string;
}

export interface ScenarioItem extends ItemBase {
  kind: 'scenario';
  scenario: string;
  options: ScenarioOption[];
  article: string;
}

export type Item = LikertItem | ChoiceItem | ScenarioItem;

export interface AssessmentDefinition {
  id: string;
  title: string;
  version: number;
  scales: Record<string, ScalePoint[]>;
  bands: Band[];
  groups: { id: string; title: string; description?: string | undefined }[];
  domains: Domain[];
  items: Item[];
}

/** A Likert value, the id of the chosen option, or the ids of the chosen options. */
export type Answer = number | string | string[];
export type Answers = Record<string, Answer>;
