import type { FieldValue } from "./types";

/** Structural equality for form values (primitives, arrays and plain objects such as `image_url` entries). */
export function valuesEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => valuesEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** `undefined`, an empty string and an empty list all mean "nothing set": they are never sent. */
export function isEmptyValue(value: FieldValue | unknown): boolean {
  return value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}
