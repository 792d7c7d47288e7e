/**
 * Everything the site has saved in this browser: listed, exported, imported (merge or replace,
 * with a preview) and deleted. The logic is in src/lib/storage/saved-data.ts and, for imports,
 * src/lib/storage/import-data.ts (loaded when a file is chosen).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatLongDate } from '../../lib/dates';
import { canKeep, probeStorage, siteStorageArea, type StorageHealth } from '../../lib/storage/storage-health';
import { STORAGE_PREFIX } from '../../lib/storage/keys';
import { SITE_REGISTRY } from '../../lib/storage/registry';
import { buildExport, classifyKey, describeKey, describeRecord, exportFileName, ownString, type RecordKind } from '../../lib/storage/saved-data';
import type { Preview } from './ImportPreview';
import { download } from '../shared/download';

/** Reading, previewing and applying an import: loaded only when the reader chooses a file. */
const loadImportPanel = () => import('./ImportPreview');
type ImportPanel = Awaited<ReturnType<typeof loadImportPanel>>;

/** What the page says in the cases a reader rarely meets: given by the page (as HTML, not script). */
export interface MyDataTexts {
  /** The browser lets the site save but not read back. */
  unreadableStorage: string;
  /** The browser lets the site store nothing. */
  noStorage: string;
  /** Nothing saved yet. */
  nothingSaved: string;
  /** What each section of the page is for, the question before deleting everything, and the answer. */
  exportIntro: string;
  importIntro: string;
  deleteIntro: string;
  confirmDeleteAll: string;
  deletedAll: string;
  /** A record saved by a newer or broken version. */
  cannotRead: string;
  /** A record of an assessment or checklist this copy does not have; "{kind}" is replaced. */
  unknownRecord: string;
  /** Text kept aside because it could not be read. */
  keptAside: string;
}

interface Props {
  titles: Record<RecordKind, Record<string, string>>;
  links: Record<RecordKind, Record<string, string>>;
  totals: Record<string, number>;
  texts: MyDataTexts;
}

interface Row {
  key: string;
  title: string;
  detail: string;
  href: string | undefined;
  lastChanged: string | undefined;
  unreadable: boolean;
}

/** The site's own entries in its storage (the session's in the shared-computer mode), or undefined when it cannot be read at all. */
function readSiteStorage(): Record<string, string> | undefined {
  try {
    const area = siteStorageArea();
    const entries: Record<string, string> = {};
    for (let index = 0; index < area.length; index++) {
      const key = area.key(index);
      if (key?.startsWith(STORAGE_PREFIX)) entries[key] = area.getItem(key) ?? '';
    }
    return entries;
  } catch {
    return undefined;
  }
}

export default function MyData({ titles, links, totals, texts }: Props) {
  const [entries, setEntries] = useState<Record<string, string> | undefined>();
  const [health, setHealth] = useState<StorageHealth>('available');
  const [status, setStatus] = useState<string | undefined>();
  const [importProblem, setImportProblem] = useState<string | undefined>();
  const [preview, setPreview] = useState<Preview | undefined>();
  const importPanel = useRef<ImportPanel>();
  const fileInput = useRef<HTMLInputElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const refresh = () => setEntries(readSiteStorage() ?? {});
  useEffect(() => {
    setHealth(probeStorage(siteStorageArea));
    refresh();
    const onStorage = () => refresh();
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  useEffect(() => problemRef.current?.focus(), [importProblem]);

  function announce(message: string) {
    setStatus(message);
    setTimeout(() => statusRef.current?.focus());
  }

  /** Whether this site has the assessment or checklist a record belongs to (there is one agreement). */
  const isKnown = (kind: RecordKind, id: string) => kind === 'agreement' || ownString(titles[kind], id) !== undefined;

  const rows: Row[] = Object.entries(entries ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([key, stored]): Row[] => {
    const kind = classifyKey(key, SITE_REGISTRY);
    if (kind.type === 'record') {
      const result = kind.entry.codec.parse(stored);
      if (result.unreadable !== undefined) {
        return [{ key, title: describeKey(key, SITE_REGISTRY, titles[kind.kind]), detail: texts.cannotRead, href: undefined, lastChanged: undefined, unreadable: true }];
      }
      if (!isKnown(kind.kind, kind.id)) {
        return [{ key, title: describeKey(key, SITE_REGISTRY), detail: texts.unknownRecord.replace('{kind}', kind.kind), href: undefined, lastChanged: undefined, unreadable: true }];
      }
      const { title, detail } = describeRecord(kind.kind, kind.id, result.record, titles[kind.kind], totals);
      return [{ key, title, detail, href: ownString(links[kind.kind], kind.id), lastChanged: kind.entry.describer.lastChanged(result.record), unreadable: false }];
    }
    if (kind.type === 'set-aside' || kind.type === 'unknown') {
      return [{ key, title: describeKey(key, SITE_REGISTRY, {}), detail: texts.keptAside, href: undefined, lastChanged: undefined, unreadable: true }];
    }
    return [];
  });
  // Keys sort as agreement, assessments, checklists, then anything set aside: readable records first.
  rows.sort((a, b) => Number(a.unreadable) - Number(b.unreadable));

  function remove(row: Row) {
    if (!window.confirm(`Delete ${row.title} from this browser? This cannot be undone.`)) return;
    try {
      siteStorageArea().removeItem(row.key);
    } catch {
      /* storage unavailable: nothing to delete */
    }
    refresh();
    announce(`Deleted ${row.title}.`);
  }

  function removeEverything() {
    if (!window.confirm(texts.confirmDeleteAll)) return;
    for (const key of Object.keys(readSiteStorage() ?? {})) siteStorageArea().removeItem(key);
    refresh();
    announce(texts.deletedAll);
  }

  function exportAll() {
    const now = new Date();
    download(buildExport(readSiteStorage() ?? {}, SITE_REGISTRY, now), exportFileName(now), 'application/json');
    announce('Your data was exported to a file.');
  }

  async function chooseFile(event: Event) {
    setPreview(undefined);
    setImportProblem(undefined);
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const panel = (importPanel.current ??= await loadImportPanel());
    const result = await panel.readChosenFile(file, isKnown);
    if ('preview' in result) setPreview(result.preview);
    else setImportProblem(result.problem);
  }

  if (!canKeep(health)) {
    return (
      <p class="notice" role="status">
        {health === 'unreadable' ? texts.unreadableStorage : texts.noStorage}
      </p>
    );
  }

  return (
    <div class="my-data" data-hydrated={entries === undefined ? undefined : 'true'}>
      <p class="my-data__status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>

      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <p>{texts.exportIntro}</p>
        <button type="button" class="button" onClick={exportAll} disabled={rows.length === 0}>
          Export all my data
        </button>
      </section>

      <section aria-labelledby="saved-heading">
        <h2 id="saved-heading">Saved in this browser</h2>
        {entries === undefined ? (
          <p>Looking for saved data…</p>
        ) : rows.length === 0 ? (
          <p>{texts.nothingSaved}</p>
        ) : (
          <ul class="saved-list">
            {rows.map((row) => (
              <li key={row.key} class="saved-list__item">
                <p class="saved-list__title">{row.href ? <a href={row.href}>{row.title}</a> : row.title}</p>
                <p>{row.detail}</p>
                {/* Said once: only where the summary does not already give a date. */}
                {row.lastChanged && !/\d{4}/.test(row.detail) && <p class="muted">Last changed {formatLongDate(new Date(row.lastChanged))}</p>}
                <div class="actions">
                  {row.unreadable && entries[row.key] !== undefined && (
                    <button type="button" class="button button--secondary" onClick={() => download(entries[row.key]!, `${row.key.replace(/[^a-z0-9-]+/gi, '-')}.txt`, 'text/plain')}>
                      Download<span class="visually-hidden"> {row.title}</span>
                    </button>
                  )}
                  <button type="button" class="link-button link-button--danger" onClick={() => remove(row)}>
                    Delete<span class="visually-hidden"> {row.title}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Import</h2>
        <p>{texts.importIntro}</p>
        <label for="import-file" class="my-data__label">
          Choose an export file (.json)
        </label>
        <input id="import-file" type="file" accept="application/json,.json" ref={fileInput} onChange={chooseFile} />
        {importProblem && (
          <div class="error-summary" role="alert" tabIndex={-1} ref={problemRef} aria-labelledby="import-problem-title">
            <h3 id="import-problem-title">This file cannot be imported</h3>
            <p>{importProblem}</p>
          </div>
        )}
        {preview && importPanel.current && (
          <importPanel.current.ImportPreview
            preview={preview}
            titles={titles}
            current={() => readSiteStorage() ?? {}}
            onProblem={(message) => {
              setImportProblem(message);
              refresh();
            }}
            onDone={(message) => {
              setPreview(undefined);
              if (fileInput.current) fileInput.current.value = '';
              refresh();
              announce(message);
            }}
          />
        )}
      </section>

      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete everything</h2>
        <p>{texts.deleteIntro}</p>
        <button type="button" class="button button--danger" onClick={removeEverything} disabled={rows.length === 0}>
          Delete all my data
        </button>
      </section>
    </div>
  );
}
