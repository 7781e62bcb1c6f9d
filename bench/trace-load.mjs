// Where a cold load's main-thread tasks go: a Chrome trace of each load, every task over LONG_MS
// (20) with its time by trace event (self time), under RATE× CPU throttling (4, as Lighthouse's
// mobile preset; RATE=1 shows the tasks that Lighthouse's simulation multiplies by 4).
//   make build && node bench/trace-load.mjs [loads=3]   (DIST= another build)
import { serve, launch } from "../tests/e2e/harness.mjs";

const LOADS = Number(process.argv[2] ?? 3);
const RATE = Number(process.env.RATE ?? 4);
const LONG_MS = Number(process.env.LONG_MS ?? 20);
const categories = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8",
  "v8.execute",
  "disabled-by-default-v8.compile",
  "v8.wasm",
  "blink.user_timing",
  "loading",
  "toplevel",
];

const server = await serve("/");
const browser = await launch();
try {
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: RATE });
    await browser.startTracing(page, { categories });
    await page.goto(server.url);
    await page.waitForSelector("#snapshots", { state: "attached" });
    await page.waitForTimeout(1500);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    report(events, i);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

function report(events, run) {
  const threadName = new Map();
  for (const e of events) if (e.name === "thread_name") threadName.set(`${e.pid}:${e.tid}`, e.args.name);
  const navStart = events.find((e) => e.name === "navigationStart" || e.name === "NavigationStartToEnd")?.ts;
  const mains = [...threadName].filter(([, n]) => n === "CrRendererMain").map(([k]) => k);
  // The renderer main thread with the most work is the page's.
  const work = (k) => events.filter((e) => `${e.pid}:${e.tid}` === k && e.ph === "X").reduce((s, e) => s + (e.dur ?? 0), 0);
  const main = mains.sort((a, b) => work(b) - work(a))[0];
  const xs = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === "X" && e.dur).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const runs = xs.filter((e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask");
  const tasks = runs.filter((e) => !runs.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur >= e.dur && (o.dur > e.dur || o.name === "RunTask")));
  const t0 = navStart ?? tasks[0]?.ts ?? 0;
  let blocking = 0;
  // As Lighthouse's simulation would count them: each task 4× as long, blocking beyond 50 ms,
  // from the first paint on.
  const paint = events.find((e) => e.name === "firstContentfulPaint")?.ts ?? 0;
  let simulated = 0;
  console.log(`\nload ${run + 1}: tasks over ${LONG_MS} ms (${RATE}× CPU), start ms from the first trace event`);
  for (const task of tasks) {
    const ms = task.dur / 1000;
    if (ms > 50) blocking += ms - 50;
    if (task.ts + task.dur >= paint && 4 * ms > 50) simulated += 4 * ms - 50;
    if (ms < LONG_MS) continue;
    const inside = xs.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    const self = new Map();
    for (const e of inside) {
      const children = inside.filter((c) => c !== e && c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur);
      // direct children only: those not inside another child
      const direct = children.filter((c) => !children.some((d) => d !== c && c.ts >= d.ts && c.ts + c.dur <= d.ts + d.dur && d.dur > c.dur));
      const own = e.dur - direct.reduce((s, c) => s + c.dur, 0);
      const key = e.name + (e.args?.data?.functionName ? ` ${e.args.data.functionName}` : "");
      self.set(key, (self.get(key) ?? 0) + Math.max(0, own));
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(
      `  ${((task.ts - t0) / 1000).toFixed(0).padStart(6)}  ${ms.toFixed(1).padStart(7)} ms  ` +
        top.map(([n, us]) => `${n} ${(us / 1000).toFixed(1)}`).join(" | "),
    );
  }
  console.log(`  blocking (sum over 50 ms): ${blocking.toFixed(0)} ms; at 4× CPU from the first paint on, as Lighthouse simulates: ${simulated.toFixed(0)} ms`);
}
