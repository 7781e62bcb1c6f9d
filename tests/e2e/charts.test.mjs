// Charts and snapshots in the release build: sharp on a 2× phone screen, redrawn only when their
// own data changes, printed, and snapshots that are taken, shown as changes and exported.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve, launch, importFile } from "./harness.mjs";

const NORTHWIND = readFileSync(new URL("../fixtures/northwind.json", import.meta.url));
const CHARTS = ["readiness", "spend", "team", "payback", "assessment", "progress"];

let server, browser;
before(async () => {
  server = await serve("/");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page at the given size with the northwind example imported. */
async function northwindPage(width, deviceScaleFactor = 1) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(server.url);
  await page.waitForSelector("[data-figure]");
  await importFile(page, "northwind.json", NORTHWIND);
  await page.waitForFunction(() => document.querySelector('[data-figure="readiness.overall"]')?.dataset.value === "30.25");
  await settled(page);
  return { page, context, errors };
}

/** Waits two frames, so that resize observers have reported and every redraw has run. */
const settled = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))));

/** Brings each chart on screen in turn, as a reader scrolling down would: a chart off screen
 * draws only when it comes near it. */
async function seeEachChart(page) {
  for (const chart of CHARTS) await scrollTo(page, `[data-chart="${chart}"] canvas`);
}

/** Scrolls to `selector` (the top of the page without one) and lets the page settle. */
async function scrollTo(page, selector) {
  if (selector) await page.$eval(selector, (el) => el.scrollIntoView({ block: "center" }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  await settled(page);
}

const draws = (page) =>
  page.$$eval("[data-chart] canvas", (cs) =>
    Object.fromEntries(cs.map((c) => [c.closest("[data-chart]").dataset.chart, Number(c.dataset.draws ?? 0)])),
  );

test("every chart is drawn sharp at 390 px on a 2× screen, inside the page", async () => {
  const { page, context, errors } = await northwindPage(390, 2);
  await seeEachChart(page);
  const sizes = await page.$$eval("[data-chart] canvas", (cs) =>
    cs.map((c) => ({
      chart: c.closest("[data-chart]").dataset.chart,
      width: c.width,
      height: c.height,
      css: c.getBoundingClientRect(),
      box: c.parentElement.getBoundingClientRect().width,
      label: c.getAttribute("aria-label"),
    })),
  );
  assert.deepEqual(sizes.map((s) => s.chart).sort(), [...CHARTS].sort());
  for (const s of sizes) {
    assert.ok(Math.abs(s.width - s.css.width * 2) <= 2, `${s.chart}: backing ${s.width} for ${s.css.width} CSS px`);
    assert.ok(Math.abs(s.height - s.css.height * 2) <= 2, `${s.chart}: backing height ${s.height} for ${s.css.height}`);
    assert.ok(Math.abs(s.css.width - s.box) <= 1, `${s.chart} fills its container`);
    assert.ok(s.css.left >= 0 && s.css.right <= 390, `${s.chart} stays on screen`);
    assert.ok(s.label.length > 40, `${s.chart} has a summary`);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(overflow <= 390, `the page is ${overflow} px wide`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("nothing a chart writes is cut at its right edge: 40 snapshots, a team of thousands, a late payback", async () => {
  const plan = JSON.parse(NORTHWIND);
  plan.snapshots = Array.from({ length: 40 }, (_, i) => ({ ...plan.snapshots[0], taken_at: new Date(Date.UTC(2025, 0, 1 + 3 * i, 12)).toISOString().replace(".000", ""), label: `Review ${i + 1}` }));
  for (const side of ["current", "plan"]) for (const d of Object.keys(plan.organization[side])) plan.organization[side][d] *= 150;
  plan.automation.opportunities[0].setup_cost = 350_000;
  for (const width of [320, 390]) {
    const { page, context, errors } = await northwindPage(width);
    await importFile(page, "big.json", JSON.stringify(plan));
    await page.waitForFunction(() => document.querySelector('[data-figure="organization.plan_total"]')?.dataset.value === "7050");
    await seeEachChart(page);
    // The last column of the canvas with ink in it (a colour far from the background's).
    const inked = await page.$$eval("[data-chart] canvas", (cs) =>
      cs.map((c) => {
        const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
        const far = (i) => Math.abs(d[i] - d[0]) + Math.abs(d[i + 1] - d[1]) + Math.abs(d[i + 2] - d[2]) > 60;
        for (let x = c.width - 1; x >= 0; x--) for (let y = 0; y < c.height; y++) if (far((y * c.width + x) * 4)) return [c.closest("[data-chart]").dataset.chart, c.width - 1 - x];
        return [c.closest("[data-chart]").dataset.chart, c.width];
      }),
    );
    assert.equal(inked.length, CHARTS.length);
    for (const [chart, clear] of inked) assert.ok(clear >= 2, `${chart} at ${width} px: ink ${clear} px from its right edge`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("typing redraws only the charts whose data changed", async () => {
  const { page, context, errors } = await northwindPage(1280);
  const cases = [
    ["organization.plan.engineering", "20", ["team"]],
    ["readiness.product.feature_completeness", "9", ["readiness", "progress"]],
    ["technical.roadmap.phase2.cost_month", "9500", ["spend"]],
    ["automation.hourly_cost", "70", ["payback"]],
    ["assessment.technical.data_architecture", "9", ["assessment", "progress"]],
    ["data.storage.data_lake", "Iceberg tables", []],
    ["meta.name", "Northwind 2028", []],
  ];
  await seeEachChart(page);
  for (const [field, value, redrawn] of cases) {
    const before = await draws(page);
    await page.fill(`[name="${field}"]`, value);
    await settled(page);
    await seeEachChart(page);
    const after = await draws(page);
    const changed = CHARTS.filter((c) => after[c] !== before[c]).sort();
    assert.deepEqual(changed, [...redrawn].sort(), `typing ${field}`);
    for (const c of changed) assert.equal(after[c], before[c] + 1, `${c} drew once for ${field}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("a chart far off screen is drawn first when it comes near the screen, then when its data changes", async () => {
  const { page, context, errors } = await northwindPage(390);
  await scrollTo(page);
  const canvas = '[data-chart="payback"] canvas';
  assert.equal(await page.getAttribute(canvas, "data-draws"), null, "the payback chart, far down the page, is not drawn while the top of the page shows");
  await scrollTo(page, canvas);
  assert.equal(await page.getAttribute(canvas, "data-draws"), "1", "drawn once on screen");
  const [width, css] = await page.$eval(canvas, (c) => [c.width, c.getBoundingClientRect().width]);
  assert.ok(Math.abs(width - css) <= 1, `drawn at its size on screen: ${width} for ${css} CSS px`);

  // Once drawn, it follows its data, on screen or not; coming back does not draw it again.
  await scrollTo(page);
  await page.$eval('[name="automation.hourly_cost"]', (input) => {
    input.value = "70";
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await settled(page);
  assert.equal(await page.getAttribute(canvas, "data-draws"), "2", "drawn with the new data");
  await scrollTo(page, canvas);
  assert.equal(await page.getAttribute(canvas, "data-draws"), "2", "not drawn again when nothing changed");
  assert.deepEqual(errors, []);
  await context.close();
});

test("printing draws every chart, also those that never came near the screen", async () => {
  const { page, context, errors } = await northwindPage(390);
  await scrollTo(page);
  const undrawn = await page.$$eval("[data-chart] canvas", (cs) => cs.filter((c) => !c.dataset.draws).length);
  assert.ok(undrawn >= 3, `${undrawn} charts not drawn yet at the top of the page`);
  await page.pdf({ format: "A4" }); // Chromium's print: "beforeprint", then the print layout
  const drawn = await page.$$eval("[data-chart] canvas", (cs) =>
    cs.map((c) => ({ chart: c.closest("[data-chart]").dataset.chart, draws: Number(c.dataset.draws ?? 0), width: c.width })),
  );
  for (const c of drawn) {
    assert.ok(c.draws >= 1, `${c.chart} drawn for printing`);
    assert.ok(c.width >= 2 * 300, `${c.chart} drawn at print resolution: ${c.width} px`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("snapshots: take one, see the change since, export it, delete it", async () => {
  const { page, context, errors } = await northwindPage(1280);
  assert.equal(await page.locator(".snapshot").count(), 1, "northwind comes with one snapshot");
  assert.equal(await page.getAttribute('[data-change="readiness.financial"]', "data-value"), "1.5");
  assert.match(await page.textContent('[data-change="readiness.financial"]'), /^\+1\.5/);

  await page.fill("#snapshot-label", "Q4 2026 review");
  await page.click("text=Take snapshot");
  await page.waitForFunction(() => document.querySelectorAll(".snapshot").length === 2);
  assert.equal(await page.textContent(".snapshot:last-child .snapshot-name"), "Q4 2026 review");
  assert.match(await page.textContent('[data-change="readiness.financial"]'), /^±0/);

  await page.fill('[name="readiness.team.culture_strength"]', "3");
  await page.waitForFunction(() => document.querySelector('[data-change="readiness.team"]')?.dataset.value === "-1.5");
  assert.match(await page.textContent('[data-change="readiness.team"]'), /^−1\.5/);

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Export JSON")]);
  const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.equal(exported.snapshots.length, 2);
  assert.equal(exported.snapshots[1].label, "Q4 2026 review");
  assert.equal(exported.snapshots[1].readiness.team.culture_strength, 9, "the snapshot kept the score as it was");

  await page.click('button[aria-label="Delete snapshot Q4 2026 review"]');
  await page.waitForFunction(() => document.querySelectorAll(".snapshot").length === 1);
  assert.equal(await page.getAttribute('[data-change="readiness.financial"]', "data-value"), "1.5", "back to the older snapshot");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a snapshot taken below a long list shows in it at once, on a phone and a laptop", async () => {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector("[data-figure]");
    const plan = JSON.parse(NORTHWIND);
    plan.snapshots = Array.from({ length: 40 }, (_, i) => ({ ...plan.snapshots[0], label: `Review ${i + 1}` }));
    await importFile(page, "many-snapshots.json", JSON.stringify(plan));
    await page.waitForFunction(() => document.querySelectorAll(".snapshot").length === 40);
    await page.locator("#snapshot-label").scrollIntoViewIfNeeded();
    await page.fill("#snapshot-label", "Today's review");
    await page.click("text=Take snapshot");
    await page.waitForFunction(() => document.querySelectorAll(".snapshot").length === 41);
    await settled(page);
    await settled(page);
    const shown = await page.evaluate(() => {
      const list = document.querySelector(".snapshot-list").getBoundingClientRect();
      const last = document.querySelector(".snapshot:last-child");
      const row = last.getBoundingClientRect();
      return { name: last.querySelector(".snapshot-name").textContent, inside: row.top >= list.top - 0.5 && row.bottom <= list.bottom + 0.5 };
    });
    assert.deepEqual(shown, { name: "Today's review", inside: true }, `at ${width} px`);
    await context.close();
  }
});

test("charts print, without their controls", async () => {
  const { page, context, errors } = await northwindPage(1280);
  await page.emulateMedia({ media: "print" });
  await settled(page);
  for (const chart of CHARTS) {
    const box = await page.locator(`[data-chart="${chart}"] canvas`).boundingBox();
    assert.ok(box && box.width > 200 && box.height > 100, `${chart} prints`);
    assert.equal(await page.locator(`[data-chart="${chart}"] details`).isVisible(), false);
  }
  assert.equal(await page.locator(".snapshot-form").isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a snapshot taken on the last evening of a quarter is named after that quarter, and listed at that time, where the user is", async () => {
  const context = await browser.newContext({ timezoneId: "America/Los_Angeles" });
  const page = await context.newPage();
  // 18:00 on 31 December 2026 in California, and already 2027 in UTC.
  await page.clock.install({ time: new Date("2027-01-01T02:00:00Z") });
  await page.goto(server.url);
  await page.waitForSelector("#snapshot-label");
  assert.equal(await page.getAttribute("#snapshot-label", "placeholder"), "Q4 2026");
  await page.click("text=Take snapshot");
  await page.waitForSelector(".snapshot");
  assert.equal(await page.textContent(".snapshot .snapshot-name"), "Q4 2026");
  assert.match(await page.getAttribute(".snapshot time", "datetime"), /^2027-01-01T02:00:/);
  assert.equal(await page.textContent(".snapshot time"), "2026-12-31 18:00");
  await context.close();
});
