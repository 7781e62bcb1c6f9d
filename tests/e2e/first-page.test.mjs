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
