/**
 * Reading a chosen export file and showing what it holds before anything changes: the records,
 * any this site does not know, merge or replace, then the import itself. Loaded by MyData.tsx
 * only when the reader chooses a file, with the import logic (src/lib/storage/import-data.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatLongDate } from '../../lib/dates';
import {
  carryOutPlan,
  DEFAULT_IMPORT_LIMITS,
  leaveOut,
  mergeImport,
  readImport,
  tooLargeProblem,
  unknownRecords,
  type ImportResult,
  type ImportSummaryItem,
  type MergeMode,
} from '../../lib/storage/import-data';
import { siteStorageArea } from '../../lib/storage/storage-health';
import { SITE_REGISTRY } from '../../lib/storage/registry';
import { classifyKey, describeKey, type RecordKind } from '../../lib/storage/saved-data';

export type Preview = Extract<ImportResult, { ok: true }> & { unknown: ImportSummaryItem[] };

/** The file read and checked: what it holds, or why it cannot be imported. */
export async function readChosenFile(
  file: File,
  isKnown: (kind: RecordKind, id: string) => boolean,
): Promise<{ preview: Preview } | { problem: string }> {
  // Measured once, on the file itself: the decoded text of a damaged file can be larger.
  const tooLarge = tooLargeProblem(file.size, DEFAULT_IMPORT_LIMITS.maxBytes);
  if (tooLarge) return { problem: `${tooLarge} Nothing was changed.` };
  const result = readImport(await file.text(), SITE_REGISTRY, DEFAULT_IMPORT_LIMITS, file.size);
  return result.ok ? { preview: { ...result, unknown: unknownRecords(result.summary, isKnown) } } : { problem: `${result.problem} Nothing was changed.` };
}

const ACTION_WORDS = { added: 'added', replaced: 'replaced', 'kept-current': 'kept', removed: 'deleted' } as const;

/** "a", "a and b", "a, b and c" */
function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

interface Props {
  preview: Preview;
  titles: Record<RecordKind, Record<string, string>>;
  /** The site's entries in its storage now (the session's in the shared-computer mode). */
  current(): Record<string, string>;
  /** The import stopped part-way: why, and what it changed. */
  onProblem(message: string): void;
  /** The import finished (or was cancelled): what to tell the reader. */
  onDone(message: string): void;
}

export function ImportPreview({ preview, titles, current, onProblem, onDone }: Props) {
  const [mode, setMode] = useState<MergeMode>('merge');
  const [includeUnknown, setIncludeUnknown] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setIncludeUnknown(false);
    headingRef.current?.focus();
  }, [preview]);

  function applyImport() {
    const chosen = includeUnknown ? preview : leaveOut(preview, preview.unknown.map((item) => item.key));
    const plan = mergeImport(current(), chosen, mode, SITE_REGISTRY);
    const result = carryOutPlan(siteStorageArea(), plan);
    const name = (key: string) => {
      const found = classifyKey(key, SITE_REGISTRY);
      return describeKey(key, SITE_REGISTRY, found.type === 'record' ? titles[found.kind] : {});
    };
    if (!result.complete) {
      const changed = result.done.map(({ key, action }) => `${name(key)} (${ACTION_WORDS[action]})`);
      const untouched = result.notReached.map(name);
      onProblem(
        `Your browser’s storage is full, so the import stopped part-way. ` +
          (changed.length > 0 ? `It changed ${listInWords(changed)}. ` : 'It changed nothing. ') +
          `It did not change ${listInWords(untouched)}, which ${untouched.length === 1 ? 'is' : 'are'} as before. ` +
          'Anything that could not be read was kept aside first, so nothing was lost. Free some space (for example, delete something you no longer need) and import again.',
      );
      return;
    }
    const count = (action: string) => plan.outcome.filter((outcome) => outcome.action === action).length;
    onDone(
      `Import finished: ${count('added')} added, ${count('replaced')} replaced, ${count('kept-current')} kept as they were${mode === 'replace' ? `, ${count('removed')} removed` : ''}.`,
    );
  }

  return (
    <div class="import-preview">
      <h3 tabIndex={-1} ref={headingRef}>
        This file holds {preview.summary.length} {preview.summary.length === 1 ? 'record' : 'records'}
        {Object.keys(preview.unreadable).length > 0 && ` and ${Object.keys(preview.unreadable).length} pieces of unreadable text`}
      </h3>
      {preview.exportedAt && <p class="muted">Exported on {formatLongDate(new Date(preview.exportedAt))}.</p>}
      <ul>
        {preview.summary
          .filter((item) => !preview.unknown.includes(item))
          .map((item) => (
            <li key={item.key}>
              {describeKey(item.key, SITE_REGISTRY, titles[item.kind])}
              {item.lastChanged && `, last changed ${formatLongDate(new Date(item.lastChanged))}`}
            </li>
          ))}
      </ul>
      {preview.unknown.length > 0 && (
        <div class="import-preview__unknown">
          <p>
            This site does not know {preview.unknown.length === 1 ? 'this record' : 'these records'}: there is no
            assessment or checklist by {preview.unknown.length === 1 ? 'that name' : 'those names'} here. The file may come
            from another copy of the guide, or have been edited.
          </p>
          <ul>
            {preview.unknown.map((item) => (
              <li key={item.key}>{describeKey(item.key, SITE_REGISTRY)}</li>
            ))}
          </ul>
          <div class="option">
            <input type="checkbox" id="include-unknown" checked={includeUnknown} onChange={(event) => setIncludeUnknown((event.currentTarget as HTMLInputElement).checked)} />
            <label for="include-unknown">Import them too (they will be listed here, but no page of this site will use them)</label>
          </div>
        </div>
      )}
      <fieldset class="import-preview__mode">
        <legend>How should it be combined with what is saved here?</legend>
        <div class="option">
          <input type="radio" id="mode-merge" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          <label for="mode-merge">Merge: for each record, keep whichever was changed most recently</label>
        </div>
        <div class="option">
          <input type="radio" id="mode-replace" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          <label for="mode-replace">Replace: delete everything saved here and keep only what is in the file</label>
        </div>
      </fieldset>
      <div class="actions">
        <button type="button" class="button" onClick={applyImport}>
          Import
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => onDone('Import cancelled. Nothing was changed.')}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
