import { type ImageModel, normalizeParameters } from "@model-forms/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import { cleanup, render } from "vitest-browser-react";
import { bigModelRecord, gptImageRecord, type WireImageModel } from "../../fixtures/catalog";
import { type ImageRequest, ModelParameterForm } from "../../packages/forms/src/index";
import "../../packages/forms/src/styles/styles.css";

/**
 * Keyboard equals mouse, in real Chromium: the same edits give the same body whether the user tabs through every
 * control (visiting is not changing) or clicks only what they change. Models: the Default story's
 * (`openai/gpt-image-1`) and "every field kind" (`acme/kitchen-sink-xl`).
 */

function imageModel(record: WireImageModel): ImageModel {
  const { parameters, warnings } = normalizeParameters(record.supported_parameters);
  return { ...(record as ImageModel), name: record.name ?? record.id, parameters, parameterWarnings: warnings };
}

type Edit =
  | { kind: "select"; label: string; option: string; typed: string }
  | { kind: "slider"; label: string; value: number; min: number; max: number }
  | { kind: "checkbox"; label: string }
  /** A tile of the resolution / aspect picker (a radio group), chosen by arrow keys or a click. */
  | { kind: "radio"; label: string; option: string };

const active = () => document.activeElement as HTMLElement | null;

/** Submits by keyboard only: types the prompt, then Tabs through every control (opening "Advanced"), editing on the way. */
async function byKeyboard(edits: Edit[]) {
  (page.getByRole("textbox", { name: /^Prompt\b/ }).element() as HTMLElement).focus();
  await userEvent.keyboard("a fox");
  const done = new Set<Edit>();
  for (let step = 0; step < 80; step++) {
    await userEvent.keyboard("{Tab}");
    const element = active();
    if (!element) continue;
    if (element.matches('[data-mf-slot="submit"]')) break;
    if (element.tagName === "SUMMARY" && !(element.parentElement as HTMLDetailsElement).open) {
      await userEvent.keyboard("{Enter}");
      await vi.waitFor(() => expect((element.parentElement as HTMLDetailsElement).open).toBe(true));
    }
    for (const edit of edits) {
      if (done.has(edit) || !target(edit)?.contains(element)) continue;
      done.add(edit);
      if (edit.kind === "select") await userEvent.keyboard(edit.typed);
      if (edit.kind === "slider") {
        const now = Number(element.getAttribute("aria-valuenow"));
        await userEvent.keyboard("{ArrowRight}".repeat(edit.value - now));
      }
      if (edit.kind === "checkbox") await userEvent.keyboard(" ");
      if (edit.kind === "radio") {
        // Arrow keys move through the tiles and choose; Tab then leaves the group.
        const wanted = page.getByRole("radio", { name: edit.option, exact: true });
        for (let key = 0; key < 12 && !(wanted.element() as HTMLInputElement).checked; key++) {
          await userEvent.keyboard("{ArrowRight}");
        }
        expect(wanted.element()).toHaveFocus();
      }
    }
  }
  expect(active()?.matches('[data-mf-slot="submit"]')).toBe(true);
  expect(done.size).toBe(edits.length);
  await userEvent.keyboard("{Enter}");
}

/** Submits by pointer only: clicks the prompt and types, clicks what it changes, clicks Generate. */
async function byPointer(edits: Edit[]) {
  await userEvent.click(page.getByRole("textbox", { name: /^Prompt\b/ }));
  await userEvent.keyboard("a fox");
  for (const edit of edits) {
    let element = target(edit);
    if (!element) {
      // Inside the closed "Advanced": open it with a click.
      await userEvent.click(page.getByText("Advanced"));
      element = target(edit) as HTMLElement;
    }
    if (edit.kind === "select") {
      await userEvent.click(element);
      await userEvent.click(page.getByRole("option", { name: edit.option, exact: true }));
    }
    if (edit.kind === "slider") {
      const root = element.closest('[data-mf-slot="slider"]') as HTMLElement;
      const { width, height } = root.getBoundingClientRect();
      const x = ((edit.value - edit.min) / (edit.max - edit.min)) * width;
      await userEvent.click(root, { position: { x: Math.round(x), y: Math.floor(height / 2) } });
    }
    if (edit.kind === "checkbox") await userEvent.click(element);
    if (edit.kind === "radio") await userEvent.click(page.getByRole("radio", { name: edit.option, exact: true }));
  }
  await userEvent.click(page.getByRole("button", { name: "Generate" }));
}

/** The control an edit operates, or `null` while it is hidden (inside a closed "Advanced"). */
function target(edit: Edit): HTMLElement | null {
  // Labels of required fields end in a generated " *": match the start of the name.
  const name = new RegExp(`^${edit.label}\\b`);
  const role = edit.kind === "select" ? "combobox" : edit.kind === "radio" ? "radiogroup" : edit.kind;
  return page.getByRole(role, { name }).query() as HTMLElement | null;
}

async function submitted(model: ImageModel, how: (edits: Edit[]) => Promise<void>, edits: Edit[]) {
  const onSubmit = vi.fn();
  const screen = await render(<ModelParameterForm model={model} onSubmit={onSubmit} />);
  await how(edits);
  await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
  await screen.unmount();
  return onSubmit.mock.calls[0]?.[0] as ImageRequest;
}

const cases: Array<[string, ImageModel, Edit[], ImageRequest]> = [
  ["openai/gpt-image-1, no edits", imageModel(gptImageRecord), [], { model: "openai/gpt-image-1", prompt: "a fox" }],
  [
    "openai/gpt-image-1, quality and images",
    imageModel(gptImageRecord),
    [
      { kind: "select", label: "Quality", option: "high", typed: "h" },
      { kind: "slider", label: "Images", value: 2, min: 1, max: 4 },
    ],
    { model: "openai/gpt-image-1", prompt: "a fox", quality: "high", n: 2 },
  ],
  [
    "acme/kitchen-sink-xl, no edits",
    imageModel(bigModelRecord),
    [],
    { model: "acme/kitchen-sink-xl", prompt: "a fox" },
  ],
  [
    "acme/kitchen-sink-xl, a select, a slider and a checkbox",
    imageModel(bigModelRecord),
    [
      { kind: "select", label: "Quality", option: "hd", typed: "h" },
      { kind: "slider", label: "Images", value: 3, min: 1, max: 8 },
      { kind: "checkbox", label: "Watermark" },
    ],
    { model: "acme/kitchen-sink-xl", prompt: "a fox", quality: "hd", n: 3, watermark: true },
  ],
  [
    "acme/kitchen-sink-xl, a resolution tile and an aspect-ratio tile",
    imageModel(bigModelRecord),
    [
      { kind: "radio", label: "Resolution", option: "1:1 1536×1536" },
      { kind: "radio", label: "Aspect ratio", option: "16:9" },
    ],
    { model: "acme/kitchen-sink-xl", prompt: "a fox", resolution: "1536x1536", aspect_ratio: "16:9" },
  ],
];

describe("keyboard equals mouse (real chromium)", () => {
  afterEach(() => cleanup());
  it.each(cases)("%s: the same body by Tab-walk and by pointer", async (_, model, edits, body) => {
    const keyboard = await submitted(model, byKeyboard, edits);
    const pointer = await submitted(model, byPointer, edits);
    expect(keyboard).toEqual(body);
    expect(pointer).toEqual(body);
  });
});
