// The agenda timer in real Chromium: start, next, minutes, reload, previous, pause, overrun.
// Playwright's clock stands in for real time, so nothing waits minutes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { figure, serverAndBrowser } from "./harness.mjs";

const app = serverAndBrowser("/");

/** A page on a fake clock (it still runs on its own), with the app rendered. */
async function openTimed(context) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(new Error(m.text()));
  });
  await page.clock.install({ time: new Date("2026-12-03T10:00:00Z") });
  await page.goto(app.server.url);
  await page.waitForSelector('[data-figure="agenda.step"]');
  return { page, errors };
}

const step = (page) => figure(page, "agenda.step");
const left = async (page) => Number(await figure(page, "agenda.remaining_seconds"));

/** Seconds left are `want`, or at most `slack` fewer (real time runs on between steps). */
async function assertLeft(page, want, slack = 3) {
  const got = await left(page);
  assert.ok(got <= want && got >= want - slack, `${got} seconds left, want about ${want}`);
}

const button = (page, name) => page.getByRole("button", { name, exact: true });

/** The section's top edge, relative to the viewport. */
const top = (page, id) => page.$eval(`#${id}`, (e) => e.getBoundingClientRect().top);

test("start, next, minutes, reload, previous, pause", async () => {
  const context = await app.browser.newContext();
  const { page, errors } = await openTimed(context);
  assert.equal(await step(page), "readiness");
  assert.equal(await left(page), 300, "not started: the first step's whole time");
  assert.equal(await button(page, "Previous step").isDisabled(), true, "nothing before the first step");
  assert.equal(await page.$$eval("[aria-current='step']", (els) => els.length), 0);
  assert.equal(await page.getAttribute("#readiness", "aria-current"), "false");

  await button(page, "Start").click();
  assert.equal(await step(page), "readiness");
  await assertLeft(page, 300);
  assert.equal(await page.getAttribute("#readiness", "aria-current"), "step");
  await page.clock.fastForward(61_000);
  await assertLeft(page, 239);

  // Next: the technical section is the current one, highlighted and brought into view.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await button(page, "Next step").click();
  assert.equal(await step(page), "technical");
  await assertLeft(page, 600);
  assert.equal(await page.getAttribute("#technical", "aria-current"), "step");
  assert.equal(await page.getAttribute(".toc a[href='#technical']", "aria-current"), "step");
  assert.equal(await page.getAttribute("#readiness", "aria-current"), "false");
  assert.equal(await page.getAttribute(".toc a[href='#readiness']", "aria-current"), "false");
  const border = await page.$eval("#technical", (e) => getComputedStyle(e).borderTopColor);
  const plain = await page.$eval("#data", (e) => getComputedStyle(e).borderTopColor);
  assert.notEqual(border, plain, "the current section looks different");
  // Reduced motion: in place at once, not scrolled smoothly.
  const at = await top(page, "technical");
  const barBottom = await page.$eval(".agenda", (e) => e.getBoundingClientRect().bottom);
  assert.ok(at >= barBottom - 1 && at < barBottom + 150, `technical at ${at}, bar ends at ${barBottom}`);

  // Twelve minutes for this step instead of ten.
  assert.equal(await page.inputValue('#agenda-minutes'), "10");
  await page.fill('#agenda-minutes', "12");
  await page.press('#agenda-minutes', "Tab");
  await assertLeft(page, 720);
  await page.clock.fastForward(30_000);
  await assertLeft(page, 690);
  const saved = await page.evaluate(() => localStorage.getItem("scaling-planner:agenda"));
  assert.match(saved, /^\{"agenda":1,"step":1,"started":\d+,"paused":0,"paused_at":null,"minutes":\[5,12,8,7,10,10,5,5,5\]\}$/);

  // A reload: the same step, its time going on from where it was, and its section in view
  // (from the top of the page, where a reload of a page the app builds leaves it).
  const before = await left(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.reload();
  await page.waitForSelector('[data-figure="agenda.step"]');
  assert.equal(await step(page), "technical");
  await page.waitForFunction(() => Math.abs(document.getElementById("technical").getBoundingClientRect().top) < 250);
  const after = await left(page);
  assert.ok(after <= before && after >= before - 5, `${after} seconds left after a reload, ${before} before`);
  assert.equal(await page.getAttribute("#technical", "aria-current"), "step");
  await page.clock.fastForward(10_000);
  await assertLeft(page, after - 10);

  // Previous: the first step, its time starting again.
  await button(page, "Previous step").click();
  assert.equal(await step(page), "readiness");
  await assertLeft(page, 300);

  // Pause: the time stops; resume: it goes on.
  await button(page, "Pause").click();
  const paused = await left(page);
  await page.clock.fastForward(20_000);
  assert.equal(await left(page), paused, "paused: the time stands still");
  assert.ok(await page.$eval(".agenda", (e) => e.dataset.state.split(" ").includes("paused")));
  await button(page, "Resume").click();
  await page.clock.fastForward(5_000);
  await assertLeft(page, paused - 5);

  // Overrunning is shown, never enforced.
  assert.equal(await page.inputValue('#agenda-minutes'), "5");
  await page.fill('#agenda-minutes', "1");
  await page.press('#agenda-minutes', "Tab");
  await page.clock.fastForward(60_000);
  assert.ok((await left(page)) < 0);
  assert.match(await page.textContent(".agenda-time"), /^\+\d+:\d\d over$/);
  assert.ok(await page.$eval(".agenda", (e) => e.dataset.state.split(" ").includes("over")));
  assert.equal(await step(page), "readiness", "still on the same step");

  assert.deepEqual(errors, []);
  await context.close();
});

test("without storage the timer still runs, and nothing breaks", async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const { page, errors } = await openTimed(context);
  await button(page, "Start").click();
  await page.clock.fastForward(10_000);
  await assertLeft(page, 290);
  await button(page, "Next step").click();
  assert.equal(await step(page), "technical");
  await page.reload();
  await page.waitForSelector('[data-figure="agenda.step"]');
  assert.equal(await step(page), "readiness", "not kept, not started");
  assert.equal(await left(page), 300);
  assert.deepEqual(
    errors.filter((e) => !/quota|storage/i.test(String(e))),
    [],
  );
  await context.close();
});

test("a damaged saved timer reads as not started", async () => {
  const context = await app.browser.newContext();
  const { page, errors } = await openTimed(context);
  await page.evaluate(() => localStorage.setItem("scaling-planner:agenda", '{"agenda":1,"step":7,"started":"oops"}'));
  await page.reload();
  await page.waitForSelector('[data-figure="agenda.step"]');
  assert.equal(await step(page), "readiness");
  assert.equal(await left(page), 300);
  assert.equal(await button(page, "Start").count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the time left, overrun included (by hours too), never hides behind the buttons or runs past the edge, from 320 px up", async () => {
  for (const width of [320, 390, 610, 768, 1280]) {
    const context = await app.browser.newContext({ viewport: { width, height: 700 } });
    const { page, errors } = await openTimed(context);
    await button(page, "Start").click();
    const overrun = [[5 * 60_000 + 7 * 60_000, /^\+7:\d\d over$/], [5 * 60_000, /^\+12:\d\d over$/], [2 * 3600_000, /^\+132:\d\d over$/], [18 * 3600_000, /^\+1212:\d\d over$/]];
    for (const [ms, shown] of [[2_000, /^4:5\d$/], ...overrun]) {
      await page.clock.fastForward(ms);
      await page.waitForFunction((re) => new RegExp(re).test(document.querySelector(".agenda-time").textContent), shown.source);
      const at = await page.evaluate(() => {
        const box = (s) => document.querySelector(s).getBoundingClientRect();
        return { time: box(".agenda-time").right, buttons: box(".agenda-controls").left, page: document.documentElement.scrollWidth };
      });
      assert.ok(at.time <= at.buttons, `${shown} at ${width} px: the time ends at ${at.time}, the buttons start at ${at.buttons}`);
      assert.equal(at.page, width, `${shown} at ${width} px: nothing past the edge`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

/** Stands in for the Screen Wake Lock API: records each lock, and hides or shows the page.
 * `refuse` makes every request fail, as a battery saver or a permissions policy does. */
const fakeWakeLock = (refuse) => {
  window.locks = [];
  let hidden = false;
  Object.defineProperty(document, "hidden", { get: () => hidden });
  window.setHidden = (h) => {
    hidden = h;
    if (h) window.locks.forEach((l) => (l.released = true));
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  };
  Object.defineProperty(navigator, "wakeLock", {
    value: {
      request(kind) {
        if (refuse) return Promise.reject(new DOMException("Wake lock refused", "NotAllowedError"));
        const lock = { kind, released: false, release: () => ((lock.released = true), Promise.resolve()) };
        window.locks.push(lock);
        return Promise.resolve(lock);
      },
    },
  });
};

/** How many locks were asked for, and how many of them are still held. */
const locks = (page) =>
  page.evaluate(() => ({ asked: window.locks.length, held: window.locks.filter((l) => !l.released && l.kind === "screen").length }));

test("the screen stays on while the timer runs, and is let go when it stops", async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(fakeWakeLock, false);
  const { page, errors } = await openTimed(context);
  assert.deepEqual(await locks(page), { asked: 0, held: 0 }, "not before the timer starts");

  await button(page, "Start").click();
  await page.waitForFunction(() => window.locks.length === 1);
  assert.deepEqual(await locks(page), { asked: 1, held: 1 });
  await button(page, "Next step").click();
  assert.deepEqual(await locks(page), { asked: 1, held: 1 }, "one lock for the whole run");

  await button(page, "Pause").click();
  assert.deepEqual(await locks(page), { asked: 1, held: 0 });
  await button(page, "Resume").click();
  await page.waitForFunction(() => window.locks.length === 2);
  assert.deepEqual(await locks(page), { asked: 2, held: 1 });

  // The browser lets the lock go while the page is hidden; back in view, the app asks again.
  await page.evaluate(() => window.setHidden(true));
  assert.deepEqual(await locks(page), { asked: 2, held: 0 });
  await page.evaluate(() => window.setHidden(false));
  await page.waitForFunction(() => window.locks.length === 3);
  assert.deepEqual(await locks(page), { asked: 3, held: 1 });

  // A reload of a running timer keeps the screen on again.
  await page.reload();
  await page.waitForFunction(() => window.locks?.length === 1);
  assert.deepEqual(await locks(page), { asked: 1, held: 1 });
  await button(page, "Reset the agenda").click();
  assert.deepEqual(await locks(page), { asked: 1, held: 0 });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a browser that will not keep the screen on still runs the timer, quietly", async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(fakeWakeLock, true);
  const { page, errors } = await openTimed(context);
  await button(page, "Start").click();
  await page.clock.fastForward(61_000);
  await assertLeft(page, 239);
  await button(page, "Pause").click();
  await button(page, "Resume").click();
  assert.deepEqual(errors, []);
  await context.close();
});

test("two tabs keep one timer: each follows what the other does", async () => {
  const context = await app.browser.newContext();
  const laptop = await openTimed(context);
  const projector = await openTimed(context);
  await button(laptop.page, "Start").click();
  await projector.page.waitForFunction(() => document.querySelector(".agenda").dataset.state.includes("started"));
  // One clock for the whole browser context; the other tab shows it at its next tick.
  await laptop.page.clock.fastForward(61_000);
  await projector.page.waitForFunction(() => Number(document.querySelector('[data-figure="agenda.remaining_seconds"]').dataset.value) <= 239);
  await assertLeft(projector.page, 239);

  // Next on the projector's tab: the laptop's moves on too, and the section comes into view.
  await button(projector.page, "Next step").click();
  await laptop.page.waitForFunction(() => document.querySelector('[data-figure="agenda.step"]').dataset.value === "technical");
  await assertLeft(laptop.page, 600);
  assert.equal(await laptop.page.getAttribute("#technical", "aria-current"), "step");

  await button(laptop.page, "Pause").click();
  await projector.page.waitForFunction(() => document.querySelector(".agenda").dataset.state.includes("paused"));
  // What was stored is what both show: a third tab reads the same.
  const third = await openTimed(context);
  assert.equal(await step(third.page), "technical");
  assert.match(await third.page.getAttribute(".agenda", "data-state"), /paused/);
  for (const tab of [laptop, projector, third]) assert.deepEqual(tab.errors, []);
  await context.close();
});

test("the minutes box takes any number, rounded to whole minutes from 1 to 240, and shows what it took", async () => {
  const context = await app.browser.newContext();
  const { page, errors } = await openTimed(context);
  const minutes = page.locator("#agenda-minutes");
  assert.deepEqual([await minutes.getAttribute("min"), await minutes.getAttribute("max")], ["1", "240"]);
  for (const [typed, taken] of [["2.5", "3"], ["12", "12"], ["1e2", "100"], ["0", "1"], ["999", "240"], ["-4", "1"], ["7.4", "7"]]) {
    await minutes.fill(typed);
    await minutes.press("Tab");
    await page.waitForFunction((m) => document.querySelector("#agenda-minutes").value === m, taken);
    assert.equal(await left(page), Number(taken) * 60, `${typed} gives ${taken} minutes`);
  }
  await minutes.fill("");
  await minutes.press("Tab");
  await page.waitForFunction(() => document.querySelector("#agenda-minutes").value === "7");
  assert.deepEqual(errors, []);
  await context.close();
});

test("Next stops at the last step, as Previous does at the first", async () => {
  const context = await app.browser.newContext();
  const { page, errors } = await openTimed(context);
  await button(page, "Start").click();
  for (let i = 1; i < 9; i++) await button(page, "Next step").click();
  assert.equal(await step(page), "assessment");
  assert.equal(await button(page, "Next step").isDisabled(), true);
  assert.equal(await button(page, "Previous step").isDisabled(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test("Reset can be undone until the timer changes again; a new step is announced", async () => {
  const context = await app.browser.newContext();
  const { page, errors } = await openTimed(context);
  assert.equal(await page.getAttribute('[data-figure="agenda.step"]', "aria-live"), "polite", "screen readers hear the new step");
  await button(page, "Reset the agenda").click();
  assert.equal(await button(page, "Undo reset").count(), 0, "nothing to undo before a start");

  await button(page, "Start").click();
  await page.clock.fastForward(120_000);
  await button(page, "Next step").click();
  await page.clock.fastForward(60_000);
  await button(page, "Reset the agenda").click();
  assert.equal(await step(page), "readiness");
  assert.equal(await button(page, "Start").count(), 1);
  await button(page, "Undo reset").click();
  assert.equal(await step(page), "technical");
  assert.equal(await button(page, "Pause").count(), 1, "running again");
  await assertLeft(page, 540);
  assert.equal(await button(page, "Undo reset").count(), 0);
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem("scaling-planner:agenda")).step), 1, "stored");

  // Once the timer changes after a reset, the reset stands.
  await button(page, "Reset the agenda").click();
  await button(page, "Start").click();
  assert.equal(await button(page, "Undo reset").count(), 0);
  assert.equal(await step(page), "readiness");
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a phone the section menu's strip follows the agenda: the current step's entry is in sight", async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, errors } = await openTimed(context);
  await button(page, "Start").click();
  for (let i = 1; i <= 8; i++) {
    await button(page, "Next step").click();
    await page.waitForFunction(() => document.querySelector('.toc a[aria-current="step"]'));
    const seen = await page.evaluate(() => {
      const entry = document.querySelector('.toc a[aria-current="step"]').getBoundingClientRect();
      const strip = document.querySelector(".toc").getBoundingClientRect();
      return entry.left >= strip.left - 1 && entry.right <= strip.right + 1;
    });
    assert.ok(seen, `step ${i + 1}: ${await step(page)}'s entry is in the strip's sight`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
