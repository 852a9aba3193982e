import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { codeFingerprint } from '../../src/site/fingerprint';
import { tempDir } from '../../src/test-support/temp-dir';
import { SEARCH_CODE } from './search-shard';

test('the search page’s own code is not part of the index’s cache key; the tokens are', async () => {
  const root = tempDir('nianbao-code-');
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  write('src/search/tokens.ts', 'a');
  write('src/search/client/main.ts', 'a');
  write('scripts/build/search-shard.ts', 'a');
  const before = await codeFingerprint(root, SEARCH_CODE);
  write('src/search/client/main.ts', 'b');
  expect(await codeFingerprint(root, SEARCH_CODE)).toBe(before);
  write('src/search/tokens.ts', 'b');
  expect(await codeFingerprint(root, SEARCH_CODE)).not.toBe(before);
});
