// Viewport screenshots of chosen parts of the page, for looking at: the release build with the
// northwind example typed in, scrolled to each section given (default: top, readiness,
// technical, assessment), at 390 and 1280 px wide.
//   node bench/views.mjs [out-dir] [section ...]
import { mkdirSync } from "node:fs";
import { serve, launch, openApp } from "../tests/e2e/harness.mjs";
import { fillPlan } from "../tests/e2e/northwind.mjs";

const [out = "target/views", ...asked] = process.argv.slice(2);
const sections = asked.length ? asked : ["top", "readiness", "technical", "assessment"];
mkdirSync(out, { recursive: true });
const server = await serve("/");
const browser = await launch();
try {
  for (const width of [390, 1280]) {
    const { page } = await openApp(browser, server.url);
    await page.setViewportSize({ width, height: 900 });
    await fillPlan(page);
    for (const id of sections) {
      if (id === "top") await page.evaluate(() => window.scrollTo(0, 0));
      else await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), id);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/${id}-${width}.png` });
    }
    await page.close();
  }
  console.log(`screenshots in ${out}/`);
} finally {
  await browser.close();
  await server.close();
}
