import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); browser downloads do not work here. */
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: EXECUTABLE, args: FLAGS });

export interface WatchedPage {
  page: Page;
  /** Console errors and warnings, and uncaught page errors, in order. */
  consoleProblems: string[];
  /** Requests to any origin other than the site's. */
  foreignRequests: string[];
}

/** A page that records console problems and any request leaving the site's origin. */
export async function watchedPage(browser: Browser | BrowserContext, origin: string): Promise<WatchedPage> {
  const page = await browser.newPage();
  const consoleProblems: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') consoleProblems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => consoleProblems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== origin && !['data:', 'blob:'].includes(url.protocol)) foreignRequests.push(req.url());
  });
  return { page, consoleProblems, foreignRequests };
}
