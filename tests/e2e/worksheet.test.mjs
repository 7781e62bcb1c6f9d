import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve, launch, openApp, figure, importFile } from "./harness.mjs";
import { northwind, fillPlan, expected, expectedFigures } from "./northwind.mjs";

let server, browser;
before(async () => {
  server = await serve("/");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page with the whole northwind example typed in. */
async function northwindPage() {
  const app = await openApp(browser, server.url);
  await fillPlan(app.page);
  return app;
}

/** The distinct codes of every [data-warning] on the page, sorted. */
const warnings = (page) =>
  page.$$eval("[data-warning]", (els) => [...new Set(els.map((e) => e.dataset.warning))].sort());

test("typing the whole northwind example gives every expected figure", async () => {
  const { page, errors } = await northwindPage();

  assert.deepEqual(await expectedFigures(page), expected.figures);
  const onPage = await page.$$eval("[data-figure]", (els) => els.map((e) => [e.dataset.figure, e.dataset.value ?? null]));

  assert.deepEqual(await warnings(page), [...expected.warnings].sort());

  const repeated = [...new Set(onPage.map(([n]) => n))].filter((n) => onPage.filter(([m]) => m === n).length > 1);
  assert.deepEqual(repeated, [], "each data-figure name appears exactly once");

  const unlabelled = await page.$$eval("input[name], textarea[name], select[name]", (els) =>
    els
      .filter((e) => {
        const label = e.id && document.querySelector(`label[for="${CSS.escape(e.id)}"]`);
        return !label || !label.textContent.trim() || label.getClientRects().length === 0;
      })
      .map((e) => e.name),
  );
  assert.deepEqual(unlabelled, [], "every named field has a visible <label for=its id>");

  assert.deepEqual(errors.map(String), []);
  await page.close();
});

test("warnings appear beside their fields", async () => {
  const { page, errors } = await northwindPage();
  assert.deepEqual(await warnings(page), []);

  // [field, bad value, good value, code, fields the warning may sit beside]
  const cases = [
    ["talent.channels.social_media", "10", "15", "channels-not-100", ["talent.channels.social_media"]],
    ["talent.positions.1.salary_min", "200000", "120000", "salary-range-inverted:1", ["talent.positions.1.salary_min"]],
    ["automation.opportunities.2.saved_hours_week", "6", "4", "saved-exceeds-current:2", ["automation.opportunities.2.saved_hours_week"]],
    ["organization.plan.sales", "9", "8", "team-target-mismatch", ["organization.plan.sales", "roadmap.metrics.team_size_to"]],
  ];

  for (const [field, bad, , code, beside] of cases) {
    await page.fill(`[name="${field}"]`, bad);
    await page.waitForSelector(`[data-warning="${code}"]`, { state: "attached", timeout: 10000 });
    // "Beside" = some element with this code is in the same <section> as one of the fields it concerns.
    const near = await page.evaluate(
      ({ code, beside }) => {
        const sections = beside.map((n) => document.querySelector(`[name="${n}"]`)?.closest("section"));
        return [...document.querySelectorAll(`[data-warning="${code}"]`)].some((w) => {
          const s = w.closest("section");
          return s !== null && sections.includes(s);
        });
      },
      { code, beside },
    );
    assert.ok(near, `${code} is shown in the same section as ${beside.join(" or ")}`);
  }
  assert.deepEqual(await warnings(page), cases.map((c) => c[3]).sort());

  for (const [field, , good, code] of cases) {
    await page.fill(`[name="${field}"]`, good);
    await page.waitForSelector(`[data-warning="${code}"]`, { state: "detached", timeout: 10000 });
  }
  assert.deepEqual(await warnings(page), []);
  assert.deepEqual(errors.map(String), []);
  await page.close();
});

test("the error summary names where each field stands, when fields share a label", async () => {
  const { page, errors } = await openApp(browser, server.url);
  for (const name of ["technical.roadmap.phase2.cost_month", "technical.roadmap.phase1.cost_month", "technical.bottlenecks.1.cost_month", "readiness.product.feature_completeness", "organization.plan.sales", "organization.current.engineering", "organization.leadership.cto.compensation", "organization.leadership.cto.hire_month"]) {
    await page.fill(`[name="${name}"]`, "abc");
  }
  const items = (await page.locator(".error-summary li").allInnerTexts()).map((item) => item.replace(/: Enter .*/, ""));
  assert.deepEqual(items, [
    "Product Maturity · Feature completeness",
    "Bottleneck 2 · Cost",
    "Phase 1: Immediate Scaling (0–3 months) · Cost impact",
    "Phase 2: Growth Infrastructure (3–9 months) · Cost impact",
    "Engineering · Now",
    "Sales · In 12 months",
    "CTO/VP Engineering · Hire timeline: month",
    "CTO/VP Engineering: compensation",
  ]);
  assert.equal(await page.locator(".error-summary li").first().innerText(), "Product Maturity · Feature completeness: Enter a whole number from 0 to 10.");
  assert.deepEqual(errors, []);
  await page.close();
});

test("typed key by key, a refused entry leaves the value from before it, not one its first keys made", async () => {
  const { page, errors } = await openApp(browser, server.url);
  const score = '[name="readiness.product.feature_completeness"]';
  const cost = '[name="technical.roadmap.phase1.cost_month"]';
  const users = '[name="technical.capacity.concurrent_users"]';
  await page.fill(score, "8");
  await page.fill(cost, "2000");
  await page.fill(users, "500");
  const typeOver = async (sel, text) => {
    await page.click(sel);
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(text);
  };
  // "1" is taken on the way to "11", which is refused: the score goes back to 8.
  await typeOver(score, "11");
  assert.equal(await page.getAttribute(score, "aria-invalid"), "true");
  assert.equal(await figure(page, "readiness.product"), "2", "8 of 40");
  // "1.5" on the way to "1.500", which is unclear: the cost goes back to 2000, also after a
  // first try rubbed out with Backspace.
  await typeOver(cost, "1.5");
  for (let i = 0; i < 3; i++) await page.keyboard.press("Backspace");
  await page.keyboard.type("1.500");
  assert.match(await page.locator(".error-summary").innerText(), /1\.500” is unclear/);
  assert.equal(await figure(page, "technical.run_rate_month"), "2000");
  // Typing on from a stored value to a refused one keeps the stored value.
  await page.click(users);
  await page.keyboard.press("End");
  await page.keyboard.type("0.5");
  assert.equal(await page.getAttribute(users, "aria-invalid"), "true");
  assert.equal(await figure(page, "technical.projected_concurrent_users"), "", "no multiplier yet");
  // A dot before three zeros in a count is asked about, not read as 4.
  await page.fill(users, "4.000");
  assert.match(await page.locator(".error-summary").innerText(), /“4\.000” is unclear: type 4000 \(or 4,000\) for the thousands, or just 4\./);
  // Mending a refused entry takes the mended value.
  await page.click(score);
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  assert.equal(await figure(page, "readiness.product"), "0.25", "1 of 40");
  await page.keyboard.press("Tab");
  await page.locator(".save-state .saved", { hasText: /^Saved/ }).waitFor();
  await page.waitForTimeout(500);
  await page.reload();
  await page.waitForSelector("[data-figure]");
  assert.equal(await page.inputValue(score), "1");
  assert.equal(await page.inputValue(cost), "2,000");
  assert.equal(await page.inputValue(users), "500");
  assert.deepEqual(errors, []);
  await page.close();
});

test("invalid typing shows an inline error and keeps the last valid value", async () => {
  const { page, errors } = await northwindPage();

  // [field, valid value, its figure, invalid value, value restoring northwind, northwind figure]
  const cases = [
    ["technical.capacity.concurrent_users", "5000", ["technical.projected_concurrent_users", "50000"], "abc", "4000", "40000"],
    ["readiness.product.feature_completeness", "9", ["readiness.product", "6.5"], "11", "8", "6.25"],
    ["technical.roadmap.phase1.cost_month", "4000", ["technical.run_rate_month", "28000"], "-5", "3500", "27500"],
  ];

  for (const [field, valid, [name, value], invalid, restore, restored] of cases) {
    const sel = `[name="${field}"]`;
    await page.fill(sel, valid);
    assert.equal(await figure(page, name), value, `${name} after ${field} = ${valid}`);
    assert.notEqual(await page.getAttribute(sel, "aria-invalid"), "true");
    // Left with it: the value a refused entry typed later goes back to.
    await page.$eval(sel, (e) => e.blur());

    await page.fill(sel, invalid);
    assert.equal(await figure(page, name), value, `${name} keeps its value after ${field} = ${invalid}`);
    assert.equal(await page.getAttribute(sel, "aria-invalid"), "true", `${field} is aria-invalid after ${invalid}`);
    const message = await errorMessage(page, sel);
    assert.ok(message.text, `${field} shows an error message after ${invalid}`);
    assert.ok(message.visible, `${field}'s error message is visible`);
    assert.ok(message.distance < 150, `${field}'s error message is near the field (${message.distance}px away)`);

    await page.fill(sel, restore);
    assert.equal(await figure(page, name), restored, `${name} after ${field} = ${restore}`);
    assert.notEqual(await page.getAttribute(sel, "aria-invalid"), "true");
    assert.equal((await errorMessage(page, sel)).text, "", `${field}'s error message clears`);
  }

  // An amount with another currency's sign, in a plan in euros.
  await page.fill('[name="meta.currency"]', "EUR");
  const cost = '[name="technical.roadmap.phase1.cost_month"]';
  await page.fill(cost, "$4,000");
  assert.equal(await figure(page, "technical.run_rate_month"), "27500");
  assert.match((await errorMessage(page, cost)).text, /This plan is in EUR: “\$” is another currency's sign/);
  await page.fill(cost, "4,000 €");
  assert.equal(await figure(page, "technical.run_rate_month"), "28000");
  // With the plan's own code, before or after.
  await page.fill(cost, "EUR 4,500");
  assert.equal(await figure(page, "technical.run_rate_month"), "28500");
  await page.fill(cost, "5000 eur");
  assert.equal(await figure(page, "technical.run_rate_month"), "29000");
  await page.locator(cost).blur();
  assert.equal(await page.inputValue(cost), "5,000");
  assert.deepEqual(errors.map(String), []);
  await page.close();
});

test("every list's rows can be removed, by mouse or keyboard, the text lists' too", async () => {
  const { page, errors } = await openApp(browser, server.url);
  const lists = ["readiness.critical_gaps", "organization.core_values", "talent.hiring_process", "assessment.strengths", "assessment.critical_gaps"];
  const count = (list) => page.locator(`[name^="${list}."]`).count();
  for (const [i, list] of lists.entries()) {
    await page.fill(`[name="${list}.1"]`, `Second of ${list}`);
    const before = await count(list);
    const remove = page.locator(".row", { has: page.locator(`[name="${list}.0"]`) }).locator("button.row-remove");
    assert.ok(await remove.isVisible(), `${list}: its first row's Remove is shown`);
    assert.match(await remove.getAttribute("aria-label"), /^Remove .+ 1$/);
    if (i % 2) await remove.click();
    else {
      await remove.focus();
      await page.keyboard.press("Enter");
    }
    await page.waitForFunction(([list, n]) => document.querySelectorAll(`[name^="${list}."]`).length === n, [list, before - 1]);
    assert.equal(await page.inputValue(`[name="${list}.0"]`), `Second of ${list}`, `${list}: the second row moved up`);
  }
  assert.deepEqual(errors.map(String), []);
  await page.close();
});

test("a refused entry stays with its row when rows are added, removed or brought back", async () => {
  const { page, errors } = await openApp(browser, server.url);
  const cost = (i) => `[name="technical.bottlenecks.${i}.cost_month"]`;
  const summary = () => page.locator(".error-summary li").allInnerTexts();
  const row = async (i) => [await page.inputValue(`[name="technical.bottlenecks.${i}.name"]`), await page.inputValue(cost(i)), await page.getAttribute(cost(i), "aria-invalid")];
  await page.fill('[name="technical.bottlenecks.0.name"]', "Database");
  await page.fill('[name="technical.bottlenecks.1.name"]', "Queue");
  await page.fill(cost(1), "12 thousand");
  await page.fill('[name="technical.bottlenecks.2.name"]', "Cache");
  await page.fill(cost(2), "900");
  assert.deepEqual(await row(1), ["Queue", "12 thousand", "true"]);
  assert.deepEqual(await summary(), ["Bottleneck 2 · Cost: Enter an amount of 0 or more."]);

  await page.getByRole("button", { name: "+ Add bottleneck", exact: true }).click();
  await page.waitForSelector(cost(3));
  assert.deepEqual(await row(1), ["Queue", "12 thousand", "true"], "adding a row keeps a refused entry");
  assert.equal((await summary()).length, 1);

  await page.getByRole("button", { name: "Remove bottleneck 1", exact: true }).click();
  await page.waitForSelector(cost(3), { state: "detached" });
  assert.deepEqual(await row(0), ["Queue", "12 thousand", "true"], "the refused entry moved up with its row");
  assert.deepEqual(await row(1), ["Cache", "900", "false"]);
  assert.deepEqual(await summary(), ["Bottleneck 1 · Cost: Enter an amount of 0 or more."]);

  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await page.waitForSelector(cost(3));
  assert.deepEqual(await row(0), ["Database", "", "false"]);
  assert.deepEqual(await row(1), ["Queue", "12 thousand", "true"], "Undo puts the rows back as they were");

  await page.getByRole("button", { name: "Remove bottleneck 2", exact: true }).click();
  await page.waitForSelector(cost(3), { state: "detached" });
  assert.deepEqual(await row(1), ["Cache", "900", "false"]);
  assert.deepEqual(await summary(), [], "the removed row's error goes with it");
  assert.equal(await page.$$eval("input", (els) => els.filter((e) => e.value === "12 thousand").length), 0);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await page.waitForSelector(cost(3));
  assert.deepEqual(await row(1), ["Queue", "12 thousand", "true"], "and comes back with it");
  assert.equal((await summary()).length, 1);

  // Another plan opened does not take it, even where its rows are built again.
  await page.click("text=New plan");
  await page.waitForFunction(() => document.querySelector('[name="technical.bottlenecks.0.name"]')?.value === "");
  await page.getByRole("button", { name: "+ Add bottleneck", exact: true }).click();
  await page.waitForSelector(cost(3));
  assert.deepEqual(await row(1), ["", "", "false"]);
  assert.deepEqual(await summary(), []);
  assert.deepEqual(errors.map(String), []);
  await page.close();
});

test("a double-click on a row's Remove removes that row only, not the one that moves up under it", async () => {
  const { page, errors } = await openApp(browser, server.url);
  const names = () => page.$$eval('[name^="technical.bottlenecks."][name$=".name"]', (els) => els.map((e) => e.value));
  for (const i of [0, 1, 2]) await page.fill(`[name="technical.bottlenecks.${i}.name"]`, `B${i}`);
  await page.getByRole("button", { name: "+ Add bottleneck", exact: true }).click();
  await page.fill('[name="technical.bottlenecks.3.name"]', "B3");
  await page.getByRole("button", { name: "Remove bottleneck 2", exact: true }).dblclick();
  await page.waitForFunction(() => document.querySelectorAll('[name^="technical.bottlenecks."][name$=".name"]').length < 4);
  await page.waitForTimeout(300);
  assert.deepEqual(await names(), ["B0", "B2", "B3"]);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await page.waitForSelector('[name="technical.bottlenecks.3.name"]');
  assert.deepEqual(await names(), ["B0", "B1", "B2", "B3"]);
  assert.deepEqual(errors.map(String), []);
  await page.close();
});

test("each removed row can be undone, the latest first, until a row is added", async () => {
  const { page, errors } = await openApp(browser, server.url);
  const names = () => page.$$eval('[name^="technical.bottlenecks."][name$=".name"]', (els) => els.map((e) => e.value));
  const undo = page.getByRole("button", { name: "Undo", exact: true });
  const said = () => page.locator(".undo").innerText();
  for (const i of [0, 1, 2]) await page.fill(`[name="technical.bottlenecks.${i}.name"]`, `B${i}`);
  await page.getByRole("button", { name: "Remove bottleneck 2", exact: true }).click();
  await page.getByRole("button", { name: "Remove bottleneck 2", exact: true }).click();
  await page.waitForFunction(() => document.querySelectorAll('[name^="technical.bottlenecks."][name$=".name"]').length === 1);
  assert.match(await said(), /^Removed bottleneck 2\. Undo$/);
  await undo.click();
  await page.waitForSelector('[name="technical.bottlenecks.1.name"]');
  assert.deepEqual(await names(), ["B0", "B2"]);
  assert.match(await said(), /^Removed bottleneck 2\. Undo$/, "the earlier removal can be undone next");
  await undo.click();
  await page.waitForSelector('[name="technical.bottlenecks.2.name"]');
  assert.deepEqual(await names(), ["B0", "B1", "B2"]);
  assert.equal(await undo.count(), 0);

  await page.getByRole("button", { name: "Remove bottleneck 1", exact: true }).click();
  await page.getByRole("button", { name: "+ Add bottleneck", exact: true }).click();
  await page.waitForSelector('[name="technical.bottlenecks.2.name"]');
  assert.equal(await undo.count(), 0, "adding a row ends the Undos");
  assert.deepEqual(errors.map(String), []);
  await page.close();
});

test("Undo of a removed row and Clear of a score keep the keyboard's place", async () => {
  const { page, errors } = await openApp(browser, server.url);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute("name") ?? document.activeElement?.tagName);
  await page.fill('[name="technical.bottlenecks.1.name"]', "Second");
  await page.getByRole("button", { name: "Remove bottleneck 2", exact: true }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id === "undo-technical.bottlenecks");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.getAttribute("name")?.startsWith("technical.bottlenecks.1."));
  assert.equal(await page.inputValue('[name="technical.bottlenecks.1.name"]'), "Second");
  const score = "readiness.product.feature_completeness";
  await page.fill(`[name="${score}"]`, "5");
  await page.getByRole("button", { name: "Clear Feature completeness", exact: true }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction((score) => document.activeElement?.getAttribute("name") === score, score);
  assert.equal(await focused(), score);
  assert.equal(await page.inputValue(`[name="${score}"]`), "");
  assert.deepEqual(errors.map(String), []);
  await page.close();
});

/** The field's error message, found through aria-describedby: its text, visibility and distance from the field. */
function errorMessage(page, sel) {
  return page.$eval(sel, (input) => {
    const ids = (input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
    const els = ids.map((id) => document.getElementById(id)).filter(Boolean);
    const text = els.map((e) => e.textContent.trim()).join(" ").trim();
    const shown = els.filter((e) => e.textContent.trim() && e.getClientRects().length > 0);
    const a = input.getBoundingClientRect();
    const distance = Math.min(
      Infinity,
      ...shown.map((e) => {
        const b = e.getBoundingClientRect();
        return Math.max(0, b.top - a.bottom, a.top - b.bottom);
      }),
    );
    return { text, visible: shown.length > 0, distance };
  });
}

/** A phone's page with the whole worksheet built; a page error fails the test that checks `errors`. */
async function phonePage(width = 390) {
  const context = await browser.newContext({ viewport: { width, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(server.url);
  await page.waitForSelector("#snapshots");
  return { context, page, errors };
}

test("on a phone, a warning followed from the summary panel closes the panel and shows its field", async () => {
  const { context, page, errors } = await phonePage();
  const saved = '[name="automation.opportunities.0.saved_hours_week"]';
  await page.fill('[name="automation.opportunities.0.current_hours_week"]', "5");
  await page.fill(saved, "10");
  await page.evaluate(() => scrollTo({ top: 0, behavior: "instant" }));
  await page.locator(".summary-toggle").tap();
  const link = page.locator(".warning-list a", { hasText: "saves more hours" });
  await link.tap();
  assert.equal(await page.getAttribute(".summary-toggle", "aria-expanded"), "false");
  // In view, with its label, once the rows and sections near it have laid themselves out.
  const inView = (sel) => {
    const label = document.querySelector(sel).closest(".field").querySelector("label").getBoundingClientRect();
    const bar = document.querySelector(".summary").getBoundingClientRect();
    const strip = document.querySelector(".toc").getBoundingClientRect();
    return label.top >= strip.bottom && document.querySelector(sel).getBoundingClientRect().bottom <= bar.top;
  };
  await page.waitForFunction(inView, saved);
  await page.waitForTimeout(1500);
  assert.ok(await page.evaluate(inView, saved), "still in view");
  assert.equal(await page.evaluate(() => document.activeElement.name), "automation.opportunities.0.saved_hours_week");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a tap at the 0 end of a blank score's slider answers 0; elsewhere, that score", async () => {
  const { context, page, errors } = await phonePage();
  const field = (name) => page.locator(`.field.score:has([name="${name}"])`);
  const fc = "readiness.product.feature_completeness";
  const slider = field(fc).locator(".score-slider");
  const box = await slider.boundingBox();
  await slider.tap({ position: { x: 3, y: box.height / 2 } });
  assert.equal(await page.inputValue(`[name="${fc}"]`), "0");
  assert.equal(await figure(page, "readiness.product"), "0");
  const ts = "readiness.product.technical_stability";
  const other = field(ts).locator(".score-slider");
  const at = await other.boundingBox();
  await other.tap({ position: { x: at.width - 3, y: at.height / 2 } });
  assert.equal(await page.inputValue(`[name="${ts}"]`), "10");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a refused entry's summary appearing above the field does not move the field being typed in", async () => {
  const { context, page, errors } = await phonePage();
  const score = '[name="readiness.product.feature_completeness"]';
  const late = '[name="readiness.financial.unit_economics"]';
  // With the bars above the worksheet at the top of the screen, then deep in the page.
  for (const [field, y] of [[score, 512], [score, 380], [late, 1550]]) {
    await page.evaluate((y) => scrollTo({ top: y, behavior: "instant" }), y);
    await page.locator(field).focus();
    const top = () => page.$eval(field, (e) => Math.round(e.getBoundingClientRect().top));
    const before = await top();
    await page.keyboard.type("12");
    await page.locator(".error-summary").waitFor();
    await page.waitForTimeout(150);
    assert.ok(Math.abs((await top()) - before) <= 3, `${field} at ${y}: ${before} → ${await top()} px as the summary came`);
    await page.keyboard.press("Backspace");
    await page.locator(".error-summary").waitFor({ state: "detached" });
    await page.waitForTimeout(150);
    assert.ok(Math.abs((await top()) - before) <= 3, `${field} at ${y}: ${before} → ${await top()} px as it went`);
    await page.keyboard.press("Backspace");
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a phone, what Tab moves to is never under the summary bar, and a removed row's Undo comes into view", async () => {
  const { context, page, errors } = await phonePage();
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.locator('[name="readiness.financial.unit_economics"]').focus();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    await page.waitForTimeout(100);
    const [focused, bar] = await page.evaluate(() => [document.activeElement, document.querySelector(".summary")].map((e) => e.getBoundingClientRect().toJSON()));
    assert.ok(focused.bottom <= bar.top, `Tab ${i + 1}: the focused element (${focused.top}–${focused.bottom}) is under the bar (from ${bar.top})`);
  }
  await page.getByRole("button", { name: "Remove position 1" }).tap();
  const undo = page.getByRole("button", { name: "Undo" });
  await page.waitForFunction(() => document.activeElement?.id === "undo-talent.positions");
  await page.waitForTimeout(300);
  const box = await undo.boundingBox();
  const bar = await page.locator(".summary").boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= bar.y, `Undo at ${box.y}, the bar at ${bar.y}`);
  await undo.tap();
  assert.equal(await page.locator('[name^="talent.positions.2."]').count() > 0, true, "the row is back");
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a phone, a snapshot's Delete and its focus ring are drawn whole inside the scrolled list", async () => {
  for (const width of [320, 390]) {
    const { context, page, errors } = await phonePage(width);
    await importFile(page, "northwind.v2.json", readFileSync(new URL("../fixtures/northwind.v2.json", import.meta.url), "utf8"));
    const remove = page.locator(".snapshot .row-remove").first();
    await remove.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    // The list scrolls, and each row is drawn only when near (content-visibility): both clip.
    const at = await remove.evaluate((button) => {
      const box = button.getBoundingClientRect();
      return [".snapshot-list", ".snapshot"].map((holder) => {
        const edge = button.closest(holder).getBoundingClientRect();
        return { holder, edge: [edge.left, edge.top, edge.right, edge.bottom], button: [box.left, box.top, box.right, box.bottom] };
      });
    });
    // The ring: 3 px wide, 2 px from the button.
    for (const { edge, button } of at) {
      const room = [button[0] - edge[0], button[1] - edge[1], edge[2] - button[2], edge[3] - button[3]];
      assert.ok(room.every((r) => r >= 5), `${width} px: ${JSON.stringify(at)}`);
    }
    assert.deepEqual(errors.map(String), []);
    await context.close();
  }
});

test("adding and removing a bottleneck row updates the totals", async () => {
  const { page, errors } = await northwindPage();
  const cost = "technical.bottleneck_cost_month";
  const longest = "technical.longest_timeline_weeks";
  assert.equal(await figure(page, cost), "3950");
  assert.equal(await figure(page, longest), "6");

  await page.getByRole("button", { name: "+ Add bottleneck", exact: true }).click();
  await page.waitForSelector('[name="technical.bottlenecks.3.cost_month"]', { timeout: 10000 });
  await page.fill('[name="technical.bottlenecks.3.name"]', "Search index");
  await page.fill('[name="technical.bottlenecks.3.cost_month"]', "1000");
  await page.fill('[name="technical.bottlenecks.3.timeline_weeks"]', "10");
  assert.equal(await figure(page, cost), "4950");
  assert.equal(await figure(page, longest), "10");

  // The row's own Remove button: the one in the nearest ancestor of the field that holds one.
  await page
    .locator('[name="technical.bottlenecks.3.cost_month"]')
    .locator("xpath=ancestor::*[.//button[normalize-space()='Remove']][1]//button[normalize-space()='Remove']")
    .click();
  await page.waitForSelector('[name^="technical.bottlenecks.3."]', { state: "detached", timeout: 10000 });
  assert.equal(await page.locator('[name^="technical.bottlenecks.2."]').count(), 6);
  assert.equal(await figure(page, cost), "3950");
  assert.equal(await figure(page, longest), "6");
  assert.deepEqual(errors.map(String), []);
  await page.close();
});

test("the section menu lands every section just below the sticky bar, however far it is", async () => {
  const { page, errors } = await northwindPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  // A slow machine: sections near the landing place lay themselves out frames after the scroll.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
  const padding = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop));
  // Far jumps forward and back, over sections that lay themselves out only when near the screen.
  for (const id of ["roadmap", "data", "talent", "readiness", "automation"]) {
    await page.evaluate(() => delete window.__inPlace);
    await page.click(`.toc a[href="#${id}"]`);
    // Landed: in place for 600 ms on end. A smooth scroll can pass the place on its way.
    await page
      .waitForFunction(
        ([id, padding]) => {
          const now = performance.now();
          if (Math.abs(document.getElementById(id).getBoundingClientRect().top - padding) >= 3) window.__inPlace = now;
          return now - (window.__inPlace ??= now) >= 600;
        },
        [id, padding],
        { timeout: 15000 },
      )
      .catch(() => {});
    const state = await page.evaluate((id) => ({
      top: document.getElementById(id).getBoundingClientRect().top,
      hash: location.hash,
      focused: document.activeElement?.id,
    }), id);
    assert.ok(Math.abs(state.top - padding) < 3, `${id} at ${state.top}px, want ${padding}px`);
    assert.equal(state.hash, `#${id}`);
    assert.equal(state.focused, id, "focus moves to the section, so Tab continues from there");
  }
  // Scrolling on straight after landing is not undone.
  await page.click('.toc a[href="#roadmap"]');
  await page.waitForFunction(
    (padding) => Math.abs(document.getElementById("roadmap").getBoundingClientRect().top - padding) < 3,
    padding,
    { timeout: 5000 },
  );
  await page.keyboard.press("PageDown");
  await page
    .waitForFunction((padding) => document.getElementById("roadmap").getBoundingClientRect().top < padding - 300, padding, {
      timeout: 5000,
    })
    .catch(() => {});
  await page.waitForTimeout(1000);
  const top = await page.evaluate(() => document.getElementById("roadmap").getBoundingClientRect().top);
  assert.ok(top < padding - 300, `roadmap at ${top}px after Page Down`);
  assert.deepEqual(errors, []);
});

test("a menu entry followed while the page is still being built lands on its section", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  // The roadmap's entry is followed the moment the menu is on the page, before the sections.
  await context.addInitScript(() => {
    const watch = new MutationObserver(() => {
      const entry = document.querySelector('.toc a[href="#roadmap"]');
      if (!entry) return;
      watch.disconnect();
      window.__roadmapBuilt = !!document.getElementById("roadmap");
      entry.click();
    });
    watch.observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.waitForFunction(() => window.__roadmapBuilt !== undefined);
  assert.equal(await page.evaluate(() => window.__roadmapBuilt), false, "the roadmap was not built when its entry was followed");
  const padding = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop));
  await page.waitForFunction(
    (padding) => {
      const roadmap = document.getElementById("roadmap");
      return roadmap && Math.abs(roadmap.getBoundingClientRect().top - padding) < 3;
    },
    padding,
    { timeout: 10000 },
  );
  assert.equal(await page.evaluate(() => location.hash), "#roadmap");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "roadmap", "focus moves to the section");
  assert.equal(await page.locator("section#snapshots").count(), 1, "the rest of the page is built");
  assert.deepEqual(errors, []);
  await context.close();
});

test("nothing on a phone's screen moves while the page is built", async () => {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, serviceWorkers: "block" });
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const shift of list.getEntries()) {
        const moved = shift.sources.map((s) => `${s.node?.nodeName}.${s.node?.className ?? ""} ${s.node?.textContent?.slice(0, 40)}`);
        window.__shifts.push(`${shift.value.toFixed(4)}: ${moved.join(", ")}`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(server.url);
  await page.waitForSelector("#snapshots", { state: "attached" });
  // The last thing to arrive: whether the browser keeps the page's storage.
  await page.waitForFunction(() => document.querySelector(".save-state .persist")?.textContent);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  assert.deepEqual(await page.evaluate(() => window.__shifts), []);
  await context.close();
});

/** Loads the app at `hash`, noting whether the far sections existed when the first field appeared. */
async function loadMarked(hash, setUp = () => {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(setUp);
  await context.addInitScript(() => {
    const mark = (window.__marks = {});
    const watch = new MutationObserver(() => {
      if (mark.first || !document.querySelector('[name="readiness.product.feature_completeness"]')) return;
      watch.disconnect();
      mark.first = true;
      mark.farSections = ["technical", "talent", "roadmap", "snapshots"].filter((id) => document.getElementById(id));
    });
    watch.observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.url + hash);
  await page.waitForSelector("#snapshots", { state: "attached" });
  return { context, page, errors };
}

test("the first exercise shows first and the rest of the worksheet follows; a link to a section lands on it", async () => {
  const plain = await loadMarked("");
  const first = await plain.page.evaluate(() => window.__marks);
  assert.deepEqual(first.farSections, [], "the first paint holds only the first exercise");
  for (const id of ["readiness", "technical", "data", "security", "organization", "talent", "operations", "automation", "assessment", "roadmap", "snapshots"]) {
    assert.equal(await plain.page.locator(`section#${id}`).count(), 1, `${id} is built`);
  }
  await plain.page.fill('[name="roadmap.metrics.team_size_from"]', "40");
  assert.equal(await plain.page.inputValue('[name="roadmap.metrics.team_size_from"]'), "40");
  assert.deepEqual(plain.errors, []);
  await plain.context.close();

  const linked = await loadMarked("#talent");
  const marks = await linked.page.evaluate(() => window.__marks);
  assert.deepEqual(marks.farSections, ["technical", "talent", "roadmap", "snapshots"], "a deep link builds the whole page at once");
  const padding = await linked.page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop));
  await linked.page.waitForFunction(
    (padding) => Math.abs(document.getElementById("talent").getBoundingClientRect().top - padding) < 3,
    padding,
    { timeout: 5000 },
  );
  assert.deepEqual(linked.errors, []);
  await linked.context.close();
});

test("a browser without scheduler.yield builds the page a part at a time too", async () => {
  // Safari has no `scheduler`; older Chromes have one without `yield`.
  const browsers = {
    "no scheduler": () => delete window.scheduler,
    "no yield": () => delete Object.getPrototypeOf(window.scheduler).yield,
  };
  for (const [name, setUp] of Object.entries(browsers)) {
    const app = await loadMarked("", setUp);
    assert.equal(await app.page.evaluate(() => typeof window.scheduler?.yield), "undefined", name);
    const marks = await app.page.evaluate(() => window.__marks);
    assert.deepEqual(marks.farSections, [], `${name}: the first paint holds only the first exercise`);
    assert.equal(await app.page.locator("section.section").count(), 11, `${name}: every section is built`);
    assert.deepEqual(app.errors, [], name);
    await app.context.close();
  }
});

test("the worksheet is laid out and drawn a few sections at a time while it is built, not all at once at the end", async () => {
  // The number of sections at each frame the browser renders, from the first to the last.
  const app = await loadMarked("", () => {
    window.seen = [];
    const look = () => {
      const n = document.querySelectorAll("main .section").length;
      if (n && n !== window.seen.at(-1)) window.seen.push(n);
      if (!document.getElementById("snapshots")) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const seen = await app.page.evaluate(() => window.seen);
  assert.ok(seen.length >= 4, `sections at each frame: ${seen.join(", ")}`);
  assert.deepEqual(app.errors, []);
  await app.context.close();
});

test("a team of any size fits a phone's screen: its table and chart never run past the edge", async () => {
  const { page, errors } = await openApp(browser, server.url);
  await page.waitForSelector("[data-chart='team']");
  const names = await page.$$eval(".team-row input[name]", (els) => els.map((e) => e.name));
  assert.equal(names.length, 14);
  for (const [now, plan] of [["120", "450"], ["1050", "2800"], ["9999999", "9999999"]]) {
    for (const name of names) await page.fill(`[name="${name}"]`, name.includes(".plan.") ? plan : now);
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.locator("[data-chart='team']").scrollIntoViewIfNeeded();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const past = await page.evaluate(() => {
        const edge = document.documentElement.clientWidth;
        const table = document.querySelector(".team-table");
        const cells = [...table.querySelectorAll(".figure, input")].filter((e) => e.getBoundingClientRect().right > table.getBoundingClientRect().right + 0.5);
        return { scroll: document.documentElement.scrollWidth - edge, cells: cells.map((e) => e.dataset.figure ?? e.name) };
      });
      assert.deepEqual(past, { scroll: 0, cells: [] }, `${now} → ${plan} at ${width} px`);
    }
  }
  assert.equal(await figure(page, "organization.plan_total"), "69999993");
  assert.deepEqual(errors, []);
});

test("a team of thousands reads whole on a phone: no count is cut short or broken over two lines", async () => {
  const { page, errors } = await openApp(browser, server.url);
  await page.waitForSelector("[data-chart='team']");
  const names = await page.$$eval(".team-row input[name]", (els) => els.map((e) => e.name));
  for (const name of names) await page.fill(`[name="${name}"]`, name.includes(".plan.") ? "2800" : "1050");
  await page.evaluate(() => document.activeElement.blur());
  for (const width of [320, 360, 390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const unread = await page.evaluate(() => {
      const table = document.querySelector(".team-table");
      const cut = [...table.querySelectorAll("input")].filter((i) => i.scrollWidth > i.clientWidth).map((i) => i.name);
      const broken = [...table.querySelectorAll(".figure")]
        .filter((f) => f.getClientRects().length !== 1 || f.getBoundingClientRect().height > 1.6 * parseFloat(getComputedStyle(f).fontSize) * 1.45)
        .map((f) => `${f.dataset.figure} ${f.textContent}`);
      return { cut, broken };
    });
    assert.deepEqual(unread, { cut: [], broken: [] }, `at ${width} px`);
  }
  assert.equal(await figure(page, "organization.plan_total"), "19600");
  assert.deepEqual(errors, []);
});

test("the summary bar at the foot of a phone's screen keeps to one line, with two-digit warnings", async () => {
  const { page, errors } = await openApp(browser, server.url);
  const plan = structuredClone(northwind);
  const row = plan.talent.positions[0];
  plan.talent.positions = Array.from({ length: 12 }, (_, i) => ({ ...row, title: `Role ${i}`, salary_min: 210000, salary_max: 170000 }));
  await importFile(page, "many-warnings.json", JSON.stringify(plan));
  await page.waitForFunction(() => document.querySelector(".summary-toggle").textContent.includes("12 ⚠"));
  for (const width of [320, 360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    const lines = await page.$eval(".summary-toggle", (b) => {
      const range = document.createRange();
      range.selectNodeContents(b);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
    });
    assert.equal(lines, 1, `${await page.textContent(".summary-toggle")} at ${width} px`);
  }
  assert.deepEqual(errors, []);
});
