/** A partner's answers kept from a share link: a record of the storage module like any other. */
import { describe, expect, it } from 'vitest';
import { readImport } from '../../src/lib/storage/import-data';
import { receivedKey } from '../../src/lib/storage/keys';
import { SITE_REGISTRY } from '../../src/lib/storage/registry';
import { buildExport, classifyKey, describeKey, describeRecord } from '../../src/lib/storage/saved-data';
import { receivedCodec, type ReceivedRecord } from '../../src/lib/share/received-record';

const KEY = receivedKey('relationship-health-check');
const RECORD: ReceivedRecord = {
  format: 1,
  kept: [
    { id: 'kept-1', keptAt: '2026-03-04T10:00:00.000Z', payload: ['relationship-health-check', 1, 'abcdef', '42', '2026-03-03', 'Sam'] },
    { id: 'kept-2', keptAt: '2026-03-05T10:00:00.000Z', payload: ['relationship-health-check', 1, 'abcdef', '4-', '2026-03-05'] },
  ],
};

describe('kept partner answers', () => {
  it('are read back as saved, and anything not of their shape is refused, never lost', () => {
    expect(receivedCodec.parse(JSON.stringify(RECORD))).toEqual({ status: 'ok', record: RECORD });
    const damaged = JSON.stringify({ ...RECORD, kept: [{ ...RECORD.kept[0], payload: ['relationship-health-check', 1, 'abc', '42', '2026-03-03'] }] });
    expect(receivedCodec.parse(damaged)).toMatchObject({ status: 'corrupt', unreadable: damaged });
    const twins = JSON.stringify({ ...RECORD, kept: [RECORD.kept[0], RECORD.kept[0]] });
    expect(receivedCodec.parse(twins).status).toBe('corrupt');
    expect(receivedCodec.parse('{"format":2,"kept":[]}').status).toBe('newer');
  });

  it('are listed on "My saved data" with whose answers they are, exported and imported', () => {
    const found = classifyKey(KEY, SITE_REGISTRY);
    expect(found).toMatchObject({ type: 'record', kind: 'together', id: 'relationship-health-check' });
    const titles = { 'relationship-health-check': 'Your partner’s answers to the relationship health check' };
    expect(describeRecord('together', 'relationship-health-check', RECORD, titles)).toEqual({
      title: 'Your partner’s answers to the relationship health check',
      detail: '2 sets of answers kept; latest: A partner’s answers, taken 5 March 2026',
    });
    expect(describeKey(KEY, SITE_REGISTRY, titles)).toBe('the kept comparison "Your partner’s answers to the relationship health check"');
    const exported = buildExport({ [KEY]: JSON.stringify(RECORD) }, SITE_REGISTRY, new Date('2026-03-06T00:00:00Z'));
    expect(JSON.parse(exported).records).toEqual({ [KEY]: RECORD });
    expect(readImport(exported, SITE_REGISTRY)).toMatchObject({ ok: true, records: { [KEY]: RECORD } });
  });
});
