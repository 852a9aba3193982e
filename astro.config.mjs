import { defineConfig } from 'astro/config';
import { deployment } from './src/config/deploy.mjs';

const { site, base } = deployment();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // External stylesheets only: a strict Content-Security-Policy forbids inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Scripts always as external files (Vite inlines small ones otherwise): CSP script-src 'self'.
  vite: { build: { assetsInlineLimit: 0 } },
});
