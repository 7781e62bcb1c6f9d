// Team scores by link (workshop.md): the facilitator's participant link, five participants
// scoring on their own pages (two on a phone), and their responses pasted back in one go; a
// participant's response saved as a file and imported with others (issue 14).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, figure, serverAndBrowser, importFile } from "./harness.mjs";

const app = serverAndBrowser("/scaling-planner/");

const share = (page, what) => page.getAttribute(`[data-share="${what}"]`, "data-value");

async function participantLink(page) {
  await page.click("summary:has-text('Collect team scores')");
  await page.waitForSelector('[data-share="participant-link"]');
  return share(page, "participant-link");
}

/** On a participant's `page`: opens `link`, gives `name` and `scores`, and returns the response. */
async function answer(page, link, name, scores) {
  await page.goto(link);
  await page.waitForSelector('[data-share="response"]');
  if (name) await page.fill('[name="participant.name"]', name);
  for (const [path, value] of Object.entries(scores)) await page.fill(`input[name="${path}"]`, String(value));
  await page.locator(`input[name="${Object.keys(scores).at(-1)}"]`).blur();
  return share(page, "response");
}

/** Opens the participant link on a page of `width`, scores as `scores` says, and gives the response. */
async function respond(link, width, name, scores, shared) {
  const context = shared ?? (await app.browser.newContext({ viewport: { width, height: 800 } }));
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  const response = await answer(page, link, name, scores);
  assert.equal(await page.locator('[name="meta.name"]').count(), 0, "no plan fields on the participant page");
  assert.equal(await page.locator("text=Use team medians").count(), 0, "no team view on the participant page");
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
  const facilitator = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await facilitator.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(app.server.url);
  await page.waitForSelector("[data-figure]");
  const plansBefore = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(":plan:")).length);
  const link = await participantLink(page);
  // An untitled plan's link ends with its workshop id: a chat app leaves a final "." out of a link.
  assert.match(link, /#join=1[0-9a-z]{8}$/);
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

  const otherWorkshop = link.replace(/#join=1[0-9a-z]{8}/, "#join=1zzzzzzzz");
  const foreign = await respond(otherWorkshop, 390, "Eve", { [FC]: 1 });
  const damaged = responses[1].slice(0, -10);
  await page.fill('[name="team.responses"]', [...responses, damaged, foreign].join("\n"));
  await page.click("text=Add responses");
  const outcome = await page.locator(".team-scores .outcome").innerText();
  assert.match(outcome, /Added 5 of 7/);
  assert.match(outcome, /Response 6: is damaged or cut off/);
  assert.match(outcome, /Response 7: is from another workshop/);
  assert.match(outcome, /Those not added stay in the box/);
  assert.equal(await page.locator(".responses tbody tr").count(), 5);
  // Only what was not added stays in the box: adding again adds nothing twice.
  assert.equal(await page.inputValue('[name="team.responses"]'), [damaged, foreign].join("\n"));
  assert.match(await page.locator(".responses").innerText(), /Participant [0-9a-z]{4}/);

  // The same participant again replaces their earlier response, and the facilitator is told
  // (two people of one name would otherwise lose one response without a word).
  await page.fill('[name="team.responses"]', responses[0]);
  await page.click("text=Add responses");
  assert.equal(await page.locator(".responses tbody tr").count(), 5);
  assert.match(await page.locator(".team-scores .outcome").innerText(), /Ada: replaces the earlier response of that name/);

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

  // Removing one, with Undo, which takes the focus: a second Enter does not remove the next one.
  await page.focus('button[aria-label="Remove Bob"]');
  await page.keyboard.press("Enter");
  assert.equal(await page.locator(".responses tbody tr").count(), 4);
  await page.locator(".removed", { hasText: "Removed Bob." }).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === "Undo");
  await page.keyboard.press("Enter");
  assert.equal(await page.locator(".responses tbody tr").count(), 5);
  assert.equal(await page.locator(".responses tbody tr").nth(1).locator("td").first().innerText(), "Bob", "back in its place");
  await page.click('button[aria-label="Remove Bob"]');
  assert.equal(await page.locator(".responses tbody tr").count(), 4);

  const plansAfter = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(":plan:")).length);
  assert.equal(plansAfter, plansBefore, "a participant's page in the facilitator's browser stored no plan");
  assert.deepEqual(errors, []);
  await facilitator.close();
});

test("responses pasted from a chat are added; the names, times, words and punctuation around them are passed over", async () => {
  const { page, errors } = await openApp(app.browser, app.server.url);
  const link = await participantLink(page);
  const ada = await respond(link, 390, "Ada", { [FC]: 3 });
  const bob = await respond(link, 390, "Bob", { [FC]: 9 });
  const cut = bob.slice(0, -12);
  const chat = [
    `[05/12/2026, 10:42:11] Ada Lovelace: here are mine: ${ada}. 👍`,
    `[05/12/2026, 10:43:02] Bob: ${cut}`,
    "[05/12/2026, 10:43:40] Bob: sorry, that one was cut: here it is again",
    `(${bob})`,
  ].join("\n");
  await page.fill('[name="team.responses"]', chat);
  await page.click("text=Add responses");
  const outcome = await page.locator(".team-scores .outcome").innerText();
  assert.match(outcome, /Added 2 of 3/);
  assert.match(outcome, /Response 2: is damaged or cut off/);
  assert.doesNotMatch(outcome, /is not a response link/);
  assert.equal(await page.locator(".responses tbody tr").count(), 2);
  assert.equal(await page.inputValue('[name="team.responses"]'), cut, "only the cut link stays in the box");

  // The list of responses keeps within its panel on a phone (without the time each came in),
  // and the page does not scroll sideways.
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const fit = await page.evaluate(() => {
      const table = document.querySelector(".responses").getBoundingClientRect();
      const panel = document.querySelector(".team-scores").getBoundingClientRect();
      return { inside: table.right <= panel.right, sideways: document.documentElement.scrollWidth > innerWidth };
    });
    assert.deepEqual(fit, { inside: true, sideways: false }, `at ${width} px`);
  }
  assert.match(await page.locator(".responses").innerText(), /Received/, "the time each came in, on a laptop");
  assert.deepEqual(errors, []);
});

test("responses a chat or a mail has changed are still added: a name shown decoded, links run together, a link broken over lines", async () => {
  const { page, errors } = await openApp(app.browser, app.server.url);
  const link = await participantLink(page);
  const jose = await respond(link, 390, "José Núñez", { [FC]: 2 });
  const ada = await respond(link, 390, "Ada", { [FC]: 4 });
  const bob = await respond(link, 390, "Bob", { [FC]: 6 });
  const cy = await respond(link, 390, "Cy", { [FC]: 8 });
  const decoded = decodeURIComponent(jose);
  assert.notEqual(decoded, jose);
  const paste = [`José: ${decoded}👍`, `Ada and Bob: ${ada},${bob}`, `Cy (mailed): ${cy.slice(0, 60)}`, cy.slice(60)].join("\n");
  await page.fill('[name="team.responses"]', paste);
  await page.click("text=Add responses");
  assert.match(await page.locator(".team-scores .outcome").innerText(), /Added 4 of 4/);
  const names = await page.locator(".responses tbody tr th, .responses tbody tr td:first-child").allInnerTexts();
  for (const name of ["José Núñez", "Ada", "Bob", "Cy"]) assert.ok(names.some((n) => n.includes(name)), `${name} in ${names}`);
  assert.equal(await figure(page, `team.${FC}.median`), "5");
  assert.equal(await page.inputValue('[name="team.responses"]'), "", "nothing left in the box");
  assert.deepEqual(errors, []);
});

test("a participant's long name wraps in the facilitator's list, which keeps within its panel and its words", async () => {
  const { page, errors } = await openApp(app.browser, app.server.url);
  const link = await participantLink(page);
  const long = "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft";
  const responses = [await respond(link, 390, long, { [FC]: 4 }), await respond(link, 390, "Ω".repeat(60), { [FC]: 6 })];
  await page.fill('[name="team.responses"]', responses.join("\n"));
  await page.click("text=Add responses");
  await page.locator(".responses tbody tr").nth(1).waitFor();
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const fit = await page.evaluate(() => {
      const table = document.querySelector(".responses").getBoundingClientRect();
      const panel = document.querySelector(".team-scores").getBoundingClientRect();
      const remove = document.querySelector(".responses button").getBoundingClientRect();
      // Only the names break: a heading or a button broken mid-word ("Remo-ve") takes two lines.
      const lines = (el) => { const range = document.createRange(); range.selectNodeContents(el); return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size; };
      const broken = [...document.querySelectorAll(".responses th, .responses button")].filter((el) => el.offsetParent && lines(el) > 1).map((el) => el.textContent);
      return { inside: table.right <= panel.right && remove.right <= panel.right, sideways: document.documentElement.scrollWidth > innerWidth, broken };
    });
    assert.deepEqual(fit, { inside: true, sideways: false, broken: [] }, `at ${width} px`);
  }
  assert.match(await page.locator(".responses").innerText(), new RegExp(long.slice(0, 20)));
  assert.deepEqual(errors, []);
});

test("the participant's page on a phone and a laptop: its header, name and scorecards stand apart", async () => {
  const { page, errors } = await openApp(app.browser, app.server.url);
  const link = await participantLink(page);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(link);
    await page.waitForSelector('[data-share="response"]');
    const gaps = await page.evaluate(() => {
      const box = (s) => document.querySelector(s).getBoundingClientRect();
      const [head, name, card] = [box(".participant .masthead"), box(".participant-name"), box("#readiness")];
      return { top: head.top + scrollY, afterHead: name.top - head.bottom, afterName: card.top - name.bottom };
    });
    for (const [gap, px] of Object.entries(gaps)) assert.ok(px >= 8, `${gap} at ${width} px: ${px}`);
  }
  assert.deepEqual(errors, []);
});

test("a participant's saved response file is imported with others; the damaged, empty and oversize ones are named", async () => {
  const { page, errors } = await openApp(app.browser, app.server.url);
  await page.setViewportSize({ width: 1280, height: 900 });
  const link = await participantLink(page);

  const phone = await app.browser.newContext({ viewport: { width: 390, height: 800 } });
  const participant = await phone.newPage();
  participant.on("pageerror", (e) => errors.push(e));
  const response = await answer(participant, link, "Grace Hopper", { [FC]: 3, [CP]: 8 });
  const [download] = await Promise.all([
    participant.waitForEvent("download"),
    participant.click("text=Save response as file"),
  ]);
  assert.equal(download.suggestedFilename(), "response-grace-hopper.txt");
  const saved = readFileSync(await download.path(), "utf8");
  assert.equal(saved.trim(), response, "the file holds the response link");
  assert.match(await participant.locator(".response .copied").innerText(), /Saved/);
  await phone.close();

  const file = (name, text) => ({ name, mimeType: "text/plain", buffer: Buffer.from(text) });
  await page.setInputFiles("#team-files", [
    file(download.suggestedFilename(), saved),
    file("from-bob.txt", `Bob's scores:\n${response.slice(0, -12)}\n`),
    file("notes.txt", "Agenda for Thursday, nothing else."),
    { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(1_100_000, "a") },
  ]);
  const outcome = page.locator(".team-scores .outcome");
  await outcome.filter({ hasText: "Added" }).waitFor();
  const said = await outcome.innerText();
  assert.match(said, /Added 1 of 2\./);
  assert.match(said, /from-bob\.txt: is damaged or cut off: ask for it again\./);
  assert.match(said, /notes\.txt: no response link found\./);
  assert.match(said, /huge\.txt: not read: a response file is text of at most 1 MiB\./);
  assert.doesNotMatch(said, /response-grace-hopper\.txt/, "the good file needs no word of its own");

  assert.equal(await page.locator(".responses tbody tr").count(), 1);
  assert.match(await page.locator(".responses").innerText(), /Grace Hopper\s+2 of 36/);
  assert.equal(await figure(page, "team.participants"), "1");
  const fc = Object.fromEntries(
    await Promise.all(["n", "mean", "median", "min", "max", "spread"].map(async (s) => [s, await figure(page, `team.${FC}.${s}`)])),
  );
  assert.deepEqual(fc, { n: "1", mean: "3", median: "3", min: "3", max: "3", spread: "0" });
  assert.equal(await figure(page, `team.${CP}.median`), "8");
  assert.equal(await figure(page, `team.${FC}.disputed`), "");

  // The button opens the file picker; the same file again replaces the response rather than
  // adding a second one.
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.click("button:text-is('Import response files')")]);
  assert.equal(chooser.isMultiple(), true);
  await chooser.setFiles([file("again.txt", saved)]);
  await outcome.filter({ hasText: "Added 1 of 1." }).waitFor();
  assert.equal(await page.locator(".responses tbody tr").count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a cut participant link and a response link opened in the browser are explained; nothing is stored", async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(app.server.url);
  await page.waitForSelector("[data-figure]");
  const link = await participantLink(page);
  const response = await respond(link, 390, "Ada", { [FC]: 3 });
  const workshop = link.split("#join=1")[1];
  await page.waitForFunction((id) => Object.values(localStorage).some((v) => v.includes(id)), workshop);
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  for (const [opened, said] of [
    [link.slice(0, -3), /This participant link is damaged or cut off\. Ask the facilitator for it again\./],
    [response, /This is a participant's response: the facilitator adds it to the plan under Team scores, with Add responses\./],
  ]) {
    const tab = await context.newPage();
    tab.on("pageerror", (e) => errors.push(e));
    await tab.goto(opened);
    await tab.locator(".shared-bar.refused", { hasText: said }).waitFor();
    assert.equal(await tab.locator("input, textarea, select").count(), 0, "no fields: neither the planner nor the participant page");
    await tab.close();
  }
  assert.equal(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), before, "nothing stored");

  // Named for a screen reader; one response counted as one.
  assert.equal(await page.getByLabel("Participant link").getAttribute("data-share"), "participant-link");
  await page.fill('[name="team.responses"]', response);
  await page.click("text=Add responses");
  assert.equal(await page.locator(".responses caption").innerText(), "1 response");
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a phone with a share sheet, the participant sends the response in one step", async () => {
  const { page: facilitator, errors } = await openApp(app.browser, app.server.url);
  const link = await participantLink(facilitator);
  const phone = await app.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  // The share sheet as a phone's browser offers it; the person closes it the second time.
  await phone.addInitScript(() => {
    window.__shared = [];
    navigator.share = (data) => {
      window.__shared.push(data);
      return window.__shared.length > 1 ? Promise.reject(new DOMException("Share canceled", "AbortError")) : Promise.resolve();
    };
  });
  const page = await phone.newPage();
  page.on("pageerror", (e) => errors.push(e));
  const response = await answer(page, link, "Ada", { [FC]: 4 });
  await page.getByRole("button", { name: "Send…" }).tap();
  await page.getByRole("button", { name: "Send…" }).tap();
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => window.__shared), [{ text: response }, { text: response }]);
  // A score that was not taken is said beside the link, which still sends the last valid one.
  const notice = page.locator(".response .notice", { hasText: "A score above was not taken" });
  assert.equal(await notice.count(), 0);
  await page.fill(`input[name="${FC}"]`, "11");
  await notice.waitFor();
  assert.equal(await share(page, "response"), response);
  await page.fill(`input[name="${FC}"]`, "4");
  await notice.waitFor({ state: "detached" });
  await phone.close();

  // Where the browser has no share sheet, no such button.
  const desktop = await app.browser.newPage();
  await desktop.goto(link);
  await desktop.waitForSelector('[data-share="response"]');
  assert.equal(await desktop.getByRole("button", { name: "Send…" }).count(), 0);
  await desktop.close();
  assert.deepEqual(errors, []);
  await facilitator.close();
});

test("a plan file's odd workshop id gets a new, working participant link", async () => {
  const { page, errors } = await openApp(app.browser, app.server.url);
  const plan = JSON.parse(readFileSync(new URL("../fixtures/northwind.v2.json", import.meta.url), "utf8"));
  plan.team.workshop = "NOT AN ID!";
  await importFile(page, "odd.json", JSON.stringify(plan));
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]')?.value === "Northwind 2027 scaling plan");
  const link = await participantLink(page);
  assert.match(link, /#join=1[0-9a-z]{8}\.Northwind%202027%20scaling%20plan$/);
  const response = await respond(link, 390, "Ada", { [FC]: 4 });
  await page.fill('[name="team.responses"]', response);
  await page.click("text=Add responses");
  assert.match(await page.locator(".team-scores .outcome").innerText(), /Added 1 of 1/);

  assert.deepEqual(errors, []);
  await page.close();
});

test("a participant link pasted with a mark after it (a mail's <link>, a quote) opens the participant's page", async () => {
  const { page, errors } = await openApp(app.browser, app.server.url);
  await importFile(page, "northwind.json", readFileSync(new URL("../fixtures/northwind.v2.json", import.meta.url), "utf8"));
  await page.waitForFunction(() => document.querySelector('[name="meta.name"]')?.value === "Northwind 2027 scaling plan");
  const link = await participantLink(page);
  const them = await app.browser.newPage();
  for (const after of [">", '"', ">."]) {
    // The address bar encodes the mark: `%3E`, `%22`.
    await them.goto(link + after);
    await them.waitForSelector('[data-share="response"]');
    const text = await them.locator("main").innerText();
    assert.match(text, /Northwind 2027 scaling plan/, after);
    assert.doesNotMatch(text, /Northwind 2027 scaling plan["”>]/, after);
  }
  await them.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a scorecard with no disputed items says so for itself only, when the other scorecard has some", async () => {
  const { page, errors } = await openApp(app.browser, app.server.url);
  const link = await participantLink(page);
  const responses = [await respond(link, 1280, "Ada", { [FC]: 5, [CP]: 0 }), await respond(link, 1280, "Bob", { [FC]: 5, [CP]: 10 })];
  await page.fill('[name="team.responses"]', responses.join("\n"));
  await page.click("text=Add responses");
  assert.equal(await page.getAttribute('[data-figure="team.disputed"]', "data-value"), CP);
  const readiness = await page.locator("#readiness .team-panel").innerText();
  assert.match(readiness, /No disputed items on this scorecard: every spread here is under 4\./);
  assert.match(await page.locator("#assessment .team-panel").innerText(), /Culture preservation/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("one participant's responses, sent before and after giving or changing their name, count once", async () => {
  const { page, errors } = await openApp(app.browser, app.server.url);
  const link = await participantLink(page);
  const phone = await app.browser.newContext({ viewport: { width: 390, height: 800 } });
  const them = await phone.newPage();
  const first = await answer(them, link, "", { [FC]: 2 });
  const named = await answer(them, link, "Ada", { [FC]: 2 });
  const renamed = await answer(them, link, "Ada Lovelace", { [FC]: 9 });
  await phone.close();
  const other = await respond(link, 1280, "Bob", { [FC]: 8 });
  // The first, unnamed, in a paste of its own; the rest together.
  await page.fill('[name="team.responses"]', first);
  await page.click("text=Add responses");
  await page.fill('[name="team.responses"]', [named, renamed, other].join("\n"));
  await page.click("text=Add responses");
  const outcome = await page.locator(".team-scores .outcome").innerText();
  assert.match(outcome, /Ada: replaces Participant [0-9a-z]{4}, the same participant's earlier response\./);
  assert.match(outcome, /Ada Lovelace: replaces Ada, the same participant's earlier response\./);
  assert.deepEqual(await page.locator(".responses tbody tr td:first-child").allInnerTexts(), ["Ada Lovelace", "Bob"]);
  assert.equal(await figure(page, "team.participants"), "2");
  assert.equal(await figure(page, `team.${FC}.n`), "2");
  assert.equal(await figure(page, `team.${FC}.spread`), "1");

  // Two people named Ada: the second replaces the first (responses are known by name, and the
  // facilitator is told); the first then adding her surname is someone new again, and does not
  // take the second Ada's place.
  for (const name of ["Ada Lovelace", "Bob"]) await page.click(`button[aria-label="Remove ${name}"]`);
  const hers = await app.browser.newContext({ viewport: { width: 390, height: 800 } });
  const ada = await respond(link, 390, "Ada", { [FC]: 2 }, hers);
  const otherAda = await respond(link, 390, "Ada", { [FC]: 9 });
  const lovelace = await respond(link, 390, "Ada Lovelace", { [FC]: 3 }, hers);
  await hers.close();
  await page.fill('[name="team.responses"]', [ada, otherAda, lovelace].join("\n"));
  await page.click("text=Add responses");
  const said = await page.locator(".team-scores .outcome").innerText();
  assert.match(said, /Ada: replaces the earlier response of that name\./);
  assert.doesNotMatch(said, /Ada Lovelace: replaces/);
  assert.deepEqual(await page.locator(".responses tbody tr td:first-child").allInnerTexts(), ["Ada", "Ada Lovelace"]);
  assert.equal(await figure(page, `team.${FC}.median`), "6");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a participant link with a mark after it (in brackets, or ending a sentence) opens the participant's page", async () => {
  const { page, errors } = await openApp(app.browser, app.server.url);
  await page.fill('[name="meta.name"]', "Acme Q3");
  const link = await participantLink(page);
  const phone = await app.browser.newContext({ viewport: { width: 390, height: 800 } });
  const them = await phone.newPage();
  for (const after of [")", ",", ")."]) {
    await them.goto("about:blank");
    await them.goto(link + after);
    await them.waitForSelector('[data-share="response"]');
    assert.match(await them.locator("h1, .masthead").first().innerText(), /Acme Q3(?![)])/);
  }
  await phone.close();
  assert.deepEqual(errors, []);
  await page.close();
});


test("Undo of a removed response whose participant has sent it again keeps one; what the medians did is told on its plan only", async () => {
  const { page, errors } = await openApp(app.browser, app.server.url);
  const link = await participantLink(page);
  const ada = await respond(link, 390, "Ada", { [FC]: 3 });
  const bob = await respond(link, 390, "Bob", { [FC]: 9 });
  await page.fill('[name="team.responses"]', `${ada}\n${bob}`);
  await page.click("text=Add responses");
  const names = () => page.locator(".responses tbody tr td:first-child").allInnerTexts();
  assert.deepEqual(await names(), ["Ada", "Bob"]);
  await page.click('button[aria-label="Remove Ada"]');
  await page.fill('[name="team.responses"]', ada);
  await page.click("text=Add responses");
  assert.deepEqual(await names(), ["Bob", "Ada"]);
  await page.click("#undo-remove");
  assert.deepEqual(await names(), ["Bob", "Ada"], "her response is in once");
  assert.equal(await figure(page, "team.participants"), "2");

  await page.click("button:text-is('Use team medians')");
  const said = page.locator(".team-medians [role=status]");
  assert.match(await said.innerText(), /^Team medians used: /);
  await page.click("text=New plan");
  await page.waitForFunction(() => document.querySelector('[data-figure="team.participants"]')?.dataset.value === "0");
  assert.equal(await said.innerText(), "", "not on another plan");
  assert.deepEqual(errors, []);
  await page.close();
});
