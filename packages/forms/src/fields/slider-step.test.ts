import { describe, expect, it } from "vitest";
import { sliderStep } from "./slider-step";

const onGrid = (value: number, min: number, step: number) => {
  const k = (value - min) / step;
  return Math.abs(k - Math.round(k)) < 1e-9;
};

describe("sliderStep", () => {
  it.each([
    [1, 10, 3.5, 0.1],
    [0, 20, 7.5, 0.1],
    [-5, 5, 0.25, 0.05],
    [0, 100, 33.33, 0.01],
    [0, 1, 0.8, 0.01],
  ])("%d..%d with default %d: step %d keeps the default and the maximum on the grid", (min, max, anchor, step) => {
    const chosen = sliderStep(min, max, undefined, false, anchor);
    expect(chosen).toBe(step);
    expect(onGrid(anchor, min, chosen)).toBe(true);
    expect(onGrid(max, min, chosen)).toBe(true);
  });

  it("keeps the published step, 1 for integers, and the hundredth when the default already lies on it", () => {
    expect(sliderStep(0, 10, 0.5, false, 3.3)).toBe(0.5);
    expect(sliderStep(1, 50, undefined, true, 7)).toBe(1);
    expect(sliderStep(1, 10, undefined, false, 1)).toBe(0.09);
    expect(sliderStep(1, 10, undefined, false, undefined)).toBe(0.09);
  });

  it("falls back to the hundredth when the grid would be absurdly fine, and stays fast", () => {
    const started = performance.now();
    expect(sliderStep(0, 1000, undefined, false, 0.123456789)).toBe(10);
    expect(sliderStep(0, 999, undefined, false, 1 / 3)).toBe(10);
    for (let i = 0; i < 1000; i++) sliderStep(0, 1000, undefined, false, 0.12345678);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
