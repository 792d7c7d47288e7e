/**
 * Changes to the saved network, each returning a new record with the time of the change. Kept
 * apart from the codec (network-record.ts), which "My saved data" loads without these.
 */
import { newId } from '../storage/shape';
import { MAX_NAME, MAX_SNAPSHOTS, NETWORK_FORMAT, type NetworkPerson, type NetworkRecord, type NetworkSnapshot } from './network-record';


const changed = (record: NetworkRecord, change: Partial<Omit<NetworkRecord, 'format'>>, now: Date): NetworkRecord => ({
  ...record,
  ...change,
  format: NETWORK_FORMAT,
  updatedAt: now.toISOString(),
});

/** The network with one more person (by name or initials; nothing else said yet). */
export function withPerson(record: NetworkRecord, name: string, now = new Date()): NetworkRecord {
  const person: NetworkPerson = { id: newId(record.people), name: name.trim().slice(0, MAX_NAME), categories: [], frequency: '', place: '' };
  return changed(record, { people: [...record.people, person] }, now);
}

/** The network with one person changed. */
export function withPersonChanged(record: NetworkRecord, id: string, change: Partial<Omit<NetworkPerson, 'id'>>, now = new Date()): NetworkRecord {
  return changed(record, { people: record.people.map((person) => (person.id === id ? { ...person, ...change } : person)) }, now);
}

export function withoutPerson(record: NetworkRecord, id: string, now = new Date()): NetworkRecord {
  return changed(record, { people: record.people.filter((person) => person.id !== id) }, now);
}

/** The network with the people as they are now kept as a snapshot dated `takenOn`, in date order. */
export function withSnapshot(record: NetworkRecord, takenOn: string, now = new Date()): NetworkRecord {
  const snapshot: NetworkSnapshot = { id: newId(record.snapshots), takenOn, people: record.people.map((person) => ({ ...person, categories: [...person.categories] })) };
  const snapshots = [...record.snapshots, snapshot].sort((a, b) => a.takenOn.localeCompare(b.takenOn)).slice(-MAX_SNAPSHOTS);
  return changed(record, { snapshots }, now);
}

export function withoutSnapshot(record: NetworkRecord, id: string, now = new Date()): NetworkRecord {
  return changed(record, { snapshots: record.snapshots.filter((snapshot) => snapshot.id !== id) }, now);
}
