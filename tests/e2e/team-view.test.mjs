// The team view (workshop.md, "Team scores"): the team.* figures against hand-computed values,
// the disputed list widest first, "Use team medians" and its undo, and a reload.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, figure, serverAndBrowser, importFile } from "./harness.mjs";

const plan = JSON.parse(readFileSync(new URL("../fixtures/northwind.v2.json", import.meta.url), "utf8"));

/** Both scorecards with every score `base`, then `set` ({ "readiness.product.x": 9, … }). */
function response(name, set, base = 6) {
  const card = (scores) =>
    Object.fromEntries(
      Object.entries(scores)
        .filter(([, v]) => typeof v === "object" && !Array.isArray(v))
        .map(([group, items]) => [group, Object.fromEntries(Object.keys(items).map((k) => [k, base]))]),
    );
  const r = { name, received_at: "2026-12-03T10:00:00Z", readiness: card(plan.readiness), assessment: card(plan.assessment) };
  for (const [path, value] of Object.entries(set)) {
    const [c, g, i] = path.split(".");
    r[c][g][i] = value;
  }
  return r;
}

// Four participants; every other score is 6 for all of them.
//   readiness.product.feature_completeness   9 7 4 8  → 4 7 8 9: mean 7, median 7.5, spread 5
//   readiness.market.brand_recognition       2 8 5 7  → 2 5 7 8: mean 5.5, median 6, spread 6
//   readiness.team.culture_strength          6 6 6 10 → spread 4 (disputed, at the line), median 6
//   assessment.technical.data_architecture   3 8 – 5  → 3 5 8: n 3, mean 16/3, median 5, spread 5
plan.team = {
  workshop: "k3x9w2qa",
  responses: [
    response("Ada", { "readiness.product.feature_completeness": 9, "readiness.market.brand_recognition": 2, "assessment.technical.data_architecture": 3 }),
    response("Ben", { "readiness.product.feature_completeness": 7, "readiness.market.brand_recognition": 8, "assessment.technical.data_architecture": 8 }),
    response("Cy", { "readiness.product.feature_completeness": 4, "readiness.market.brand_recognition": 5, "assessment.technical.data_architecture": null }),
    response("Di", { "readiness.product.feature_completeness": 8, "readiness.market.brand_recognition": 7, "assessment.technical.data_architecture": 5, "readiness.team.culture_strength": 10 }),
  ],
};
plan.meta.name = "Northwind with a team";
const TEXT = JSON.stringify(plan, null, 2);

const app = serverAndBrowser("/");

const chartLabel = (page, key) => page.getAttribute(`[data-chart="${key}"] canvas`, "aria-label");

const disputedList = (page, section) =>
  page.$$eval(`#${section} .disputed-list li`, (lis) => lis.map((li) => li.dataset.path));

test("the team's figures, strips and disputed list; team medians and undo; a reload", async () => {
  const { page, errors } = await openApp(app.browser, app.server.url);
  assert.equal(await figure(page, "team.participants"), "0");
  assert.equal(await figure(page, "team.readiness.product.feature_completeness.n"), "");
  assert.equal(await page.isDisabled("button:text-is('Use team medians')"), true);
  assert.equal(await page.$$eval(".team-strip:not(:empty)", (s) => s.length), 0);

  await importFile(page, "team.json", TEXT);
  await page.waitForSelector(".notice.info:has-text('Imported')");
  assert.equal(await figure(page, "team.participants"), "4");

  const expected = {
    "readiness.product.feature_completeness": { n: "4", mean: "7", median: "7.5", min: "4", max: "9", spread: "5", disputed: "true" },
    "readiness.market.brand_recognition": { n: "4", mean: "5.5", median: "6", min: "2", max: "8", spread: "6", disputed: "true" },
    "readiness.team.culture_strength": { n: "4", mean: "7", median: "6", min: "6", max: "10", spread: "4", disputed: "true" },
    "readiness.product.user_experience": { n: "4", mean: "6", median: "6", min: "6", max: "6", spread: "0", disputed: "false" },
    "assessment.technical.data_architecture": { n: "3", mean: String(16 / 3), median: "5", min: "3", max: "8", spread: "5", disputed: "true" },
  };
  for (const [path, stats] of Object.entries(expected)) {
    for (const [stat, value] of Object.entries(stats)) {
      assert.equal(await figure(page, `team.${path}.${stat}`), value, `team.${path}.${stat}`);
    }
  }
  assert.equal(
    await figure(page, "team.disputed"),
    "readiness.market.brand_recognition,readiness.product.feature_completeness,assessment.technical.data_architecture,readiness.team.culture_strength",
  );
  assert.deepEqual(await disputedList(page, "readiness"), [
    "readiness.market.brand_recognition",
    "readiness.product.feature_completeness",
    "readiness.team.culture_strength",
  ]);
  assert.deepEqual(await disputedList(page, "assessment"), ["assessment.technical.data_architecture"]);
  assert.match(await page.textContent("#readiness .disputed-list li"), /Brand recognition \(Market Position\).*spread 6 · 2–8/);

  // A strip beside every scored item, with the disputed ones marked in words.
  assert.equal(await page.$$eval(".team-strip:not(:empty)", (s) => s.length), 36);
  const strip = await page.$eval('[name="readiness.product.feature_completeness"]', (input) =>
    input.closest(".field").nextElementSibling.textContent,
  );
  assert.match(strip, /Team 4–9 · median 7.5 · 4 answered\s*Disputed/);

  // The charts overlay the team's dimension and area scores, over those who answered all their
  // items. Product: 27, 25, 22, 26 of 40 → 6.75, 6.25, 5.5, 6.5 → median 6.375, range 5.5–6.75.
  // Technical: Cy skipped data_architecture; 21, 26, 23 of 40 × 25/40 → 13.125, 16.25, 14.375.
  assert.match(
    await chartLabel(page, "readiness"),
    /The team's scores: Product median 6\.4, range 5\.5–6\.8 \(4 of 4 participants answered all items\)/,
  );
  assert.match(
    await chartLabel(page, "assessment"),
    /Technical median 14\.4, range 13\.1–16\.3 \(3 of 4 participants answered all items\)/,
  );

  // The plan's own scores: northwind.
  assert.equal(await figure(page, "readiness.product"), "6.25");
  assert.equal(await figure(page, "readiness.overall"), "30.25");
  await page.click("button:text-is('Use team medians')");
  // Medians: 7.5 → 8, the rest 6; data_architecture 5.
  assert.equal(await page.inputValue('[name="readiness.product.feature_completeness"]'), "8");
  assert.equal(await page.inputValue('[name="readiness.product.scalability_architecture"]'), "6");
  assert.equal(await figure(page, "readiness.product"), "6.5");
  assert.equal(await figure(page, "readiness.market"), "6");
  assert.equal(await figure(page, "readiness.overall"), "30.5");
  assert.equal(await figure(page, "assessment.technical"), String((6 + 5 + 6 + 6) * 25 / 40));

  // Undo after the autosave.
  await page.waitForSelector(".save-state .saved:text-matches('^Saved')");
  await page.click("#readiness button:text-is('Undo')");
  assert.equal(await figure(page, "readiness.product"), "6.25");
  assert.equal(await figure(page, "readiness.overall"), "30.25");
  assert.equal(await page.inputValue('[name="readiness.product.scalability_architecture"]'), "4");
  assert.equal(await page.isHidden("#readiness button:text-is('Undo')"), true);

  await page.waitForSelector(".save-state .saved:text-matches('^Saved')");
  await page.reload();
  await page.waitForSelector("[data-figure]");
  assert.equal(await figure(page, "team.participants"), "4");
  assert.equal(await figure(page, "team.readiness.market.brand_recognition.spread"), "6");
  assert.equal(await figure(page, "readiness.overall"), "30.25");

  // Removing a response redraws the overlay without it: Ada, Ben and Di remain.
  await page.click("summary:has-text('Collect team scores')");
  await page.click('button[aria-label="Remove Cy"]');
  await page.waitForFunction(() =>
    document.querySelector('[data-chart="assessment"] canvas').getAttribute("aria-label").includes("3 of 3"),
  );
  assert.match(await chartLabel(page, "readiness"), /Product median 6\.5, range 6\.3–6\.8 \(3 of 3 participants/);

  // A score typed after the medians were used is the user's: Undo puts back only the others.
  const fc = '[name="readiness.product.feature_completeness"]';
  const sa = '[name="readiness.product.scalability_architecture"]';
  const [fcBefore, saBefore] = [await page.inputValue(fc), await page.inputValue(sa)];
  await page.click("button:text-is('Use team medians')");
  assert.notEqual(await page.inputValue(sa), saBefore);
  await page.fill(fc, "9");
  await page.locator(fc).blur();
  await page.click("#readiness button:text-is('Undo')");
  await page.locator("#readiness .team-medians", { hasText: "Scores put back as they were, but for 1 changed since." }).waitFor();
  assert.equal(await page.inputValue(sa), saBefore);
  assert.equal(await page.inputValue(fc), "9", `was ${fcBefore}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("when each answer was received is shown in the reader's own time", async () => {
  const context = await app.browser.newContext({ timezoneId: "Asia/Kolkata" });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.waitForSelector("[data-figure]");
  await importFile(page, "team.json", TEXT);
  await page.waitForSelector(".notice.info:has-text('Imported')");
  const times = await page.$$eval("time[datetime='2026-12-03T10:00:00Z']", (ts) => ts.map((t) => t.textContent));
  assert.equal(times.length, 4);
  assert.deepEqual([...new Set(times)], ["2026-12-03 15:30"], "10:00 UTC is 15:30 in India");
  await context.close();
});

test("the print brief carries the team's disputed scores, widest first, beside the plan's own", async () => {
  const { page, errors } = await openApp(app.browser, app.server.url);
  await importFile(page, "team.json", TEXT);
  await page.waitForSelector(".notice.info:has-text('Imported')");
  await page.click("text=Print brief");
  const section = page.locator(".brief .brief-team");
  await section.waitFor();
  assert.equal(await section.locator("h2").innerText(), "Team scores: 4 disputed from 4 responses");
  const rows = await section.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.deepEqual(rows[0], ["Brand recognition (Market Position)", "3", "6", "2–8"]);
  assert.deepEqual(
    rows.map((r) => r[0]),
    ["Brand recognition (Market Position)", "Feature completeness (Product Maturity)", "Data architecture (Technical Readiness)", "Culture strength (Team Readiness)"],
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test("team medians pressed twice, then Undo, put back the plan's own scores; each removed response comes back; the focus stays put", async () => {
  const { page, errors } = await openApp(app.browser, app.server.url);
  // Paper has no use for a team panel with no responses.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("#readiness .team-panel").isVisible(), false);
  await page.emulateMedia({ media: "screen" });
  await importFile(page, "team.json", TEXT);
  await page.waitForSelector(".notice.info:has-text('Imported')");
  const fc = '[name="readiness.product.feature_completeness"]';
  const sa = '[name="readiness.product.scalability_architecture"]';
  const own = [await page.inputValue(fc), await page.inputValue(sa)];
  assert.deepEqual(own, ["8", "4"]);
  const said = () => page.locator(".team-medians [role=status]").innerText();
  const use = page.locator("button:text-is('Use team medians')");
  const undo = page.locator("#readiness .team-medians button:text-is('Undo')");

  // A double-click: the second press changes nothing and keeps the first one's Undo.
  await use.dblclick();
  assert.equal(await page.inputValue(sa), "6");
  assert.equal(await said(), "The scores already are the team's medians.");
  await undo.click();
  assert.deepEqual([await page.inputValue(fc), await page.inputValue(sa)], own);
  assert.equal(await said(), "Scores put back as they were.");
  await page.waitForFunction(() => document.activeElement?.textContent === "Use team medians");

  // Two presses with a score typed between: Undo puts back what each press replaced.
  await use.click();
  assert.match(await said(), /^Team medians used: \d+ of the plan's scores changed\.$/);
  await page.fill(sa, "2");
  await page.locator(sa).blur();
  await use.click();
  assert.equal(await said(), "Team medians used: 1 of the plan's scores changed.");
  assert.equal(await page.inputValue(sa), "6");
  await undo.click();
  assert.deepEqual([await page.inputValue(fc), await page.inputValue(sa)], [own[0], "2"]);

  // Removing Ada, then Ben: each can be undone, the latest first, each back in its place.
  await page.click("summary:has-text('Collect team scores')");
  const names = () => page.locator(".responses tbody tr td:first-child").allInnerTexts();
  await page.click('button[aria-label="Remove Ada"]');
  await page.click('button[aria-label="Remove Ben"]');
  assert.deepEqual(await names(), ["Cy", "Di"]);
  await page.locator(".removed", { hasText: "Removed Ben." }).waitFor();
  await page.click("#undo-remove");
  assert.deepEqual(await names(), ["Ben", "Cy", "Di"]);
  await page.locator(".removed", { hasText: "Removed Ada." }).waitFor();
  await page.focus("#undo-remove");
  await page.keyboard.press("Enter");
  assert.deepEqual(await names(), ["Ada", "Ben", "Cy", "Di"]);
  assert.equal(await page.isHidden(".removed"), true);
  await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Remove Ada");
  assert.equal(await figure(page, "team.participants"), "4");

  // Paper has no use for the button; the team's panel stays.
  await page.emulateMedia({ media: "print" });
  assert.equal(await use.isVisible(), false);
  assert.equal(await page.locator("#readiness .team-panel").isVisible(), true);
  assert.equal(await page.locator("text=Writes the team's median").isVisible(), false);
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(errors, []);
  await page.close();
});
