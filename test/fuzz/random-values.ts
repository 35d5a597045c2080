import type { FieldValue, FormField, FormValues } from "@model-forms/forms/core";

/** The catalog generator's seeded PRNG (mulberry32): the fuzz run stays reproducible from fast-check's seed. */
export { createRng as rng } from "../../fixtures/catalog/generate-catalog";

const promptSamples = ["a lighthouse at dusk", "👩‍👩‍👧 \u202Eevil", "<script>alert(1)</script>", "x", "\u200B"];
const referenceSamples = [
  "https://example.com/ref.png",
  "data:image/png;base64,iVBORw0KGgo=",
  { type: "image_url" as const, image_url: { url: "https://example.com/ref2.webp" } },
];

/**
 * One candidate value for a field, read only from its kind-agnostic constraints and widget (never from its kind):
 * an option, a number within bounds on the step grid, a boolean, a string, or a list of references.
 */
export function candidateValue(field: FormField, random: () => number): FieldValue {
  const c = field.constraints;
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
  if (c.options && c.options.length > 0) return pick(c.options);
  if (c.maxItems !== undefined) {
    // Bounds come from fuzzed data: keep the count a small non-negative integer whatever they are.
    const min = Math.max(0, Math.ceil(Number.isFinite(c.minItems) ? (c.minItems as number) : 0));
    const max = Math.min(Math.floor(Number.isFinite(c.maxItems) ? c.maxItems : min + 3), min + 3);
    if (!(max >= min) || min > 16) return [];
    const count = min + Math.floor(random() * (max - min + 1));
    return Array.from({ length: count }, () => pick(referenceSamples) ?? "https://example.com/a.png");
  }
  if (c.min !== undefined || c.max !== undefined) {
    const min = c.min ?? 0;
    const max = c.max ?? min + 100;
    if (random() < 0.2) return random() < 0.5 ? min : max;
    const step = c.step ?? (c.integer ? 1 : undefined);
    if (step && step > 0 && Number.isFinite((max - min) / step)) {
      return Math.min(max, min + Math.floor(random() * (Math.floor((max - min) / step) + 1)) * step);
    }
    const value = min + random() * (max - min);
    return c.integer ? Math.round(value) : value;
  }
  if (field.widget === "toggle") return random() < 0.5;
  if (field.widget === "prompt" || field.widget === "text") return pick(promptSamples);
  return field.defaultValue;
}

/** Sets an own data property, even for a field named `__proto__` (plain assignment would change the prototype). */
export function setOwn(target: FormValues, key: string, value: FieldValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Random values that each pass their own field schema (a candidate that fails falls back to the default).
 * Returns the values and how many fields got a random (not default) value.
 */
export function randomValidValues(
  fields: readonly FormField[],
  defaults: FormValues,
  random: () => number,
): { values: FormValues; randomized: number } {
  const values: FormValues = { ...defaults };
  let randomized = 0;
  for (const field of fields) {
    if (field.fixed) continue;
    if (random() < 0.2) {
      setOwn(values, field.name, field.schema.safeParse(undefined).success ? undefined : defaults[field.name]);
      continue;
    }
    const candidate = candidateValue(field, random);
    if (field.schema.safeParse(candidate).success) {
      setOwn(values, field.name, candidate);
      randomized++;
    }
  }
  return { values, randomized };
}

/** Every number in a JSON-bound value is finite (JSON would silently turn NaN/Infinity into null). */
export function allNumbersFinite(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (value === null || typeof value !== "object" || seen.has(value)) return true;
  seen.add(value);
  return Object.keys(value).every((k) => allNumbersFinite((value as Record<string, unknown>)[k], seen));
}
