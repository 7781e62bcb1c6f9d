// Each chart of the northwind example as a reader scrolling to it sees it, at 390 and 1280 px:
// `node bench/chart-screens.mjs [out-dir]` (charts far off screen are drawn when they come near).
import { mkdirSync } from "node:fs";
import { serve, launch, openApp } from "../tests/e2e/harness.mjs";
import { fillPlan } from "../tests/e2e/northwind.mjs";

const out = process.argv[2] ?? "target/screens";
mkdirSync(out, { recursive: true });
const server = await serve("/");
const browser = await launch();
try {
  for (const width of [390, 1280]) {
    const { page } = await openApp(browser, server.url);
    await page.setViewportSize({ width, height: 900 });
    await fillPlan(page);
    await page.evaluate(() => scrollTo(0, 0));
    for (const chart of await page.$$eval("[data-chart]", (cs) => cs.map((c) => c.dataset.chart))) {
      const figure = page.locator(`main [data-chart="${chart}"]`).first();
      await figure.scrollIntoViewIfNeeded();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))));
      await figure.screenshot({ path: `${out}/chart-${chart}-${width}.png` });
    }
    await page.close();
  }
  console.log(`screenshots in ${out}/`);
} finally {
  await browser.close();
  await server.close();
}
