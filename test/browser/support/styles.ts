import type { ImageModel } from "@model-forms/client";
import { normalizeParameters } from "@model-forms/client";
import { bigModelRecord } from "../../../fixtures/catalog";
import libraryCss from "../../../packages/forms/src/styles/styles.css?inline";
import hostAppCss from "./host-app.css?inline";

export { hostAppCss, libraryCss };

/** The "kitchen sink" model: every widget (selects, sliders, seed, text, checkboxes, references). */
export const kitchenSink: ImageModel = {
  id: bigModelRecord.id,
  name: bigModelRecord.name ?? bigModelRecord.id,
  parameters: normalizeParameters(bigModelRecord.supported_parameters).parameters,
  parameterWarnings: [],
};

/** Adds a stylesheet to <head> (first, or last) and returns a function that removes it. */
export function injectStyle(css: string, where: "first" | "last" = "last"): () => void {
  const style = document.createElement("style");
  style.textContent = css;
  if (where === "first") document.head.prepend(style);
  else document.head.append(style);
  return () => style.remove();
}

/** Every computed property of an element (and of its ::before / ::after), as one record. */
export function computedStyles(element: Element, only?: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pseudo of [null, "::before", "::after"] as const) {
    const style = getComputedStyle(element, pseudo);
    const names = only ?? Array.from(style);
    for (const name of names) out[`${pseudo ?? ""}${name}`] = style.getPropertyValue(name);
  }
  return out;
}

/** The properties that differ between two records, as `name: before -> after`. */
export function differences(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).map((n) => `${n}: ${before[n]} -> ${after[n]}`);
}

/** A colour as the browser paints it (any CSS colour, oklch included), read back as sRGB bytes. */
export function paintedColor(color: string): [number, number, number, number] {
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 1;
  const context = canvas.getContext("2d", { willReadFrequently: true }) as CanvasRenderingContext2D;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a];
}

/** The value of a custom property as the browser paints it, resolved on a probe element under `parent`. */
export function resolvedColor(expression: string, parent: Element = document.body): string {
  const probe = document.createElement("span");
  probe.style.color = expression;
  parent.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
