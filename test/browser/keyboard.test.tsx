import type { ImageModel, ParameterDescriptor } from "@model-forms/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import { cleanup, render } from "vitest-browser-react";
import { ModelParameterForm } from "../../packages/forms/src/index";
import "../../packages/forms/src/styles/styles.css";

/**
 * Keyboard behaviour in real Chromium: Ctrl/Cmd+Enter in the prompt submits, Enter in a checkbox or a number box
 * submits (Space toggles the checkbox), and an open Select keeps Tab inside its list as Radix intends, so the
 * content Radix hides (`aria-hidden`) while it is open cannot be reached.
 */

const parameters: ParameterDescriptor[] = [
  { name: "quality", kind: "enum", source: "typed", sourceKey: "quality", values: ["low", "high"], default: "low" },
  { name: "n", kind: "range", source: "typed", sourceKey: "n", min: 1, max: 4, step: 1, integer: true, default: 1 },
  { name: "watermark", kind: "boolean", source: "typed", sourceKey: "watermark", valueType: "boolean" },
];
const model: ImageModel = { id: "acme/keys", name: "Keys", parameters, parameterWarnings: [] };
const prompt = () => page.getByRole("textbox", { name: /^Prompt\b/ });

async function renderForm() {
  const onSubmit = vi.fn();
  await render(<ModelParameterForm model={model} onSubmit={onSubmit} />);
  await userEvent.click(prompt());
  await userEvent.keyboard("a fox");
  return onSubmit;
}

describe("keyboard (real chromium)", () => {
  afterEach(() => cleanup());

  it("Enter starts a new line in the prompt; Ctrl+Enter and Cmd+Enter submit", async () => {
    const onSubmit = await renderForm();
    await userEvent.keyboard("{Enter}b");
    await expect.element(prompt()).toHaveValue("a fox\nb");
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.keyboard("{Control>}{Enter}{/Control}");
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ model: "acme/keys", prompt: "a fox\nb" });
    await userEvent.keyboard("{Meta>}{Enter}{/Meta}");
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    await expect.element(prompt()).toHaveValue("a fox\nb");
  });

  it("Space toggles the checkbox; Enter submits without toggling it", async () => {
    const onSubmit = await renderForm();
    const checkbox = page.getByRole("checkbox", { name: /^Watermark\b/ });
    (checkbox.element() as HTMLElement).focus();
    await userEvent.keyboard(" ");
    await expect.element(checkbox).toBeChecked();
    await userEvent.keyboard("{Enter}");
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    await expect.element(checkbox).toBeChecked();
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ model: "acme/keys", prompt: "a fox", watermark: true });
  });

  it("Enter in the number box submits what it shows", async () => {
    const onSubmit = await renderForm();
    await userEvent.click(page.getByRole("textbox", { name: /^Images\b/ }));
    await userEvent.keyboard("{Control>}a{/Control}3{Enter}");
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ model: "acme/keys", prompt: "a fox", n: 3 });
  });

  it("an open Select keeps Tab inside its list; what Radix hides (aria-hidden) cannot be reached", async () => {
    await renderForm();
    // Found before the Select opens: aria-hidden content leaves the accessibility tree that roles are read from.
    const promptBox = prompt().element() as HTMLElement;
    const trigger = page.getByRole("combobox", { name: /^Quality\b/ });
    await userEvent.click(trigger);
    const listbox = page.getByRole("listbox");
    await expect.element(page.getByRole("option", { name: "low" })).toHaveFocus();

    // What axe's aria-hidden-focus rule reports: focusable elements inside content marked aria-hidden.
    const hiddenFocusables = [
      ...document.querySelectorAll<HTMLElement>('[aria-hidden="true"] :is(button, input, textarea, [tabindex="0"])'),
    ];
    expect(hiddenFocusables.length).toBeGreaterThan(0);
    expect(hiddenFocusables).toContain(promptBox);

    for (const key of ["{Tab}", "{Tab}", "{Tab}", "{Shift>}{Tab}{/Shift}", "{Shift>}{Tab}{/Shift}", "{Tab}"]) {
      await userEvent.keyboard(key);
      const focused = document.activeElement as HTMLElement;
      expect(listbox.element().contains(focused)).toBe(true);
      expect(focused.closest('[aria-hidden="true"]')).toBeNull();
      expect(hiddenFocusables).not.toContain(focused);
    }
    // Nor by pointer: Radix disables pointer events outside the list while it is open.
    const box = promptBox.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(promptBox.contains(hit)).toBe(false);

    await userEvent.keyboard("{Escape}");
    await expect.element(trigger).toHaveFocus();
    expect(document.querySelector('[aria-hidden="true"] textarea')).toBeNull();
  });
});
