// Screenshots of the import preview, the comparison and the board brief at 390 and 1280 px:
// node bench/compare-screens.mjs [out-dir]
import { readFileSync, mkdirSync } from "node:fs";

const repo = new URL("..", import.meta.url).pathname;
const { serve, launch, importFile } = await import(`${repo}/tests/e2e/harness.mjs`);
const out = process.argv[2] ?? "target/screens-compare";
mkdirSync(out, { recursive: true });
const text = readFileSync(`${repo}/tests/fixtures/northwind.json`, "utf8");
const next = JSON.parse(text);
next.readiness.product.feature_completeness = 10;
next.talent.positions[0].salary_max = 230000;
next.meta.company = "Northwind Analytics Ltd";

const server = await serve("/scaling-planner/");
const browser = await launch();
try {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector("[data-figure]");
    await importFile(page, "northwind.json", text);
    await page.waitForFunction(() => document.querySelector('[name="meta.name"]').value === "Northwind 2027 scaling plan");

    await page.setInputFiles("#import-file", { name: "next-quarter.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(next)) });
    await page.locator(".preview").waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${out}/preview-${width}.png` });

    await page.click(".preview [data-action='compare']");
    await page.locator(".compare-counts").waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/compare-${width}.png` });
    await page.evaluate(() => document.querySelector(".compare-charts").scrollIntoView());
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/compare-charts-${width}.png` });
    await page.evaluate(() => document.querySelector(".changed-section").scrollIntoView());
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${out}/compare-fields-${width}.png` });
    await page.click(".compare [data-action='close']");

    await page.click("text=Print brief");
    await page.locator(".brief").waitFor();
    const options = await page.$$eval('[name="brief.since"] option', (os) => os.map((o) => o.value));
    await page.selectOption('[name="brief.since"]', options.at(-1));
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/brief-${width}.png` });
    if (width === 1280) {
      await page.emulateMedia({ media: "print" });
      await page.setViewportSize({ width: 718, height: 1016 });
      await page.screenshot({ path: `${out}/brief-print.png`, fullPage: true });
      await page.pdf({ path: `${out}/brief.pdf`, format: "A4" });
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
