import { type Control, get } from "react-hook-form";
import type { FormField } from "../core/types";
import { fieldPath } from "./field-paths";

const FOCUSABLE =
  'input:not([disabled]):not([type="hidden"]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Opens every closed `<details>` around `element`, so what it holds can take focus and show its error. */
export function openDetailsAround(element: Element | null | undefined): void {
  for (let details = element?.closest("details"); details; details = details.parentElement?.closest("details")) {
    details.open = true;
  }
}

/**
 * After a failed submit, moves focus to the first invalid field in display order (the order of the field frames,
 * `[data-mf-slot="field"][data-name]`, inside `container`; fields without a frame follow in `fields` order),
 * opening a closed `<details>` around it. The field's registered element takes focus; when it cannot (disabled,
 * hidden), the first focusable element of its frame does. Returns whether focus moved to a field.
 *
 * @example
 * ```ts
 * focusFirstInvalid({ control: form.control, fields, invalid: ["prompt"], container: formElement });
 * ```
 */
export function focusFirstInvalid({
  control,
  fields,
  invalid,
  container,
}: {
  control: Pick<Control, "_fields">;
  fields: readonly FormField[];
  /** Published names of the invalid fields. */
  invalid: Iterable<string>;
  container?: Element | null;
}): boolean {
  const names = new Set(invalid);
  const ordered = new Map<string, HTMLElement | undefined>();
  for (const frame of container?.querySelectorAll<HTMLElement>('[data-mf-slot="field"][data-name]') ?? []) {
    const name = frame.dataset.name ?? "";
    if (names.has(name) && !ordered.has(name)) ordered.set(name, frame);
  }
  for (const field of fields) {
    if (names.has(field.name) && !ordered.has(field.name)) ordered.set(field.name, undefined);
  }
  for (const [name, frame] of ordered) if (focusField(control, name, frame)) return true;
  return false;
}

function focusField(control: Pick<Control, "_fields">, name: string, frame: HTMLElement | undefined): boolean {
  openDetailsAround(frame);
  const doc = frame?.ownerDocument ?? (typeof document === "undefined" ? undefined : document);
  const before = doc?.activeElement;
  const ref = (get(control._fields, fieldPath(name)) as { _f?: { ref?: { focus?: () => void } } } | undefined)?._f?.ref;
  try {
    ref?.focus?.();
  } catch {}
  const focused = () => (frame ? frame.contains(doc?.activeElement ?? null) : doc?.activeElement !== before);
  if (focused()) return true;
  frame?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  return frame !== undefined && focused();
}
