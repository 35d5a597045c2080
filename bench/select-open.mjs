// The select-open rows of `pnpm bench`: SelectField opened by keyboard with 10 values (Radix Select) and 1,000
// values (the searchable, virtualised list), interleaved in random order per round. Goal: 1,000 within 2x of 10.
const COUNTS = [10, 1000];
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs `rounds` interleaved rounds (plus 3 warm-up) in the bench page; returns medians per value count. */
export async function measureSelectOpen(page, rounds, shuffled) {
  const samples = Object.fromEntries(COUNTS.map((count) => [count, []]));
  for (let round = 0; round < rounds + 3; round++) {
    for (const count of shuffled(COUNTS)) {
      const sample = await page.evaluate((n) => window.bench.selectOpen(n), count);
      if (round >= 3) samples[count].push(sample);
    }
  }
  const result = {};
  for (const count of COUNTS) {
    const list = samples[count];
    result[count] = {
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
  const row = (label, pick) =>
    `| ${label} | ${ms(pick(result[10]))} | ${ms(pick(result[1000]))} | ${(pick(result[1000]) / pick(result[10])).toFixed(2)}× |`;
  return [
    `| select open, median of ${rounds} rounds | 10 values | 1,000 values | 1,000 / 10 |`,
    "| --- | ---: | ---: | ---: |",
    row("keydown to commit (wall)", (r) => r.wall),
    row("same + style/layout", (r) => r.withLayout),
    row("React render work (Profiler)", (r) => r.render),
    `| option elements mounted | ${result[10].options} | ${result[1000].options} | |`,
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
