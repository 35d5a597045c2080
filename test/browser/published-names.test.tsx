import type { ImageModel, ParameterDescriptor } from "@model-forms/client";
import { describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import { render } from "vitest-browser-react";
import { compileParameterForm } from "../../packages/forms/src/core/index";
import {
  type ImageRequest,
  ModelParameterForm,
  useImageRequest,
  useModelFormContext,
} from "../../packages/forms/src/index";
import "../../packages/forms/src/styles/styles.css";

/**
 * Any published name round-trips, in real Chromium: names react-hook-form would read as paths (`.`, `[`), names
 * of Object.prototype members, a name with a space and one in Chinese. Values are chosen by pointer; the body
 * `onSubmit` gets, the live preview (`useImageRequest`), `onRequestChange` and the headless values all carry
 * exactly the published keys.
 */

const enumOf = (name: string, values: string[], extra: Partial<ParameterDescriptor> = {}): ParameterDescriptor =>
  ({ name, kind: "enum", source: "typed", sourceKey: name, values, ...extra }) as ParameterDescriptor;
const parameters: ParameterDescriptor[] = [
  enumOf("style.preset", ["none", "anime", "photo"], { default: "none" } as Partial<ParameterDescriptor>),
  {
    name: "guidance.scale",
    kind: "range",
    source: "typed",
    sourceKey: "guidance.scale",
    min: 1,
    max: 10,
    step: 0.5,
    integer: false,
    default: 3,
  },
  enumOf("loras[0]", ["detail", "film"]),
  enumOf("constructor", ["a", "b"]),
  { name: "toString", kind: "boolean", source: "typed", sourceKey: "toString", valueType: "boolean" },
  enumOf("__defineGetter__", ["x", "y"]),
  {
    name: "hasOwnProperty",
    kind: "range",
    source: "typed",
    sourceKey: "hasOwnProperty",
    min: 1,
    max: 4,
    step: 1,
    integer: true,
    default: 1,
  },
  enumOf("aspect ratio", ["1:1", "16:9"], { default: "1:1" } as Partial<ParameterDescriptor>),
  enumOf("分辨率", ["1024x1024", "2048x2048"], { default: "1024x1024" } as Partial<ParameterDescriptor>),
];
const model: ImageModel = { id: "acme/paths", name: "Paths", parameters, parameterWarnings: [] };
const labels = new Map(compileParameterForm(model).fields.map((field) => [field.name, field.label]));
const label = (name: string) => labels.get(name) ?? name;

const expected = {
  model: "acme/paths",
  prompt: "a fox",
  "style.preset": "anime",
  "guidance.scale": 10,
  "loras[0]": "film",
  constructor: "b",
  toString: true,
  __defineGetter__: "y",
  hasOwnProperty: 4,
  "aspect ratio": "16:9",
  分辨率: "2048x2048",
};

let preview: ImageRequest | undefined;
let headlessValues: Record<string, unknown> = {};
function Observers() {
  preview = useImageRequest().request;
  const headless = useModelFormContext();
  headlessValues = headless?.getValues() ?? {};
  return null;
}

async function choose(name: string, option: string) {
  await userEvent.click(page.getByRole("combobox", { name: label(name) }));
  await userEvent.click(page.getByRole("option", { name: option, exact: true }));
  await expect.element(page.getByRole("combobox", { name: label(name) })).toHaveTextContent(option);
}

/** Clicks the tile named `option` in a resolution / aspect picker (a radio group). */
async function chooseTile(name: string, option: string) {
  const tile = page.getByRole("radiogroup", { name: label(name) }).getByRole("radio", { name: option, exact: true });
  await userEvent.click(tile);
  await expect.element(tile).toBeChecked();
}

/** Clicks a slider's track at its right end (the maximum). */
async function slideToEnd(name: string) {
  const thumb = page.getByRole("slider", { name: label(name) });
  const root = (thumb.element() as HTMLElement).closest('[data-mf-slot="slider"]') as HTMLElement;
  const { width, height } = root.getBoundingClientRect();
  await userEvent.click(root, { position: { x: Math.floor(width) - 1, y: Math.floor(height / 2) } });
  await expect.element(thumb).toHaveAttribute("aria-valuenow", String(expected[name as keyof typeof expected]));
}

describe("published names round-trip (real chromium, pointer)", () => {
  it("what the screen shows is what the request carries, under exactly the published keys", async () => {
    const onSubmit = vi.fn();
    const onRequestChange = vi.fn();
    await render(
      <ModelParameterForm model={model} onSubmit={onSubmit} onRequestChange={onRequestChange}>
        <Observers />
      </ModelParameterForm>,
    );
    await userEvent.click(page.getByRole("textbox", { name: "Prompt" }));
    await userEvent.keyboard("a fox");
    await choose("style.preset", "anime");
    await slideToEnd("guidance.scale");
    await choose("loras[0]", "film");
    await choose("constructor", "b");
    await userEvent.click(page.getByRole("checkbox", { name: label("toString") }));
    await choose("__defineGetter__", "y");
    await slideToEnd("hasOwnProperty");
    await chooseTile("aspect ratio", "16:9");
    await chooseTile("分辨率", "1:1 2048×2048");

    await expect.poll(() => preview).toEqual(expected);
    expect(onRequestChange.mock.lastCall?.[0]).toEqual(expected);
    const { model: _model, ...expectedValues } = expected;
    expect(headlessValues).toEqual(expectedValues);
    expect(Object.getPrototypeOf(headlessValues)).toBe(Object.prototype);

    await userEvent.click(page.getByRole("button", { name: "Generate" }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const [request, values] = onSubmit.mock.calls[0] as [ImageRequest, Record<string, unknown>];
    expect(request).toEqual(expected);
    expect(JSON.parse(JSON.stringify(request))).toEqual(expected);
    expect(Object.keys(request).sort()).toEqual(Object.keys(expected).sort());
    expect(values).toMatchObject({ "style.preset": "anime", constructor: "b", 分辨率: "2048x2048" });
    // Nothing leaked onto the prototype chain.
    expect(({} as Record<string, unknown>).b).toBeUndefined();
  });
});
