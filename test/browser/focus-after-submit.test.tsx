import type { ImageModel, ParameterDescriptor } from "@model-forms/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import { cleanup, render } from "vitest-browser-react";
import { ModelParameterForm } from "../../packages/forms/src/index";
import "../../packages/forms/src/styles/styles.css";

/**
 * After a failed submit, in real Chromium: focus goes to the first invalid field in display order (opening
 * "Advanced" when that is where it is), and every invalid field shows its error, whichever control had focus
 * when the user clicked Generate, including a number box in the middle of an edit.
 */

const parameters: ParameterDescriptor[] = [
  { name: "n", kind: "range", source: "typed", sourceKey: "n", min: 1, max: 4, step: 1, integer: true, default: 1 },
  { name: "steps", kind: "range", source: "typed", sourceKey: "steps", min: 1, max: 50, step: 1, integer: true },
  { name: "seed", kind: "boolean", source: "typed", sourceKey: "seed", valueType: "integer", min: 0, max: 4294967295 },
];
const model: ImageModel = { id: "acme/focus", name: "Focus", parameters, parameterWarnings: [] };

const prompt = () => page.getByRole("textbox", { name: /^Prompt\b/ });
const images = () => page.getByRole("textbox", { name: /^Images\b/ });
const seed = () => page.getByRole("textbox", { name: /^Seed\b/ });
const generate = () => page.getByRole("button", { name: "Generate" });
const errorOf = (name: string) =>
  document.querySelector(`[data-mf-slot="field"][data-name="${name}"] [data-mf-slot="error"]`)?.textContent;

describe("focus and errors after a failed submit (real chromium)", () => {
  afterEach(() => cleanup());

  it("an out-of-range number box has focus and the prompt is empty: both errors, focus on the prompt", async () => {
    const onSubmit = vi.fn();
    await render(<ModelParameterForm model={model} onSubmit={onSubmit} />);
    await userEvent.click(images());
    await userEvent.keyboard("{Control>}a{/Control}9");
    await expect.element(images()).toHaveFocus();
    await userEvent.click(generate());
    await vi.waitFor(() => expect(errorOf("prompt")).toBe("Enter a prompt"));
    expect(errorOf("n")).toBe("Must be at most 4");
    await expect.element(prompt()).toHaveFocus();
    await expect.element(prompt()).toHaveAttribute("aria-invalid", "true");
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("a number box in the middle of an edit ('-') shows its error too", async () => {
    await render(<ModelParameterForm model={model} onSubmit={vi.fn()} />);
    await userEvent.click(images());
    await userEvent.keyboard("{Control>}a{/Control}-");
    await userEvent.click(generate());
    await vi.waitFor(() => expect(errorOf("prompt")).toBe("Enter a prompt"));
    expect(errorOf("n")).toBeTruthy();
    await expect.element(prompt()).toHaveFocus();
  });

  it("Enter in the number box submits; the first invalid field in display order gets focus", async () => {
    const onSubmit = vi.fn();
    await render(<ModelParameterForm model={model} onSubmit={onSubmit} defaultValues={{ prompt: "a fox" }} />);
    await userEvent.click(images());
    await userEvent.keyboard("{Control>}a{/Control}7{Enter}");
    await vi.waitFor(() => expect(errorOf("n")).toBe("Must be at most 4"));
    await expect.element(images()).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.keyboard("{Control>}a{/Control}3{Enter}");
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ model: "acme/focus", prompt: "a fox", n: 3 });
  });

  it("an invalid field inside the closed Advanced section: it opens and the field takes focus", async () => {
    await render(
      <ModelParameterForm
        model={model}
        onSubmit={vi.fn()}
        defaultValues={{ prompt: "a fox", seed: -5 }}
        compileOptions={{ advanced: ["seed"] }}
      />,
    );
    const details = document.querySelector('[data-mf-slot="advanced"]') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await userEvent.click(generate());
    await vi.waitFor(() => expect(details.open).toBe(true));
    await expect.element(seed()).toHaveFocus();
    expect(errorOf("seed")).toBe("Must be at least 0");
  });

  it("errors in basic and advanced fields: focus on the basic one (display order), Advanced opened to show the other", async () => {
    await render(
      <ModelParameterForm
        model={model}
        onSubmit={vi.fn()}
        defaultValues={{ seed: -5 }}
        compileOptions={{ advanced: ["seed"], order: ["seed"] }}
      />,
    );
    await userEvent.click(generate());
    // `order` puts seed first in the field list, but it is displayed under Advanced, after the prompt.
    await expect.element(prompt()).toHaveFocus();
    expect((document.querySelector('[data-mf-slot="advanced"]') as HTMLDetailsElement).open).toBe(true);
    expect(errorOf("seed")).toBe("Must be at least 0");
  });
});
