import { humanizeLabel } from "@model-forms/forms/core";
import type { Page } from "playwright";
import { expect } from "vitest";
import { embeddedCatalog, type WireImageModel } from "../../fixtures/catalog";

/** A model of the embedded catalog with a typed string enum of ≥ 3 values; `values` leaves out its default. */
export function pickEnumModel(): { record: WireImageModel; enumName: string; values: string[] } {
  for (const record of embeddedCatalog.data) {
    for (const [name, descriptor] of Object.entries(record.supported_parameters ?? {})) {
      if (name === "resolution" || typeof descriptor !== "object" || descriptor === null || Array.isArray(descriptor))
        continue;
      const d = descriptor as { type?: unknown; values?: unknown; default?: unknown };
      if (
        d.type === "enum" &&
        Array.isArray(d.values) &&
        d.values.length >= 3 &&
        d.values.every((v) => typeof v === "string")
      )
        return { record, enumName: name, values: (d.values as string[]).filter((v) => v !== d.default) };
    }
  }
  throw new Error("embedded catalog has no model with a typed string enum of 3+ values");
}

/** The label the form derives from a request field name (no label overrides). */
export function labelFor(name: string): RegExp {
  return new RegExp(`^${humanizeLabel(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
}

/** Opens a Radix Select by its label (opening "Advanced" first when it sits there) and picks `value`. */
export async function chooseOption(page: Page, label: RegExp, value: string): Promise<void> {
  const trigger = page.getByRole("combobox", { name: label });
  await trigger.waitFor({ state: "attached", timeout: 30_000 });
  if (!(await trigger.isVisible())) await page.getByText("Advanced", { exact: true }).click();
  await trigger.click();
  await page.getByRole("option", { name: value, exact: true }).click();
  await expect.poll(() => trigger.textContent()).toContain(value);
}
