/** One checklist item: a labelled checkbox, a link to the article behind it, and a private note. */
import type { ChecklistView } from './types';

type Item = ChecklistView['sections'][number]['items'][number];

interface Props {
  item: Item;
  ticked: boolean;
  note: string;
  onTick(ticked: boolean): void;
  onNote(note: string): void;
}

export function ChecklistItem({ item, ticked, note, onTick, onNote }: Props) {
  const boxId = `item-${item.id}`;
  return (
    <li class="checklist-item">
      <div class="checklist-item__main">
        <input
          type="checkbox"
          id={boxId}
          checked={ticked}
          aria-describedby={item.hint ? `${boxId}-hint` : undefined}
          onChange={(event) => onTick((event.currentTarget as HTMLInputElement).checked)}
        />
        <label for={boxId}>{item.text}</label>
      </div>
      {item.hint && (
        <p class="checklist-item__hint" id={`${boxId}-hint`}>
          {item.hint}
        </p>
      )}
      <div class="checklist-item__extras no-print">
        <a href={item.article.href} class="checklist-item__why">
          {/* Search indexes the item's text from here (it skips the label), never the words "Why this matters". */}
          <span data-pagefind-ignore>Why this matters</span>
          <span class="visually-hidden">
            <span data-pagefind-ignore>: </span>
            {item.text}
          </span>
        </a>
        {/* Pagefind leaves labels out, so the link above carries the item's text into the search
            index; the note's hidden labels would only repeat it. */}
        <details class="checklist-item__note" open={note.length > 0} data-pagefind-ignore>
          <summary>
            {note ? 'Your note' : 'Add a note'}
            <span class="visually-hidden"> for “{item.text}”</span>
          </summary>
          <label class="visually-hidden" for={`note-${item.id}`}>
            Private note for “{item.text}”
          </label>
          {/* Grows with its text (CSS field-sizing); rows give browsers without it room for every line. */}
          <textarea
            id={`note-${item.id}`}
            rows={Math.max(3, note.split('\n').length + 1)}
            value={note}
            onInput={(event) => onNote((event.currentTarget as HTMLTextAreaElement).value)}
          />
        </details>
      </div>
      {note && <p class="checklist-item__printed-note">Note: {note}</p>}
    </li>
  );
}
