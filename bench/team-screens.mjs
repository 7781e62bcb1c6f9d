// Screenshots of the workshop views for issue notes: node bench/team-screens.mjs [out-dir]
const repo = new URL("..", import.meta.url).pathname;
const { serve, launch } = await import(`${repo}/tests/e2e/harness.mjs`);
const out = process.argv[2] ?? "target/screens-team";
await import("node:fs").then((fs) => fs.mkdirSync(out, { recursive: true }));
const server = await serve("/scaling-planner/");
const browser = await launch();
try {
  const f = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
  const page = await f.newPage();
  await page.goto(server.url);
  await page.waitForSelector("[data-figure]");
  await page.click("text=New from example");
  await page.waitForTimeout(800);
  await page.click("summary:has-text('Collect team scores')");
  const link = await page.getAttribute('[data-share="participant-link"]', "data-value");
  const responses = [];
  const people = [["Ada", 3], ["Bob", 9], ["Cy", 6], ["Dee", 7], ["Eve", 5]];
  for (const [k, [name, base]] of people.entries()) {
    const c = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });
    const p = await c.newPage();
    await p.goto(link);
    await p.waitForSelector('[data-share="response"]');
    await p.fill('[name="participant.name"]', name);
    const inputs = await p.locator('input[name^="readiness."], input[name^="assessment."]').all();
    for (const [i, inp] of inputs.entries()) {
      const v = Math.max(0, Math.min(10, base + ((i * (k + 1)) % 3) - 1));
      await inp.fill(String(v));
    }
    await inputs[inputs.length - 1].blur();
    await p.waitForTimeout(200);
    if (k === 0) {
      await p.evaluate(() => window.scrollTo(0, 0));
      await p.waitForTimeout(300);
      await p.screenshot({ path: `${out}/participant-390-top.png` });
      await p.evaluate(() => document.querySelector('[data-share="response"]').scrollIntoView({ block: "center" }));
      await p.waitForTimeout(200);
      await p.screenshot({ path: `${out}/participant-390-send.png` });
    }
    responses.push(await p.getAttribute('[data-share="response"]', "data-value"));
    await c.close();
  }
  await page.fill('[name="team.responses"]', responses.join("\n") + "\nhttps://example.org/#r=1broken");
  await page.click("text=Add responses");
  await page.click(".agenda-go");
  await page.waitForTimeout(2500);
  await page.evaluate(() => document.getElementById("team-scores").scrollIntoView());
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/panel-1280.png` });
  await page.evaluate(() => document.getElementById("readiness").scrollIntoView());
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/teamview-1280.png` });
  await page.evaluate(() => document.querySelector('[data-chart="readiness"]').scrollIntoView({ block: "center" }));
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${out}/chart-1280.png` });
} finally { await browser.close(); await server.close(); }
