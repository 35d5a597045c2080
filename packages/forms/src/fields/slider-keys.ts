/** A slider's bounds and step, as Radix Slider takes them. */
export interface SliderScale {
  min: number;
  max: number;
  step: number;
}

const decimalsOf = (value: number): number => {
  if (!Number.isFinite(value)) return 0;
  const [coefficient = "", exponent] = value.toString().split("e");
  const decimals = coefficient.split(".")[1]?.length ?? 0;
  return Math.max(0, decimals - Number(exponent ?? 0));
};
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * A value snapped to the step grid from `min` and clamped to the bounds: what Radix Slider stores for a pointer
 * position or a key.
 *
 * @example
 * ```ts
 * snapSliderValue(3.7, { min: 1, max: 4, step: 1 }); // 4
 * ```
 */
export function snapSliderValue(value: number, { min, max, step }: SliderScale): number {
  const snapped = round(Math.round((value - min) / step) * step + min, decimalsOf(step));
  return Math.min(max, Math.max(min, snapped));
}

const PAGE_KEYS = ["PageUp", "PageDown"];
const ARROW_KEYS = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"];
// Left-to-right and horizontal, as Radix's slider is without a DirectionProvider.
const BACK_KEYS = ["PageDown", "ArrowDown", "ArrowLeft"];

/**
 * The value a key gives a horizontal slider, by Radix Slider's rules (arrows one step, Page keys and Shift+arrows
 * ten, Home and End the bounds; a value off the grid moves to the next grid point), or `undefined` for other keys.
 *
 * @example
 * ```ts
 * sliderKeyValue({ key: "PageUp", shiftKey: false }, 2, { min: 1, max: 50, step: 1 }); // 12
 * ```
 */
export function sliderKeyValue(
  { key, shiftKey }: { key: string; shiftKey: boolean },
  value: number,
  scale: SliderScale,
): number | undefined {
  if (key === "Home") return scale.min;
  if (key === "End") return scale.max;
  const page = PAGE_KEYS.includes(key);
  if (!page && !ARROW_KEYS.includes(key)) return undefined;
  const direction = BACK_KEYS.includes(key) ? -1 : 1;
  const multiplier = page || shiftKey ? 10 : 1;
  const decimals = decimalsOf(scale.step);
  const steps = (value - scale.min) / scale.step;
  const nearest = Math.round(steps);
  const aligned = round(nearest * scale.step + scale.min, decimals) === round(value, decimals);
  const next = aligned ? nearest + multiplier * direction : direction > 0 ? Math.ceil(steps) : Math.floor(steps);
  return snapSliderValue(round(next * scale.step + scale.min, decimals), scale);
}
