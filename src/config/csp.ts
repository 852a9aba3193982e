/**
 * The Content-Security-Policy of every page: nothing but the site's own files. Scripts may compile
 * WebAssembly ('wasm-unsafe-eval': the search index) but never run inline code or eval.
 */
const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** For `<meta http-equiv="Content-Security-Policy">`, which every page carries. */
export const CSP_META = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** For the web server's header (README): browsers ignore frame-ancestors in a meta tag and log an error for it. */
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'self'`;
