import { defineConfig } from 'astro/config';
import { cacheDir, deployment } from './src/config/deploy.mjs';
import { outputCopiesLinked } from './src/site/output-copies';

const { site, base } = deployment();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  cacheDir: cacheDir(),
  // External stylesheets only: a strict Content-Security-Policy forbids inline styles.
  // Several pages at once: rendering one page overlaps writing the last (a third of the time was spent waiting on the disk).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // External scripts only, however small: Astro would inline short ones, which the CSP blocks.
  // Astro empties its output folder first, except when `npm run build` has put the last build's pages there to be kept (scripts/build/kept-pages.ts).
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: process.env.NIANBAO_KEPT_PAGES ? false : undefined } },
  devToolbar: { enabled: false },
  integrations: [outputCopiesLinked()],
  // Report pages give a cacheKey: a rebuild re-renders only the pages whose report changed.
  experimental: { incrementalBuild: true },
});
