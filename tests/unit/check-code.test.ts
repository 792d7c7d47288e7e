import { describe, expect, it } from 'vitest';
import { checkCode, normaliseCode, type RecordDetails } from '../../src/lib/tracks/check-code';

const details: RecordDetails = { trackId: 'mentor-training', version: 1, name: 'Dr Ana Reyes', days: ['2026-05-01', '2026-05-02', '2026-05-09'] };

describe('the check code on a record of completion', () => {
  it('is eight characters of base 32, grouped in fours', async () => {
    expect(await checkCode(details)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('is the same for the same details, whatever the spacing or case of the name', async () => {
    expect(await checkCode({ ...details, name: '  dr ana   REYES ' })).toBe(await checkCode(details));
  });

  it('changes when any printed detail is altered: a date, the name, the track or its version', async () => {
    const code = await checkCode(details);
    const altered: RecordDetails[] = [
      { ...details, days: ['2026-05-01', '2026-05-02', '2026-05-08'] },
      { ...details, name: 'Dr Ana Reye' },
      { ...details, trackId: 'new-mentor' },
      { ...details, version: 2 },
    ];
    for (const changed of altered) expect(await checkCode(changed), JSON.stringify(changed)).not.toBe(code);
  });

  it('covers the reflections printed, whatever their spacing or line breaks, and is unchanged by a record without any', async () => {
    const code = await checkCode(details);
    expect(await checkCode({ ...details, reflections: [undefined, '', '  '] })).toBe(code);
    const reflected = await checkCode({ ...details, reflections: [undefined, 'Say what I expect.'] });
    expect(reflected).not.toBe(code);
    expect(await checkCode({ ...details, reflections: [undefined, ' Say what\n I  expect. '] })).toBe(reflected);
    expect(await checkCode({ ...details, reflections: [undefined, 'Say what I expected.'] })).not.toBe(reflected);
    expect(await checkCode({ ...details, reflections: ['Say what I expect.'] }), 'the same text on another step').not.toBe(reflected);
  });

  it('reads a typed code forgivingly: case, spaces, and O or I for 0 or 1', () => {
    expect(normaliseCode(' ab0c efg1 ')).toBe('AB0C-EFG1');
    expect(normaliseCode('abOc-efgI')).toBe('AB0C-EFG1');
    expect(normaliseCode('abc')).toBe('ABC');
  });
});
