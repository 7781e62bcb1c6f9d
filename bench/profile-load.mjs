// Where a cold load's time goes: a CPU profile (Chrome DevTools Protocol) from navigation until
// the first field is on the page, summed by function. Use a build whose wasm keeps its names:
//   make profile, or: bench/profile-build.sh && DIST=target/profile-dist node bench/profile-load.mjs [loads]
import { serve, launch } from "../tests/e2e/harness.mjs";

const LOADS = Number(process.argv[2] ?? 5);
const server = await serve("/");
const browser = await launch();
const self = new Map();
const inclusive = new Map();
let total = 0;
try {
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
    await cdp.send("Profiler.start");
    await page.goto(server.url);
    await page.waitForSelector('[name="readiness.product.feature_completeness"]');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const { profile } = await cdp.send("Profiler.stop");
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    profile.samples.forEach((id, k) => {
      const us0 = profile.timeDeltas[k] ?? 0;
      const seen = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at).callFrame;
        const name = f.functionName || `(${f.url.split("/").pop() || "?"})`;
        if (seen.has(name)) continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + us0);
      }
    });
    profile.samples.forEach((id, k) => {
      const n = byId.get(id);
      const name = n.callFrame.functionName || `(${n.callFrame.url.split("/").pop() || "?"})`;
      if (name === "(idle)") return;
      const us = profile.timeDeltas[k] ?? 0;
      self.set(name, (self.get(name) ?? 0) + us);
      total += us;
    });
    await context.close();
  }
  console.log(`self time per load: ${(total / 1000 / LOADS).toFixed(1)} ms (mean of ${LOADS})`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`${(us / 1000 / LOADS).toFixed(2).padStart(8)} ms  ${(100 * us / total).toFixed(1).padStart(5)}%  ${name.slice(0, 140)}`);
  }
  console.log("\ninclusive (self and callees):");
  for (const [name, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 45)) {
    console.log(`${(us / 1000 / LOADS).toFixed(2).padStart(8)} ms  ${name.slice(0, 140)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
