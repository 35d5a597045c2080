import { act, screen } from "@testing-library/react";

/**
 * Focuses the slider named `name` and returns its thumb. A slider rests as plain markup until first used, and
 * Radix's slider takes its place on focus: the thumb element changes once, so a test reads it again after focusing,
 * as an app's own tests do.
 */
export function focusSlider(name: string | RegExp): HTMLElement {
  act(() => screen.getByRole("slider", { name }).focus());
  return screen.getByRole("slider", { name });
}
