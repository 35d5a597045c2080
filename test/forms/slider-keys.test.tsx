import * as Slider from "@radix-ui/react-slider";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { type SliderScale, sliderKeyValue } from "../../packages/forms/src/fields/slider-keys";

/**
 * A resting slider whose code has not arrived applies keys itself: by the same rules as Radix's slider, checked here
 * against Radix's slider itself on grids of integers, tenths, halves, hundredths and an odd step, from the bounds,
 * from grid points and from values off the grid.
 */

/** What Radix's slider does with `key` at `value`: the new value, or the same when it does not change. */
function radixAfter(scale: SliderScale, value: number, key: string, shiftKey: boolean): number {
  const onValueChange = vi.fn<(values: number[]) => void>();
  const { unmount } = render(
    <Slider.Root {...scale} defaultValue={[value]} onValueChange={onValueChange}>
      <Slider.Track>
        <Slider.Range />
      </Slider.Track>
      <Slider.Thumb aria-label="s" />
    </Slider.Root>,
  );
  const thumb = screen.getByRole("slider");
  act(() => thumb.focus());
  fireEvent.keyDown(thumb, { key, shiftKey });
  unmount();
  return onValueChange.mock.calls.at(-1)?.[0]?.[0] ?? value;
}

const scales: SliderScale[] = [
  { min: 0, max: 100, step: 1 },
  { min: 1, max: 8, step: 1 },
  { min: 1, max: 10, step: 0.1 },
  { min: 1, max: 20, step: 0.5 },
  { min: 0, max: 1, step: 0.01 },
  { min: 1, max: 10, step: 0.03 },
];
const keys: Array<[string, boolean]> = [
  ["ArrowRight", false],
  ["ArrowUp", false],
  ["ArrowLeft", false],
  ["ArrowDown", false],
  ["PageUp", false],
  ["PageDown", false],
  ["Home", false],
  ["End", false],
  ["ArrowRight", true],
  ["ArrowLeft", true],
];

describe("sliderKeyValue", () => {
  it.each(scales)("steps as Radix's slider does (%o)", (scale) => {
    const span = scale.max - scale.min;
    const values = [scale.min, scale.max, scale.min + span / 2, scale.min + span * 0.37, scale.max - scale.step / 3];
    for (const value of values) {
      for (const [key, shiftKey] of keys) {
        const ours = sliderKeyValue({ key, shiftKey }, value, scale);
        expect(ours ?? value, `${key}${shiftKey ? "+Shift" : ""} at ${value}`).toBe(
          radixAfter(scale, value, key, shiftKey),
        );
      }
    }
  });

  it("leaves other keys alone", () => {
    expect(sliderKeyValue({ key: "a", shiftKey: false }, 3, { min: 1, max: 8, step: 1 })).toBeUndefined();
    expect(sliderKeyValue({ key: "Tab", shiftKey: false }, 3, { min: 1, max: 8, step: 1 })).toBeUndefined();
  });
});
