import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

test('Astro started by the build stops when the build is gone, rather than writing on into its staging folder', { timeout: 30_000 }, async () => {
  const channel = resolve(import.meta.dirname, 'build-channel.ts');
  // Stands for Astro: it loads the channel, says so, then would run for a minute.
  const script = `await import(${JSON.stringify(channel)}); process.send({ kind: 'ready' }); setTimeout(() => process.exit(0), 60_000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, NIANBAO_BUILD_CHANNEL: '1' },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise((ready) => child.once('message', ready));
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  // As when the build's process dies: its end of the channel closes.
  child.disconnect();
  expect(await exited).toBe(1);
  expect(stderr).toContain('the build that started Astro has stopped');
});
