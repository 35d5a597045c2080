import { createImageClient } from "@model-forms/client";
import {
  type AdvancedSectionProps,
  type FieldSlot,
  type FormSlot,
  ImageClientProvider,
  ModelParameterForm,
  type ModelParameterFormClassNames,
  SliderField,
  type SubmitButtonProps,
  useModelParameterForm,
} from "@model-forms/forms";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { fakeImageDataUrl } from "../../fixtures/catalog";
import { hostAppCss, injectStyle, kitchenSink, libraryCss, resolvedColor } from "./support/styles";

/**
 * The styling promise of the README and of Storybook's Introduction ("Styling"), claim by claim:
 * 1. `className` on the form reaches the <form>; on a field, the field's root (`data-mf-slot="field"`).
 * 2. `classNames` reaches every part the form and its fields render, by `data-mf-slot` name (the Select popup too).
 * 3. Your classes win over the stylesheet (Tailwind utilities included), with no `!important`.
 * 4. `slots` replaces the submit button and the Advanced disclosure.
 * (Host safety, the theme and shadcn tokens: host-safe-styles.test.tsx; WCAG figures: wcag-styles.test.tsx.)
 */

const formSlots: FormSlot[] = [
  "root",
  "field",
  "advanced",
  "advanced-summary",
  "advanced-content",
  "actions",
  "submit",
  "form-error",
  "form-error-detail",
  "button",
  "skeleton-field",
  "skeleton",
];
const fieldSlots: Exclude<FieldSlot, "root">[] = [
  "label-row",
  "label",
  "control",
  "description",
  "hint",
  "error",
  "counter",
  "textarea",
  "input",
  "checkbox",
  "number-row",
  "number-input",
  "randomize",
  "select-trigger",
  "select-icon",
  "select-content",
  "select-viewport",
  "select-item",
  "select-indicator",
  "slider-row",
  "slider",
  "slider-track",
  "slider-range",
  "slider-thumb",
  "references",
  "reference-list",
  "reference",
  "reference-thumbnail",
  "reference-remove",
  "reference-add",
  "button",
  "file-button",
  "file-input",
  // The image widgets (issue 14): resolution / aspect picker, seed control, long select, reference manager.
  "resolution",
  "resolution-options",
  "resolution-option",
  "resolution-radio",
  "resolution-shape",
  "resolution-icon",
  "resolution-label",
  "resolution-detail",
  "resolution-note",
  "resolution-swap",
  "resolution-tiers",
  "resolution-tiers-label",
  "resolution-trigger",
  "resolution-content",
  "resolution-item",
  "seed",
  "seed-row",
  "seed-dice",
  "seed-reuse",
  "seed-modes",
  "seed-mode",
  "seed-mode-radio",
  "seed-last",
  "long-select",
  "long-select-trigger",
  "long-select-value",
  "long-select-icon",
  "long-select-content",
  "long-select-search",
  "long-select-list",
  "long-select-option",
  "long-select-note",
  "long-select-recent",
  "long-select-empty",
  "reference-dropzone",
  "reference-hint",
  "reference-actions",
  "reference-move",
  "reference-badge",
  "reference-notes",
  "reference-status",
];
/** `x-<slot>` for every slot: the class each part must end up with. */
const everyClass = Object.fromEntries(
  [...formSlots, ...fieldSlots].map((slot) => [slot, `x-${slot}`]),
) as ModelParameterFormClassNames;

/** The class a part must carry: its slot's, or `x-field` on a field's root and `x-root` on the form. */
const expectedClass = (element: Element) => {
  const slot = element.getAttribute("data-mf-slot");
  return slot === "form" ? "x-root" : `x-${slot}`;
};

/** A slider field on its own, outside any form, with a className. */
function Standalone() {
  const { form, fields } = useModelParameterForm(kitchenSink);
  const field = fields.find((candidate) => candidate.name === "n");
  return field ? <SliderField field={field} control={form.control} className="my-field" /> : null;
}

function MyButton(props: SubmitButtonProps) {
  return <button {...props} data-custom="submit" />;
}

const seenOpen = vi.fn();
/** A disclosure that unmounts its content while closed, as Radix Collapsible does. */
function MyDisclosure({ open, onOpenChange, label, children }: AdvancedSectionProps) {
  seenOpen(open);
  return (
    <section data-custom="advanced">
      <button type="button" aria-expanded={open} onClick={() => onOpenChange(!open)}>
        {label}
      </button>
      {open ? children : null}
    </section>
  );
}

let cleanups: Array<() => void> = [];
beforeEach(async () => {
  await page.viewport(900, 900);
});
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

describe("the styling promise", { timeout: 60_000 }, () => {
  it("1. className reaches the <form>, and a field's className its root element", async () => {
    cleanups.push(injectStyle(libraryCss));
    await render(<ModelParameterForm model={kitchenSink} className="my-form" />);
    await expect.element(page.getByRole("button", { name: "Generate" })).toBeInTheDocument();
    expect(document.querySelector("form")?.classList.contains("my-form")).toBe(true);

    await render(<Standalone />);
    const root = document.querySelector(".my-field");
    expect(root?.getAttribute("data-mf-slot")).toBe("field");
    expect(root?.hasAttribute("data-mf-root")).toBe(true);
  });

  it("2. classNames reaches every part the form and its fields render, the Select popup included", async () => {
    cleanups.push(injectStyle(libraryCss));
    await render(
      <ModelParameterForm
        model={kitchenSink}
        classNames={everyClass}
        compileOptions={{ advanced: ["seed"], prompt: { maxLength: 500 } }}
        defaultValues={{ input_references: [fakeImageDataUrl("classes")] }}
      />,
    );
    await expect.element(page.getByRole("button", { name: "Generate" })).toBeInTheDocument();
    // Errors and the open popup render parts that are absent at first.
    await page.getByRole("button", { name: "Generate" }).click();
    await expect.element(page.getByRole("alert").first()).toBeInTheDocument();
    await page.getByRole("combobox", { name: "Quality" }).click();
    await expect.element(page.getByRole("listbox")).toBeInTheDocument();

    const parts = [...document.querySelectorAll("[data-mf-slot]")];
    const seen = new Set(parts.map((part) => part.getAttribute("data-mf-slot")));
    for (const slot of ["form", "field", "label", "hint", "error", "counter", "select-content", "select-item"]) {
      expect(seen, slot).toContain(slot);
    }
    for (const slot of ["slider-thumb", "checkbox", "reference-remove", "advanced-summary", "submit", "actions"]) {
      expect(seen, slot).toContain(slot);
    }
    for (const slot of ["resolution-option", "resolution-radio", "resolution-shape", "seed-dice", "seed-mode"]) {
      expect(seen, slot).toContain(slot);
    }
    for (const slot of ["reference-dropzone", "reference-move", "reference-remove", "reference-status"]) {
      expect(seen, slot).toContain(slot);
    }
    const missing = parts.filter((part) => !part.classList.contains(expectedClass(part)));
    expect(missing.map((part) => part.getAttribute("data-mf-slot"))).toEqual([]);
    expect(parts.length).toBeGreaterThan(100);
  });

  it("2. classNames reaches the loading skeleton", async () => {
    cleanups.push(injectStyle(libraryCss));
    // A catalog that has not answered yet: the loading state.
    const client = createImageClient({ fetch: () => new Promise<Response>(() => {}) });
    await render(
      <ImageClientProvider client={client}>
        <ModelParameterForm modelId="acme/pixel-v3" classNames={everyClass} className="my-form" />
      </ImageClientProvider>,
    );
    await expect.element(page.getByRole("status")).toBeInTheDocument();
    const parts = [...document.querySelectorAll("[data-mf-slot]")].filter(
      (part) => part.getAttribute("data-mf-slot") !== "sr-only",
    );
    expect(parts.map((part) => part.getAttribute("data-mf-slot"))).toContain("skeleton");
    expect(parts.filter((part) => !part.classList.contains(expectedClass(part)))).toEqual([]);
    expect(document.querySelector('[data-mf-slot="form"]')?.classList.contains("my-form")).toBe(true);
  });

  it("3. your classes win over the stylesheet: Tailwind utilities on the form, a part, a field's root", async () => {
    cleanups.push(injectStyle(hostAppCss), injectStyle(libraryCss));
    await render(
      <ModelParameterForm
        model={kitchenSink}
        className="gap-2"
        classNames={{ submit: "bg-red-600 rounded-none", "slider-thumb": "size-8", field: "gap-4", label: "text-lg" }}
      />,
    );
    await expect.element(page.getByRole("button", { name: "Generate" })).toBeInTheDocument();
    const submit = document.querySelector('[data-mf-slot="submit"]') as Element;
    expect(getComputedStyle(submit).backgroundColor).toBe(resolvedColor("var(--color-red-600)"));
    expect(getComputedStyle(submit).borderTopLeftRadius).toBe("0px");
    const thumb = document.querySelector('[data-mf-slot="slider-thumb"]') as Element;
    expect(thumb.getBoundingClientRect().width).toBe(32);
    expect(getComputedStyle(document.querySelector('[data-mf-slot="field"]') as Element).rowGap).toBe("16px");
    expect(getComputedStyle(document.querySelector('[data-mf-slot="label"]') as Element).fontSize).toBe("18px");
    expect(getComputedStyle(document.querySelector("form") as Element).rowGap).toBe("8px");
  });

  it("4. slots replace the submit button and the Advanced disclosure, which opens on an invalid advanced field", async () => {
    cleanups.push(injectStyle(libraryCss));
    const onSubmit = vi.fn();
    await render(
      <ModelParameterForm
        model={kitchenSink}
        slots={{ submit: MyButton, advanced: MyDisclosure }}
        compileOptions={{ advanced: ["n"] }}
        defaultValues={{ prompt: "a fox", n: 99 }}
        onSubmit={onSubmit}
      />,
    );
    const submit = page.getByRole("button", { name: "Generate" });
    await expect.element(submit).toHaveAttribute("data-custom", "submit");
    await expect.element(submit).toHaveAttribute("data-state", "idle");
    const toggle = page.getByRole("button", { name: "Advanced" });
    await expect.element(toggle).toHaveAttribute("aria-expanded", "false");
    await submit.click();
    await expect.element(toggle).toHaveAttribute("aria-expanded", "true");
    await expect.element(page.getByRole("slider", { name: "Images" })).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(seenOpen).toHaveBeenLastCalledWith(true);
    // Fixing the value: the form submits through the custom button.
    await userEvent.fill(page.getByRole("textbox", { name: /^Images/ }), "2");
    await submit.click();
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ prompt: "a fox", n: 2 });
  });
});
