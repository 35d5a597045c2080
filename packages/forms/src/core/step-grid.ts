/**
 * Digits after the decimal point of a number as written (`0.05` -> 2, `1e-7` -> 7, `2.5e-3` -> 4, `3` -> 0).
 *
 * @example
 * ```ts
 * decimalPlaces(0.25); // 2
 * ```
 */
export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [mantissa = "", exponent] = String(Math.abs(value)).split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

/**
 * `value` written at the precision of the grid `min + k * step`: binary noise such as `0.30000000000000004` is
 * dropped, so a value on a fractional step is sent as the user sees it (`0.3`). Values whose precision cannot be
 * expressed (more than 20 decimals) are returned as they are.
 *
 * @example
 * ```ts
 * atStepPrecision(0.1 + 0.2, 0, 0.1); // 0.3
 * atStepPrecision(7.000000000000001, 1, 0.5); // 7
 * ```
 */
export function atStepPrecision(value: number, min: number, step: number): number {
  const places = Math.max(decimalPlaces(step), decimalPlaces(min));
  if (!Number.isFinite(value) || places > 20) return value;
  const rounded = Number(value.toFixed(places));
  return Number.isFinite(rounded) ? rounded : value;
}

/**
 * The grid point `min + k * step` nearest to `value`, at the step's precision.
 *
 * @example
 * ```ts
 * snapToStep(0.26, 0, 0.1); // 0.3 (not 0.30000000000000004)
 * ```
 */
export function snapToStep(value: number, min: number, step: number): number {
  return atStepPrecision(min + Math.round((value - min) / step) * step, min, step);
}
