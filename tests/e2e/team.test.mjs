// Team scores by link (workshop.md): the facilitator's participant link, five participants
// scoring on their own pages (two on a phone), and their responses pasted back in one go.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve, launch } from "./harness.mjs";

let server;
let browser;
before(async () => {
  server = await serve("/scaling-planner/");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const share = (page, what) => page.getAttribute(`[data-share="${what}"]`, "data-value");

async function participantLink(page) {
  await page.click("summary:has-text('Collect team scores')");
  await page.waitForSelector('[data-share="participant-link"]');
  return share(page, "participant-link");
}

/** Opens the participant link on a page of `width`, scores as `scores` says, and gives the response. */
async function respond(link, width, name, scores, shared) {
  const context = shared ?? (await browser.newContext({ viewport: { width, height: 800 } }));
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(link);
  await page.waitForSelector('[data-share="response"]');
  assert.equal(await page.locator('[name="meta.name"]').count(), 0, "no plan fields on the participant page");
  assert.equal(await page.locator("text=Use team medians").count(), 0, "no team view on the participant page");
  if (name) await page.fill('[name="participant.name"]', name);
  for (const [path, value] of Object.entries(scores)) await page.fill(`input[name="${path}"]`, String(value));
  await page.locator(`input[name="${Object.keys(scores)[0]}"]`).blur();
  const response = await share(page, "response");
  assert.ok(response.length <= 300, `${response.length} characters`);
  // A reload keeps the participant's answers.
  await page.reload();
  await page.waitForSelector('[data-share="response"]');
  assert.equal(await share(page, "response"), response);
  assert.deepEqual(errors, []);
  if (shared) await page.close();
  else await context.close();
  return response;
}

const FC = "readiness.product.feature_completeness";
const CP = "assessment.organizational.culture_preservation";

test("five participants score by link; the facilitator adds their responses in one paste", async () => {
  const facilitator = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await facilitator.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(server.url);
  await page.waitForSelector("[data-figure]");
  const plansBefore = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(":plan:")).length);
  const link = await participantLink(page);
  assert.match(link, /#join=1[0-9a-z]{8}\./);
  await page.click("text=Show QR code");
  assert.equal(await page.locator(".team-scores .qr svg path").count(), 1, "the QR code of the link");

  const people = [
    [390, "Ada", { [FC]: 3, [CP]: 7 }],
    [390, "Bob", { [FC]: 9, [CP]: 7 }],
    [1280, "Cy", { [FC]: 6, [CP]: 8 }, facilitator],
    [1280, "Di", { [FC]: 6, [CP]: 6 }],
    [1280, "", { [CP]: 7 }],
  ];
  const responses = [];
  for (const [width, name, scores, shared] of people) responses.push(await respond(link, width, name, scores, shared));

  const otherWorkshop = link.replace(/#join=1[0-9a-z]{8}\./, "#join=1zzzzzzzz.");
  const foreign = await respond(otherWorkshop, 390, "Eve", { [FC]: 1 });
  const damaged = responses[1].slice(0, -10);
  await page.fill('[name="team.responses"]', [...responses, damaged, foreign].join("\n"));
  await page.click("text=Add responses");
  const outcome = await page.locator(".team-scores .outcome").innerText();
  assert.match(outcome, /Added 5 of 7/);
  assert.match(outcome, /Response 6: is damaged or cut off/);
  assert.match(outcome, /Response 7: is from another workshop/);
  assert.equal(await page.locator(".responses tbody tr").count(), 5);
  assert.match(await page.locator(".responses").innerText(), /Participant [0-9a-z]{4}/);

  // The same participant again replaces their earlier response.
  await page.fill('[name="team.responses"]', responses[0]);
  await page.click("text=Add responses");
  assert.equal(await page.locator(".responses tbody tr").count(), 5);

  // Kept with the plan: a reload, then the exported file.
  await page.waitForTimeout(1200);
  await page.reload();
  await page.waitForSelector("[data-figure]");
  await page.click("summary:has-text('Collect team scores')");
  assert.equal(await page.locator(".responses tbody tr").count(), 5);
  assert.equal(await share(page, "participant-link"), link, "the workshop keeps its link");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Export JSON")]);
  const file = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.equal(file.version, 2);
  assert.equal(file.team.responses.length, 5);
  const ada = file.team.responses.find((r) => r.name === "Ada");
  assert.equal(ada.readiness.product.feature_completeness, 3);
  assert.equal(ada.assessment.organizational.culture_preservation, 7);
  assert.equal(ada.readiness.market.brand_recognition, null);

  // Removing one.
  await page.click('button[aria-label="Remove Bob"]');
  assert.equal(await page.locator(".responses tbody tr").count(), 4);

  const plansAfter = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(":plan:")).length);
  assert.equal(plansAfter, plansBefore, "a participant's page in the facilitator's browser stored no plan");
  assert.deepEqual(errors, []);
  await facilitator.close();
});
