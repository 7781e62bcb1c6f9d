import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openApp, figure } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await serve("/");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("the release build loads and figures follow a typed score", async () => {
  const { page, errors } = await openApp(browser, server.url);
  assert.equal(await figure(page, "readiness.product"), "0");
  await page.fill('[name="readiness.product.feature_completeness"]', "8");
  await page.fill('[name="readiness.product.technical_stability"]', "6");
  await page.fill('[name="readiness.product.user_experience"]', "7");
  await page.fill('[name="readiness.product.scalability_architecture"]', "4");
  assert.equal(await figure(page, "readiness.product"), "6.25");
  assert.equal(await figure(page, "readiness.overall"), "6.25");
  const label = await page.textContent('label[for="f-readiness-product-feature_completeness"]');
  assert.equal(label, "Feature completeness");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the shell painted before the code arrives names the exercises as the app does, and goes", async () => {
  const page = await browser.newPage();
  await page.route(/\.wasm$/, () => {}); // held back: the shell stays
  await page.goto(server.url);
  const outline = (await page.innerText(".shell-outline")).split("\n").map((l) => l.trim());
  assert.equal(await page.innerText("h1"), "Scaling Planner");
  await page.close();

  const { page: app, errors } = await openApp(browser, server.url);
  await app.waitForSelector("#snapshots"); // the last part of the page to be built
  const headings = await app.$$eval(".exercise > h2", (hs) => hs.map((h) => h.innerText.replace(/\s+/g, " ").trim()));
  assert.deepEqual(outline, headings, "the shell's outline is the worksheet's exercises");
  assert.equal(await app.locator("#shell").count(), 0, "the app took the shell away");
  assert.equal(await app.locator("h1").count(), 1);
  assert.deepEqual(errors, []);
  await app.close();
});
