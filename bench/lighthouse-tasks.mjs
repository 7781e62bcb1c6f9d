// Why Lighthouse's time to interactive for the app is about 2.3 s in most runs and about 1.1 s
// (the LCP) in some: for each Lighthouse mobile run on the release build, its TTI and every
// main-thread task of the run's own trace that is long enough to count (12.5 ms or more as
// observed: 50 ms once Lighthouse multiplies it by 4) and that its simulation places after the
// wasm's download. A benchmark, not a test.
//   make build && node bench/lighthouse-tasks.mjs      (RUNS, default 3; DIST for another build)
//
// The rules are Lantern's (bench/lighthouse/node_modules/@paulirish/trace_engine/models/trace/
// lantern/graph/PageDependencyGraph.js, linkCPUNodes): a task waits for the download of a file
// that is in the stack of a TimerInstall, InvalidateLayout or ScheduleStyleRecalculation event
// in it, and a timer's task waits for the task that set it. A task that sets a timer or first
// changes the page from the wasm therefore waits for the wasm, which the slow-4G simulation
// downloads by about 3.1 s; if it is long enough, TTI comes after it.
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve, runLighthouse } from "./lighthouse/run.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const RUNS = Number(process.env.RUNS ?? 3);
const DIST = resolve(process.env.DIST ?? join(root, "dist"));
const LONG_MS = 12.5;

const server = await serve(DIST);

const isTask = (e) => (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") && e.ph === "X";
const linked = new Set(["FunctionCall", "EvaluateScript", "TimerInstall", "TimerFire", "ScheduleStyleRecalculation", "InvalidateLayout"]);
const tiesToWasm = (e) =>
  ["TimerInstall", "InvalidateLayout", "ScheduleStyleRecalculation"].includes(e.name) &&
  (e.args?.data?.stackTrace ?? []).some((frame) => String(frame.url).endsWith(".wasm"));

try {
  for (let run = 1; run <= RUNS; run++) {
    const { lhr, artifacts } = await runLighthouse(server.url, ["performance"]);
    const audits = lhr.audits;
    const ms = (id) => Math.round(audits[id].numericValue);
    console.log(`\nrun ${run}: TTI ${ms("interactive")} ms, LCP ${ms("largest-contentful-paint")} ms, TBT ${ms("total-blocking-time")} ms`);

    const events = artifacts.Trace.traceEvents;
    const start = events.find((e) => e.name === "navigationStart")?.ts ?? events[0].ts;
    const tasks = events.filter((e) => isTask(e) && e.dur >= 1000).sort((a, b) => a.ts - b.ts);
    const inside = events.filter((e) => linked.has(e.name));
    const late = new Set();
    const lateTimers = new Set();
    for (const task of tasks) {
      const own = inside.filter((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts <= task.ts + task.dur);
      const waits = own.some(tiesToWasm) || own.some((e) => e.name === "TimerFire" && lateTimers.has(e.args?.data?.timerId));
      if (!waits) continue;
      late.add(task);
      for (const e of own) if (e.name === "TimerInstall") lateTimers.add(e.args.data.timerId);
      if (task.dur / 1000 >= LONG_MS) {
        const names = [...new Set(own.map((e) => e.name))].join(", ");
        console.log(`  at ${((task.ts - start) / 1000).toFixed(0).padStart(4)} ms: ${(task.dur / 1000).toFixed(1).padStart(5)} ms, waits for the wasm (${names})`);
      }
    }
    const long = [...late].filter((t) => t.dur / 1000 >= LONG_MS).length;
    console.log(`  ${late.size} tasks wait for the wasm, ${long} of them ${LONG_MS} ms or more`);
  }
} finally {
  server.close();
}
