/**
 * One way to store any kind of record: a `format` number in the JSON, a migration from each
 * older format to the next, and a reader that never throws and never loses what it cannot read.
 */
import { isObject } from './guards';

export type LoadStatus = 'empty' | 'ok' | 'migrated' | 'corrupt' | 'newer';

export interface LoadResult<T> {
  status: LoadStatus;
  record: T;
  /** The stored text when it could not be read: it must be kept, never overwritten. */
  unreadable?: string;
}

export interface RecordCodec<T> {
  format: number;
  empty: T;
  isValid(value: unknown): value is T;
  parse(stored: string | null | undefined): LoadResult<T>;
  serialise(record: T): string;
}

export interface RecordFormat<T> {
  /** The current format number. Raise it with a migration whenever the shape changes. */
  format: number;
  empty: T;
  /** One function per older format, each turning a record of that format into the next. */
  migrations: Record<number, (old: any) => unknown>;
  isValid(value: unknown): value is T;
}

export function recordCodec<T>({ format, empty, migrations, isValid }: RecordFormat<T>): RecordCodec<T> {
  function parse(stored: string | null | undefined): LoadResult<T> {
    if (stored === null || stored === undefined || stored === '') return { status: 'empty', record: empty };
    const unreadable = (status: 'corrupt' | 'newer'): LoadResult<T> => ({ status, record: empty, unreadable: stored });
    let value: unknown;
    try {
      value = JSON.parse(stored);
    } catch {
      return unreadable('corrupt');
    }
    if (!isObject(value) || !Number.isInteger(value.format) || (value.format as number) < 1) return unreadable('corrupt');
    if ((value.format as number) > format) return unreadable('newer');

    let migrated = false;
    try {
      while ((value as { format: number }).format < format) {
        const migrate = migrations[(value as { format: number }).format];
        if (!migrate) return unreadable('corrupt');
        value = migrate(value);
        migrated = true;
      }
    } catch {
      return unreadable('corrupt');
    }
    if (!isValid(value)) return unreadable('corrupt');
    return { status: migrated ? 'migrated' : 'ok', record: value };
  }

  return { format, empty, isValid, parse, serialise: (record) => JSON.stringify(record) };
}
