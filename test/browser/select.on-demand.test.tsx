import type { ImageModel, ParameterDescriptor } from "@model-forms/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import { cleanup, render } from "vitest-browser-react";
import { ModelParameterForm } from "../../packages/forms/src/index";
import "../../packages/forms/src/styles/styles.css";

/**
 * Selects in real Chromium before Radix Select is in (no preloadWidgets(): the first form shows plain closed
 * triggers, and Radix's takes over when the user reaches for one). Keyboard alone and the pointer reach the same
 * body, and the keyboard focus never falls to <body> across the swap.
 */
const parameters: ParameterDescriptor[] = [
  { name: "quality", kind: "enum", source: "typed", sourceKey: "quality", values: ["low", "mid", "high"] },
  { name: "style", kind: "enum", source: "typed", sourceKey: "style", values: ["anime", "photo", "sketch"] },
];
const model: ImageModel = { id: "acme/selects", name: "Selects", parameters, parameterWarnings: [] };
const combobox = (name: string) => page.getByRole("combobox", { name });

describe("selects on demand (real chromium)", () => {
  afterEach(() => cleanup());

  it("keyboard: Tab to a plain trigger, open, choose; focus stays on the trigger; pointer: one press opens the other", async () => {
    const onSubmit = vi.fn();
    await render(<ModelParameterForm model={model} defaultValues={{ prompt: "a fox" }} onSubmit={onSubmit} />);
    const quality = combobox("Quality").element() as HTMLElement;
    // The plain trigger stands in: no Radix root (its hidden native <select>) in the form yet.
    expect(document.querySelector("form select")).toBeNull();
    await userEvent.click(page.getByRole("textbox", { name: /^Prompt\b/ }));
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(quality);
    await userEvent.keyboard("{ArrowDown}");
    await expect.element(page.getByRole("listbox")).toBeVisible();
    expect(document.activeElement?.getAttribute("role")).toBe("option");
    await userEvent.keyboard("{ArrowDown}{Enter}");
    await vi.waitFor(() => expect(page.getByRole("listbox").query()).toBeNull());
    // Radix's trigger stands where the plain one was, focused, showing the choice.
    await expect.element(combobox("Quality")).toHaveTextContent("mid");
    expect(document.activeElement).toBe(combobox("Quality").element());
    expect(quality.isConnected).toBe(false);

    await userEvent.click(combobox("Style"));
    await expect.element(page.getByRole("option", { name: "sketch" })).toBeVisible();
    await userEvent.click(page.getByRole("option", { name: "sketch" }));
    await expect.element(combobox("Style")).toHaveTextContent("sketch");

    await userEvent.click(page.getByRole("button", { name: "Generate" }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      model: "acme/selects",
      prompt: "a fox",
      quality: "mid",
      style: "sketch",
    });
  });
});
