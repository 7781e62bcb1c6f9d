// Screenshots of the release build with the northwind example typed in, for looking at.
// `node bench/screens.mjs [out-dir]` writes full-page PNGs at 390 and 1280 px wide.
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
    await page.screenshot({ path: `${out}/blank-${width}.png` });
    await fillPlan(page);
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
