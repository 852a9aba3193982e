import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '.';
import { readJson, REAL, realHints, realNames, withoutNotes } from './testing';

describe('importing the real published HTML reports', () => {
  for (const name of realNames()) {
    it(`reads ${name} as transcribed by hand`, async () => {
      const { report } = await importFile(join(REAL, name, 'source.html'), realHints(name));
      expect(report).toEqual(withoutNotes(readJson(join(REAL, name, 'expected.json'))));
    });
  }
});
