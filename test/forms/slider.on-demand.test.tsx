import { ModelParameterForm } from "@model-forms/forms";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { everyKindModel } from "./models";

// A fresh module: Radix Slider is not in yet when the first form mounts (no preloadWidgets()).
const thumb = () => screen.getByRole("slider", { name: "Images" });
const isRadix = (element: Element) => element.hasAttribute("data-radix-collection-item");

describe("a slider before Radix Slider is in", () => {
  it("keys pressed before the code arrives are applied by Radix's rules; then Radix's slider takes over, focused", async () => {
    const user = userEvent.setup();
    const onRequestChange = vi.fn();
    render(
      <ModelParameterForm
        model={everyKindModel}
        defaultValues={{ prompt: "a fox" }}
        onRequestChange={onRequestChange}
      />,
    );
    const resting = thumb();
    expect(isRadix(resting)).toBe(false);
    // Focused and pressed in the same task as the mount: the chunk is still on its way.
    act(() => resting.focus());
    fireEvent.keyDown(resting, { key: "ArrowRight" });
    fireEvent.keyDown(resting, { key: "End" });
    expect(resting).toHaveAttribute("aria-valuenow", "4");
    expect(screen.getByRole("textbox", { name: "Images" })).toHaveValue("4");
    // The code arrives: Radix's thumb stands there, with the value, and has the focus.
    await waitFor(() => expect(isRadix(thumb())).toBe(true));
    expect(thumb()).toHaveAttribute("aria-valuenow", "4");
    expect(document.activeElement).toBe(thumb());
    await user.keyboard("{Home}{ArrowRight}");
    expect(thumb()).toHaveAttribute("aria-valuenow", "2");
    expect(onRequestChange.mock.calls.at(-1)?.[0]).toMatchObject({ n: 2 });
  });
});
