// Layout shifts and largest-contentful-paint candidates of a cold load on a phone-sized screen
// (412 × 823, as Lighthouse's mobile preset) under 4× CPU throttling (RATE=), three loads:
// what moved, from where to where, and which element was the largest paint.
//   make build && node bench/shifts.mjs
import { serve, launch } from "../tests/e2e/harness.mjs";
const server = await serve("/");
const browser = await launch();
for (let i = 0; i < 3; i++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, serviceWorkers: "block" });
  await context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        window.__shifts.push({ t: Math.round(e.startTime), v: e.value.toFixed(4), src: e.sources.map((s) => `${s.node?.nodeName}.${s.node?.className ?? ""}#${s.node?.id ?? ""} ${JSON.stringify(s.previousRect)}→${JSON.stringify(s.currentRect)}`) });
    }).observe({ type: "layout-shift", buffered: true });
    window.__lcp = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__lcp.push({ t: Math.round(e.startTime), size: e.size, el: e.element ? `${e.element.nodeName}.${e.element.className} ${e.element.textContent.slice(0, 40)}` : "(removed since)" });
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(process.env.RATE ?? 4) });
  await page.goto(server.url);
  await page.waitForSelector("#snapshots", { state: "attached" });
  await page.waitForTimeout(1500);
  console.log(JSON.stringify(await page.evaluate(() => ({ shifts: window.__shifts, lcp: window.__lcp })), null, 1));
  await context.close();
}
await browser.close();
await server.close();
