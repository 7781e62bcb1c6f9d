// Where keystroke time goes: a CPU profile (Chrome DevTools Protocol) of typing into one field
// with the northwind plan loaded, summed by function. Needs a build whose wasm keeps its names:
//   make profile, or: bench/profile-build.sh && DIST=target/profile-dist node bench/profile-keys.mjs [field] [keystrokes]
// CALLERS=<part of a function name> also prints the call chains that time comes from;
// WITHIN=<part of a function name> prints where the time under such a function goes.
import { serve, launch, openApp } from "../tests/e2e/harness.mjs";
import { fillPlan } from "../tests/e2e/northwind.mjs";

const field = process.argv[2] ?? "readiness.product.feature_completeness";
const N = Number(process.argv[3] ?? 300);
const server = await serve("/");
const browser = await launch();
try {
  const { page } = await openApp(browser, server.url);
  await fillPlan(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
  await cdp.send("Profiler.start");
  await page.evaluate(
    async ({ field, N }) => {
      const input = document.querySelector(`[name="${field}"]`);
      for (let i = 0; i < N; i++) {
        input.value = String(i % 10);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((r) => setTimeout(r, 0));
      }
    },
    { field, N },
  );
  const { profile } = await cdp.send("Profiler.stop");
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  const counts = new Map();
  profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
  let total = 0;
  for (const [id, us] of counts) {
    const n = byId.get(id);
    const name = n.callFrame.functionName || `(${n.callFrame.url.split("/").pop()})`;
    if (name === "(idle)" || name === "(program)") continue;
    self.set(name, (self.get(name) ?? 0) + us);
    total += us;
  }
  console.log(`self time over ${N} keystrokes into ${field}: ${(total / 1000).toFixed(1)} ms (${(total / 1000 / N).toFixed(3)} ms each)`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${(100 * us / total).toFixed(1).padStart(5)}%  ${name.slice(0, 140)}`);
  }
  // WITHIN=<part of a name>: self time by function of only the samples under a function so named.
  if (process.env.WITHIN) {
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const under = (id) => {
      for (let p = id; p !== undefined; p = parent.get(p)) {
        if ((byId.get(p).callFrame.functionName || "").includes(process.env.WITHIN)) return true;
      }
      return false;
    };
    const inside = new Map();
    let sum = 0;
    for (const [id, us] of counts) {
      if (!under(id)) continue;
      const n = byId.get(id);
      const name = n.callFrame.functionName || `(${n.callFrame.url.split("/").pop()})`;
      inside.set(name, (inside.get(name) ?? 0) + us);
      sum += us;
    }
    console.log(`\nwithin ${process.env.WITHIN}: ${(sum / 1000).toFixed(1)} ms (${(sum / 1000 / N).toFixed(3)} ms each)`);
    for (const [name, us] of [...inside].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
      console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name.slice(0, 140)}`);
    }
  }
  // CALLERS=<part of a name>: where the time of the functions so named comes from, as call chains.
  if (process.env.CALLERS) {
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = (n) => (n.callFrame.functionName || "?").replace(/::h[0-9a-f]{16}$/, "").slice(0, 90);
    const chains = new Map();
    for (const [id, us] of counts) {
      if (!label(byId.get(id)).includes(process.env.CALLERS)) continue;
      const chain = [];
      for (let p = parent.get(id); p !== undefined && chain.length < 6; p = parent.get(p)) chain.push(label(byId.get(p)));
      const key = chain.join("\n      ← ");
      chains.set(key, (chains.get(key) ?? 0) + us);
    }
    console.log(`\ncallers of ${process.env.CALLERS}:`);
    for (const [key, us] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
      console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${key}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
