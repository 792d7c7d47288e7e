import { describe, expect, it } from 'vitest';
import { probeStorage } from '../../src/lib/storage/browser-storage';
import { isCalendarDay, isDateString } from '../../src/lib/storage/guards';

describe('isDateString', () => {
  it.each(['2026-05-02', '2026-05-02T10:15:00.000Z', '2024-02-29T23:59:59Z', '2026-11-29T18:00+01:00', '2099-12-31T00:00:00.000Z'])(
    'accepts %s',
    (value) => expect(isDateString(value)).toBe(true),
  );

  it.each(['2026-13-45', '2026-02-29', '2026-04-31T10:00:00Z', '2026-05-02T24:00:00Z', '2026-05-02T10:60:00Z', 'Sun Nov 29 2026', '29/11/2026', '', '2026-5-2', 20260502, null])(
    'refuses %s',
    (value) => expect(isDateString(value)).toBe(false),
  );
});

describe('isCalendarDay', () => {
  it('accepts a real day written YYYY-MM-DD, and nothing else', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-13-45')).toBe(false);
    expect(isCalendarDay('2026-05-02T10:00:00Z')).toBe(false);
  });
});

/** A storage whose methods can be made to throw one by one. */
function fakeStorage(fails: { set?: 'quota' | 'other'; get?: boolean; remove?: boolean }): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      if (fails.get) throw new Error('denied');
      return data.size;
    },
    key: (index: number) => [...data.keys()][index] ?? null,
    getItem(key: string) {
      if (fails.get) throw new Error('denied');
      return data.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (fails.set === 'quota') throw new DOMException('full', 'QuotaExceededError');
      if (fails.set === 'other') throw new Error('denied');
      data.set(key, value);
    },
    removeItem(key: string) {
      if (fails.remove) throw new Error('denied');
      data.delete(key);
    },
    clear: () => data.clear(),
  };
}

describe('probeStorage', () => {
  it('tells a working storage from a full one, one that refuses, and one that writes but cannot read back', () => {
    expect(probeStorage(() => fakeStorage({}))).toBe('available');
    expect(probeStorage(() => fakeStorage({ set: 'quota' }))).toBe('full');
    expect(probeStorage(() => fakeStorage({ set: 'other' }))).toBe('unavailable');
    expect(probeStorage(() => fakeStorage({ get: true }))).toBe('unreadable');
    expect(probeStorage(() => fakeStorage({ set: 'quota', get: true }))).toBe('unreadable');
    expect(probeStorage(() => {
      throw new Error('no localStorage here');
    })).toBe('unavailable');
  });
});
