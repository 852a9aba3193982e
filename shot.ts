import { launchBrowser } from './test/support/browser';
import { serveStatic } from './test/support/serve';
const [dir, base, ...paths] = process.argv.slice(2);
const server = await serveStatic(dir!, base);
const browser = await launchBrowser();
for (const p of paths) {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('console', (m) => console.log(p, width, m.type(), m.text()));
    page.on('pageerror', (e) => console.log(p, 'pageerror', e.message));
    await page.goto(server.url(p));
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shot-${p.replace(/\W+/g, '_')}-${width}.png`, fullPage: true });
    await page.close();
  }
}
await browser.close();
await server.close();
