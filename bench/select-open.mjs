// The select-open rows of `pnpm bench`: SelectField opened by keyboard with 10 values (Radix Select) and 1,000
// values (the searchable, virtualised list); at 1,000 values also the hand-written form's Radix Select and RJSF
// shadcn's select (RJSF core's native <select> opens outside the page: nothing to time). Interleaved in random order
// per round. Goal: 1,000 within 2x of 10.
const RUNS = [
  { id: "10", count: 10, who: "ours" },
  { id: "1000", count: 1000, who: "ours" },
  { id: "handwritten", count: 1000, who: "handwritten" },
  { id: "rjsf-shadcn", count: 1000, who: "rjsf-shadcn" },
];
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs `rounds` interleaved rounds (plus 3 warm-up) in the bench page; returns medians per value count. */
export async function measureSelectOpen(page, rounds, shuffled) {
  const samples = Object.fromEntries(RUNS.map((run) => [run.id, []]));
  for (let round = 0; round < rounds + 3; round++) {
    for (const run of shuffled(RUNS)) {
      const sample = await page.evaluate(([n, who]) => window.bench.selectOpen(n, who), [run.count, run.who]);
      if (round >= 3) samples[run.id].push(sample);
    }
  }
  const result = {};
  for (const { id } of RUNS) {
    const list = samples[id];
    result[id] = {
      wall: median(list.map((s) => s.wall)),
      withLayout: median(list.map((s) => s.withLayout)),
      render: median(list.map((s) => s.render)),
      options: median(list.map((s) => s.options)),
    };
  }
  result.ratio = result[1000].withLayout / result[10].withLayout;
  return result;
}

const ms = (value) => `${value.toFixed(2)} ms`;

/** Markdown rows for BENCHMARKS.md. */
export function selectOpenTable(result, rounds) {
  const x = (a, b) => `${(a / b).toFixed(2)}×`;
  const row = (label, pick) => {
    const [ten, ours, hand, shadcn] = ["10", "1000", "handwritten", "rjsf-shadcn"].map((id) => pick(result[id]));
    return `| ${label} | ${ms(ten)} | ${ms(ours)} | ${ms(hand)} | ${ms(shadcn)} | ${x(ours, ten)} | ${x(ours, hand)} | ${x(ours, shadcn)} |`;
  };
  return [
    `| select open, median of ${rounds} rounds | ours, 10 values | ours, 1,000 values | hand-written, 1,000 | RJSF shadcn, 1,000 | ours: 1,000 / 10 | 1,000: ours / hand-written | 1,000: ours / RJSF shadcn |`,
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    row("keydown (RJSF shadcn: click) to commit (wall)", (r) => r.wall),
    row("same + style/layout", (r) => r.withLayout),
    row("React render work (Profiler)", (r) => r.render),
    `| option elements mounted | ${["10", "1000", "handwritten", "rjsf-shadcn"].map((id) => result[id].options).join(" | ")} | | | |`,
  ];
}

/** The goal line: opening 1,000 values within 2x of 10. */
export function selectOpenGoal(result) {
  return {
    goal: "select of 1,000 values opens within 2× of 10 (wall + layout)",
    actual: `${result.ratio.toFixed(2)}× (${ms(result[1000].withLayout)} vs ${ms(result[10].withLayout)})`,
    met: result.ratio <= 2,
  };
}
