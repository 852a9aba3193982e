import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CSP_HEADER, CSP_META } from './csp';

describe('the Content-Security-Policy', () => {
  test('allows only the site itself, and WebAssembly but no inline code or eval for scripts', () => {
    expect(CSP_META).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/);
    expect(CSP_META).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:|data:/);
  });

  test('leaves frame-ancestors, which browsers ignore in a meta tag, to the header', () => {
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'self'`);
  });

  test('is documented in the README’s nginx example word for word', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    expect(readme).toContain(`add_header Content-Security-Policy "${CSP_HEADER}" always;`);
  });
});
