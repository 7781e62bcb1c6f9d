// Screenshots of the release build with the northwind example typed in, for looking at.
// `node bench/screens.mjs [out-dir]` writes full-page PNGs at 390 and 1280 px wide, each chart as
// seen when scrolled to, and the shell that index.html shows before the app's code has arrived.
import { mkdirSync } from "node:fs";
import { serve, launch, openApp } from "../tests/e2e/harness.mjs";
import { fillPlan } from "../tests/e2e/northwind.mjs";

const out = process.argv[2] ?? "target/screens";
mkdirSync(out, { recursive: true });
const server = await serve("/");
const browser = await launch();
try {
  for (const width of [390, 1280]) {
    // What shows before the app's code has arrived: index.html's shell (the wasm held back).
    const loading = await browser.newPage({ viewport: { width, height: 900 } });
    await loading.route(/\.wasm$/, () => {});
    await loading.goto(server.url);
    await loading.waitForSelector(".shell-outline");
    await loading.screenshot({ path: `${out}/shell-${width}.png` });
    await loading.close();
    const { page } = await openApp(browser, server.url);
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${out}/blank-${width}.png` });
    await fillPlan(page);
    // Each chart as a reader scrolling to it sees it (a chart far off screen is drawn only
    // when it comes near, so the full-page picture below may show some undrawn).
    for (const chart of await page.$$eval("main [data-chart]", (cs) => cs.map((c) => c.dataset.chart))) {
      const figure = page.locator(`main [data-chart="${chart}"]`);
      await figure.scrollIntoViewIfNeeded();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))));
      await figure.screenshot({ path: `${out}/chart-${chart}-${width}.png` });
    }
    await page.screenshot({ path: `${out}/northwind-${width}.png`, fullPage: true });
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: `${out}/print-${width}.png`, fullPage: true });
    await page.emulateMedia({ media: "screen" });
    await page.close();
  }
  console.log(`screenshots in ${out}/`);
} finally {
  await browser.close();
  await server.close();
}
