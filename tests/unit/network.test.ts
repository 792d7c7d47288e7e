import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkDescriber } from '../../src/lib/network/describe-record';
import { withPerson, withPersonChanged, withSnapshot, withoutPerson } from '../../src/lib/network/network-edit';
import { MAP_HEIGHT, MAP_WIDTH, mapLayout } from '../../src/lib/network/network-map';
import { EMPTY_NETWORK, NETWORK_FORMAT, networkCodec, NETWORK_MIGRATIONS, type NetworkPerson, type NetworkRecord } from '../../src/lib/network/network-record';
import { compareNetworks, concentration, gaps, type SupportCategory } from '../../src/lib/network/network-rules';
import { NETWORK_KEY } from '../../src/lib/storage/keys';
import { readImport } from '../../src/lib/storage/import-data';
import { SITE_REGISTRY } from '../../src/lib/storage/registry';
import { buildExport, describeKey } from '../../src/lib/storage/saved-data';
import { networkArb } from '../support/development-arbitraries';

const category = (id: string): SupportCategory => ({ id, label: id, short: id, gap: `Find ${id}.`, article: 'mentoring-models' });
const CATEGORIES = ['career', 'skills', 'sponsor', 'feedback', 'wellbeing'].map(category);

const person = (name: string, categories: string[], change: Partial<NetworkPerson> = {}): NetworkPerson => ({
  id: name.toLowerCase().replace(/[^a-z0-9]/g, '') || 'x',
  name,
  categories,
  frequency: '',
  place: '',
  ...change,
});

describe('gaps in a network', () => {
  it('names each kind of support no one gives, in the order the content file lists them', () => {
    const people = [person('AB', ['career', 'feedback']), person('CD', ['feedback'])];
    expect(gaps(people, CATEGORIES).map((found) => found.id)).toEqual(['skills', 'sponsor', 'wellbeing']);
  });

  it('finds no gap once every kind of support has someone', () => {
    expect(gaps([person('AB', ['career', 'skills', 'sponsor']), person('CD', ['feedback', 'wellbeing'])], CATEGORIES)).toEqual([]);
  });
});

describe('concentration in a network', () => {
  it('points out one person who gives more than half of what the network covers, with what only they give', () => {
    const people = [person('Dr Main', ['career', 'skills', 'sponsor', 'feedback']), person('Peer', ['feedback'])];
    const [found, ...others] = concentration(people, CATEGORIES);
    expect(others).toEqual([]);
    expect(found).toMatchObject({ gives: 4, covered: 4 });
    expect(found!.person.name).toBe('Dr Main');
    expect(found!.onlyThem.map((kind) => kind.id)).toEqual(['career', 'skills', 'sponsor']);
  });

  it('says nothing when each person gives half or less of what the network covers', () => {
    const people = [person('A', ['career', 'skills']), person('B', ['sponsor', 'feedback'])];
    expect(concentration(people, CATEGORIES)).toEqual([]);
  });

  it('says nothing about a network that covers fewer than three kinds of support', () => {
    expect(concentration([person('A', ['career', 'skills'])], CATEGORIES)).toEqual([]);
  });

  it('ignores kinds of support the site no longer lists', () => {
    const people = [person('A', ['career', 'retired-1', 'retired-2', 'retired-3']), person('B', ['skills']), person('C', ['sponsor'])];
    expect(concentration(people, CATEGORIES)).toEqual([]);
  });
});

describe('comparing two versions of a network', () => {
  it('says who joined, who left, which gaps closed and which opened, recognising people by name whatever the case', () => {
    const before = [person('Dr Lee', ['career', 'sponsor']), person('Sam', ['wellbeing'])];
    const after = [person('dr lee ', ['career']), person('Priya', ['skills', 'wellbeing'])];
    const result = compareNetworks(before, after, CATEGORIES);
    expect(result.joined).toEqual(['Priya']);
    expect(result.left).toEqual(['Sam']);
    expect(result.gapsClosed.map((kind) => kind.id)).toEqual(['skills']);
    expect(result.gapsOpened.map((kind) => kind.id)).toEqual(['sponsor']);
    expect(result.counts.find((count) => count.category.id === 'wellbeing')).toMatchObject({ before: 1, after: 1 });
  });
});

describe('the network map', () => {
  it('places every person inside the drawing, apart from the others, and names the groups when there is more than one', () => {
    const people = [
      person('A', [], { place: 'inside' }),
      person('B', [], { place: 'inside' }),
      person('C', [], { place: 'outside' }),
      person('D', []),
      person('E', [], { place: 'outside' }),
    ];
    const { nodes, groups } = mapLayout(people);
    expect(nodes.map((node) => node.person.name)).toEqual(['A', 'B', 'C', 'E', 'D']);
    for (const node of nodes) {
      expect(node.x).toBeGreaterThan(0);
      expect(node.x).toBeLessThan(MAP_WIDTH);
      expect(node.y).toBeGreaterThan(0);
      expect(node.y).toBeLessThan(MAP_HEIGHT);
    }
    const distinct = new Set(nodes.map((node) => `${Math.round(node.x)},${Math.round(node.y)}`));
    expect(distinct.size).toBe(5);
    expect(groups.map((group) => group.name)).toEqual(['Inside your institution', 'Outside your institution', 'Where not said']);
  });

  it('draws no group names when everyone is in one group', () => {
    expect(mapLayout([person('A', [], { place: 'inside' }), person('B', [], { place: 'inside' })]).groups).toEqual([]);
  });
});

describe('the saved network', () => {
  const now = new Date('2026-11-29T10:00:00Z');
  const built = () => {
    let record: NetworkRecord = withPerson(EMPTY_NETWORK, '  Dr Lee ', now);
    record = withPersonChanged(record, record.people[0]!.id, { categories: ['career'], frequency: 'monthly', place: 'inside' }, now);
    record = withSnapshot(record, '2026-11-29', now);
    record = withSnapshot(record, '2025-11-20', now);
    return record;
  };

  it('keeps what was typed, trimmed, and snapshots in date order as copies that later changes leave alone', () => {
    const record = built();
    expect(record.people[0]).toMatchObject({ name: 'Dr Lee', categories: ['career'], frequency: 'monthly', place: 'inside' });
    expect(record.snapshots.map((snapshot) => snapshot.takenOn)).toEqual(['2025-11-20', '2026-11-29']);
    const later = withoutPerson(record, record.people[0]!.id, now);
    expect(later.people).toEqual([]);
    expect(later.snapshots[1]!.people[0]!.name).toBe('Dr Lee');
    expect(networkCodec.parse(networkCodec.serialise(later))).toEqual({ status: 'ok', record: later });
  });

  it('is at format 1 with no older format to migrate from: a newer record is kept as it is, never read as empty', () => {
    expect(NETWORK_FORMAT).toBe(1);
    expect(NETWORK_MIGRATIONS).toEqual({});
    const newer = JSON.stringify({ ...built(), format: 2 });
    expect(networkCodec.parse(newer)).toMatchObject({ status: 'newer', unreadable: newer });
    expect(networkCodec.parse(JSON.stringify({ ...built(), format: 0 })).status).toBe('corrupt');
  });

  it('refuses a record with an unknown property, a repeated person, or a frequency it does not know', () => {
    const record = built();
    const person = record.people[0]!;
    for (const broken of [
      { ...record, extra: true },
      { ...record, people: [person, person] },
      { ...record, people: [{ ...person, frequency: 'hourly' }] },
      { ...record, snapshots: [{ ...record.snapshots[0]!, takenOn: '2026-02-30' }] },
    ]) {
      expect(networkCodec.parse(JSON.stringify(broken)).status).toBe('corrupt');
    }
  });

  it('reads back every record of the right shape, and any stored text either as a record or kept as it is', () => {
    fc.assert(
      fc.property(networkArb, (record) => {
        expect(networkCodec.parse(networkCodec.serialise(record))).toEqual({ status: 'ok', record });
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), networkArb.map((record) => JSON.stringify({ ...record, people: [{}] }))), (stored) => {
        const result = networkCodec.parse(stored);
        if (result.status === 'corrupt' || result.status === 'newer') expect(result.unreadable).toBe(stored);
        else expect(['ok', 'empty']).toContain(result.status);
      }),
    );
  });

  it('is listed, exported and imported with everything else as "the mentoring network"', () => {
    const record = built();
    expect(describeKey(NETWORK_KEY, SITE_REGISTRY)).toBe('the mentoring network');
    expect(networkDescriber.summary(record, undefined)).toBe('1 person, 2 snapshots; last changed 29 November 2026');
    const file = buildExport({ [NETWORK_KEY]: networkCodec.serialise(record) }, SITE_REGISTRY, now);
    expect(readImport(file, SITE_REGISTRY)).toMatchObject({ ok: true, records: { [NETWORK_KEY]: record } });
  });
});
