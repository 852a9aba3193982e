import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '.';
import { readJson, SEEDS, seedNames } from './testing';

describe('importing the seed reports from their original text', () => {
  for (const name of seedNames()) {
    it(`reads ${name} exactly as expected`, async () => {
      const { report } = await importFile(join(SEEDS, `${name}.txt`));
      expect(report).toEqual(readJson(join(SEEDS, 'expected', `${name}.json`)));
    });
  }
});
