import { decimalPlaces } from "../core/step-grid";

/** The most positions a slider gets when it needs a finer step to land on its default. */
const MAX_POSITIONS = 100_000;

function gcd(a: number, b: number): number {
  let [x, y] = [Math.abs(a), Math.abs(b)];
  while (y) [x, y] = [y, x % y];
  return x;
}

/** True when `value` lies on the grid `min + k * step` (with a tolerance for binary fractions). */
function onGrid(value: number, min: number, step: number): boolean {
  const k = (value - min) / step;
  return Math.abs(k - Math.round(k)) <= 1e-9 * Math.max(1, Math.abs(k));
}

/**
 * The slider step of a range: its published step, 1 for integers, else about a hundredth of the span. When that
 * hundredth would step over the field's default (`anchor`: 1–10 in 0.09 steps never lands on 3.5), a decimal step
 * that lands on both the default and the maximum is used instead (0.1 there), so the default stays reachable on
 * the slider after the user moved away from it.
 *
 * @example
 * ```ts
 * sliderStep(1, 10, undefined, false, 3.5); // 0.1
 * sliderStep(0, 1, undefined, false, 0.8); // 0.01
 * ```
 */
export function sliderStep(
  min: number,
  max: number,
  step: number | undefined,
  integer: boolean | undefined,
  anchor?: unknown,
): number {
  if (step && step > 0) return step;
  if (integer) return 1;
  const span = max - min;
  const hundredth = Number((span / 100).toPrecision(2));
  // A span too small to divide (or none) still needs a positive step: Radix divides by it.
  const base = hundredth > 0 && Number.isFinite(hundredth) ? hundredth : span > 0 && Number.isFinite(span) ? span : 1;
  if (typeof anchor !== "number" || !(anchor > min && anchor < max) || onGrid(anchor, min, base)) return base;
  const places = Math.max(decimalPlaces(min), decimalPlaces(max), decimalPlaces(anchor));
  const unit = 10 ** -places;
  const spanUnits = Math.round(span / unit);
  const common = gcd(spanUnits, Math.round((anchor - min) / unit));
  // Too fine a grid to be worth a slider (the number box still takes any value).
  if (places > 8 || spanUnits / common > MAX_POSITIONS || spanUnits > 1e10) return base;
  // The coarsest step dividing both distances that still gives at least as many positions as the hundredth did.
  const limit = Math.max(1, Math.floor(spanUnits / Math.min(100, spanUnits)));
  let units = 1;
  for (let i = 1; i * i <= common; i++) {
    if (common % i !== 0) continue;
    for (const d of [i, common / i]) if (d <= limit && d > units) units = d;
  }
  return Number((units * unit).toFixed(places));
}
