import { ModelParameterForm } from "@model-forms/forms";
import { act, render, screen, waitFor } from "@testing-library/react";
import { expect, it } from "vitest";
import { everyKindModel } from "./models";

// A fresh module: Radix Slider is not in yet when the form mounts (no preloadWidgets()).
const isRadix = (element: Element) => element.hasAttribute("data-radix-collection-item");

it("a user who moved on while the slider's code was on its way keeps their focus", async () => {
  render(<ModelParameterForm model={everyKindModel} defaultValues={{ prompt: "a fox" }} />);
  const resting = screen.getByRole("slider", { name: "Guidance" });
  // Tab onto the thumb and on to the number box before the chunk arrives.
  act(() => resting.focus());
  expect(isRadix(screen.getByRole("slider", { name: "Guidance" }))).toBe(false);
  const numberBox = screen.getByRole("textbox", { name: "Guidance" });
  act(() => numberBox.focus());
  await waitFor(() => expect(isRadix(screen.getByRole("slider", { name: "Guidance" }))).toBe(true));
  expect(document.activeElement).toBe(numberBox);
});
