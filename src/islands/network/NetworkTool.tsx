/**
 * My mentoring network: the people who support the reader, the kinds of support each gives, a
 * map with its table, gaps and concentration with next steps, and dated snapshots to compare.
 * Logic is in src/lib/network; this component wires it to the page and the record store.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDay, localDay } from '../../lib/dates';
import { EMPTY_NETWORK, FREQUENCIES, MAX_PEOPLE, networkCodec, PLACES, type NetworkPerson } from '../../lib/network/network-record';
import { withoutPerson, withoutSnapshot, withPerson, withPersonChanged, withSnapshot } from '../../lib/network/network-edit';
import { compareNetworks, concentration, gaps, type SupportCategory } from '../../lib/network/network-rules';
import { isCalendarDay } from '../../lib/storage/guards';
import { NETWORK_KEY } from '../../lib/storage/keys';
import { recordStore } from '../../lib/storage/record-store';
import type { ArticleLinks } from '../assessment/article-links';
import { StorageNotices } from '../shared/StorageNotices';
import { NetworkMap } from './NetworkMap';
import { FREQUENCY_WORDS, PLACE_WORDS } from './words';

interface Props {
  /** The kinds of support (content/tools/network-categories.yaml), passed as data. */
  categories: SupportCategory[];
  /** Article id → link, for next steps. */
  articles: ArticleLinks;
}

const NOW = '';

export default function NetworkTool({ categories, articles }: Props) {
  const store = useMemo(() => recordStore(NETWORK_KEY, networkCodec), []);
  const record = useStore(store.$record, { ssr: () => EMPTY_NETWORK });
  const notice = useStore(store.$notice);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState('');
  const [snapshotDay, setSnapshotDay] = useState('');
  const [status, setStatus] = useState('');
  const [from, setFrom] = useState<string | undefined>();
  const [to, setTo] = useState<string | undefined>();
  const nameInput = useRef<HTMLInputElement>(null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const { people, snapshots } = record;
  const today = localDay();

  function addPerson(event: Event) {
    event.preventDefault();
    const problem =
      name.trim() === '' ? 'Enter a name or initials' : people.length >= MAX_PEOPLE ? `You can list up to ${MAX_PEOPLE} people` : '';
    setNameError(problem);
    if (problem) return nameInput.current?.focus();
    store.update((current) => withPerson(current, name));
    setStatus(`Added ${name.trim()}.`);
    setName('');
  }

  const change = (person: NetworkPerson, what: Partial<NetworkPerson>) => store.update((current) => withPersonChanged(current, person.id, what));

  function remove(person: NetworkPerson) {
    if (!window.confirm(`Remove ${person.name} from your network?`)) return;
    store.update((current) => withoutPerson(current, person.id));
    setStatus(`Removed ${person.name}.`);
  }

  function keepSnapshot() {
    const day = snapshotDay || today;
    store.update((current) => withSnapshot(current, day));
    setStatus(`Kept a snapshot of your network dated ${formatDay(day)}.`);
  }

  const foundGaps = gaps(people, categories);
  const heavy = concentration(people, categories);
  const link = (id: string) => articles[id] && <a href={articles[id].href}>{articles[id].title}</a>;

  // Compare the two latest by default: the one before the latest with the latest (or now, with one snapshot).
  const fromId = from ?? snapshots.at(snapshots.length > 1 ? -2 : -1)?.id;
  const toId = to ?? (snapshots.length > 1 ? snapshots.at(-1)!.id : NOW);
  const fromSnapshot = snapshots.find((snapshot) => snapshot.id === fromId);
  const toSnapshot = snapshots.find((snapshot) => snapshot.id === toId);
  const comparison = fromSnapshot && compareNetworks(fromSnapshot.people, toSnapshot ? toSnapshot.people : people, categories);
  const toWords = toSnapshot ? formatDay(toSnapshot.takenOn) : 'now';
  const names = (list: string[]) => list.join(', ');
  const snapshotOptions = snapshots.map((snapshot) => (
    <option key={snapshot.id} value={snapshot.id}>
      {formatDay(snapshot.takenOn)}
    </option>
  ));

  return (
    <div class="network" data-hydrated={hydrated ? 'true' : undefined}>
      <StorageNotices notice={notice} />
      <p class="network__status no-print" role="status">
        {status}
      </p>

      <section class="network__people no-print" aria-labelledby="people-heading">
        <h2 id="people-heading">People who support you</h2>
        <form class="network__add" onSubmit={addPerson} noValidate>
          <div class={nameError ? 'field--error' : undefined}>
            <label for="person-name" class="network__label">
              Name or initials
            </label>
            <p class="hint" id="person-name-hint">
              Initials are enough. It stays in this browser.
            </p>
            {nameError && (
              <p class="error-message" id="person-name-error">
                <span class="visually-hidden">Error:</span> {nameError}
              </p>
            )}
            <input
              id="person-name"
              ref={nameInput}
              type="text"
              autocomplete="off"
              maxLength={120}
              value={name}
              aria-describedby={nameError ? 'person-name-hint person-name-error' : 'person-name-hint'}
              aria-invalid={nameError ? 'true' : undefined}
              onInput={(event) => setName(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button">
            Add person
          </button>
        </form>
        {people.length === 0 ? (
          <p>No one listed yet. Start with your main mentor, then add everyone else who helps you, at work or outside it.</p>
        ) : (
          people.map((person) => (
            <div class="network__person" key={person.id}>
              <h3>{person.name}</h3>
              <fieldset>
                <legend>Kinds of support {person.name} gives</legend>
                <div class="network__kinds">
                  {categories.map((category) => (
                    <div class="option" key={category.id}>
                      <input
                        type="checkbox"
                        id={`${person.id}-${category.id}`}
                        checked={person.categories.includes(category.id)}
                        onChange={(event) =>
                          change(person, {
                            categories: event.currentTarget.checked
                              ? [...person.categories, category.id]
                              : person.categories.filter((id) => id !== category.id),
                          })
                        }
                      />
                      <label for={`${person.id}-${category.id}`}>{category.label}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
              <label for={`${person.id}-frequency`} class="network__label">
                How often you are in touch with {person.name}
              </label>
              <select
                id={`${person.id}-frequency`}
                value={person.frequency}
                onChange={(event) => change(person, { frequency: event.currentTarget.value as NetworkPerson['frequency'] })}
              >
                {FREQUENCIES.map((frequency) => (
                  <option key={frequency} value={frequency}>
                    {FREQUENCY_WORDS[frequency]}
                  </option>
                ))}
              </select>
              <fieldset>
                <legend>Where {person.name} works</legend>
                {PLACES.map((place) => (
                  <div class="option" key={place}>
                    <input
                      type="radio"
                      name={`${person.id}-place`}
                      id={`${person.id}-place-${place || 'unsaid'}`}
                      checked={person.place === place}
                      onChange={() => change(person, { place })}
                    />
                    <label for={`${person.id}-place-${place || 'unsaid'}`}>{PLACE_WORDS[place]}</label>
                  </div>
                ))}
              </fieldset>
              <button type="button" class="link-button link-button--danger" onClick={() => remove(person)}>
                Remove {person.name}
              </button>
            </div>
          ))
        )}
      </section>

      <section aria-labelledby="map-heading" class="network__sheet">
        <h2 id="map-heading">Your network map</h2>
        {people.length === 0 ? <p>Your map appears here once you add someone.</p> : <NetworkMap people={people} categories={categories} dated={formatDay(today)} />}
      </section>

      <section aria-labelledby="findings-heading" class="network__findings">
        <h2 id="findings-heading">What your network shows</h2>
        {people.length > 0 && foundGaps.length === 0 && heavy.length === 0 && <p>Every kind of support has someone, and no one person carries most of it.</p>}
        <ul class="network__finding-list">
          {people.length > 0 &&
            foundGaps.map((category) => (
              <li key={category.id}>
                <strong>Gap: {category.label}.</strong> No one in your network gives this yet. {category.gap} Read: {link(category.article)}.
              </li>
            ))}
          {heavy.map(({ person, gives, covered, onlyThem }) => (
            <li key={person.id}>
              <strong>
                Concentration: {person.name} gives {gives} of the {covered} kinds of support your network covers.
              </strong>{' '}
              If they moved on, most of your support would go with them. Look for a second person
              {onlyThem.length > 0 ? ` for ${onlyThem.map((category) => category.label.toLowerCase()).join(', ')}, which only they give` : ' for some of it'}. Read:{' '}
              {link('mentoring-models')}.
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="snapshots-heading" class="network__snapshots no-print">
        <h2 id="snapshots-heading">Snapshots: your network over time</h2>
        <p>Keep a dated copy of your network now, and compare it next year to see what has changed.</p>
        <label for="snapshot-day" class="network__label">
          Date of the snapshot
        </label>
        <p class="hint" id="snapshot-day-hint">
          Today unless you change it: use an earlier date to record a network you drew on paper.
        </p>
        <input
          id="snapshot-day"
          type="date"
          value={snapshotDay || today}
          max={today}
          aria-describedby="snapshot-day-hint"
          onInput={(event) => setSnapshotDay(isCalendarDay(event.currentTarget.value) ? event.currentTarget.value : '')}
        />
        <div class="actions">
          <button type="button" class="button" onClick={keepSnapshot} disabled={people.length === 0}>
            Keep a snapshot
          </button>
        </div>
        {snapshots.length > 0 && (
          <>
            <h3>Kept snapshots</h3>
            <ul class="network__snapshot-list">
              {snapshots.map((snapshot) => (
                <li key={snapshot.id}>
                  {formatDay(snapshot.takenOn)}: {snapshot.people.length} {snapshot.people.length === 1 ? 'person' : 'people'}{' '}
                  <button
                    type="button"
                    class="link-button link-button--danger"
                    onClick={() => {
                      if (window.confirm(`Delete the snapshot of ${formatDay(snapshot.takenOn)}?`)) store.update((current) => withoutSnapshot(current, snapshot.id));
                    }}
                  >
                    Delete<span class="visually-hidden"> the snapshot of {formatDay(snapshot.takenOn)}</span>
                  </button>
                </li>
              ))}
            </ul>
            <h3>Compare</h3>
            <div class="network__compare">
              <div>
                <label for="compare-from" class="network__label">
                  Earlier
                </label>
                <select id="compare-from" value={fromId} onChange={(event) => setFrom(event.currentTarget.value)}>
                  {snapshotOptions}
                </select>
              </div>
              <div>
                <label for="compare-to" class="network__label">
                  Later
                </label>
                <select id="compare-to" value={toId} onChange={(event) => setTo(event.currentTarget.value)}>
                  {snapshotOptions}
                  <option value={NOW}>Now</option>
                </select>
              </div>
            </div>
            {comparison && fromSnapshot && (
              <div class="network__comparison" aria-live="polite">
                <p>
                  From {formatDay(fromSnapshot.takenOn)} to {toWords}:
                </p>
                <ul>
                  <li>{comparison.joined.length > 0 ? `Joined: ${names(comparison.joined)}.` : 'No one joined.'}</li>
                  <li>{comparison.left.length > 0 ? `No longer listed: ${names(comparison.left)}.` : 'No one left.'}</li>
                  {comparison.gapsClosed.length > 0 && <li>Gaps filled: {names(comparison.gapsClosed.map((category) => category.label))}.</li>}
                  {comparison.gapsOpened.length > 0 && <li>New gaps: {names(comparison.gapsOpened.map((category) => category.label))}.</li>}
                </ul>
                <table class="network-table">
                  <caption>People giving each kind of support</caption>
                  <thead>
                    <tr>
                      <th scope="col">Kind of support</th>
                      <th scope="col">{formatDay(fromSnapshot.takenOn)}</th>
                      <th scope="col">{toSnapshot ? formatDay(toSnapshot.takenOn) : 'Now'}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {comparison.counts.map(({ category, before, after }) => (
                      <tr key={category.id}>
                        <th scope="row">{category.label}</th>
                        <td>{before}</td>
                        <td>{after}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </section>

      <div class="actions no-print">
        <button type="button" class="button button--secondary" onClick={() => window.print()} disabled={people.length === 0}>
          Print your network
        </button>
      </div>
    </div>
  );
}
