import { isNum, MAX_FORMATS, REFS, type Rec, refs, warningList } from "./descriptor-builders";
import { isRecord } from "./is-record";
import type { ImageConstraints, NormalizedParameters } from "./parameter-descriptor";

/** Per-image limits: wire name, descriptor name, and whether the smaller value is the tighter one. */
const LIMITS = [
  ["max_bytes", "maxBytes", true],
  ["min_width", "minWidth", false],
  ["min_height", "minHeight", false],
  ["max_width", "maxWidth", true],
  ["max_height", "maxHeight", true],
] as const;

/** Combines limit sets (route first): the tighter of each bound (`max_*` the smaller), the first list of formats. */
function tighten(sides: Rec[], wire: boolean): ImageConstraints {
  const c: Rec = {};
  for (const [name, prop, smaller] of LIMITS) {
    let bound: number | undefined;
    for (const side of sides) {
      const x = side[wire ? name : prop];
      // The tighter bound: the smaller maximum, the larger minimum.
      if (isNum(x) && x >= 0 && (bound === undefined || (smaller ? x < bound : x > bound))) bound = x;
    }
    if (bound !== undefined) c[prop] = bound;
  }
  const list = sides.map((x) => x.formats).find(Array.isArray);
  // A bounded read: the list may be a Proxy or a sparse array of any length.
  const fs = list
    ? Array.from({ length: Math.min(MAX_FORMATS, Number(list.length) || 0) }, (_, i): unknown => list[i])
        .filter((f): f is string => typeof f === "string")
        .map((f) => f.toLowerCase().replace(/^\./, ""))
    : undefined;
  if (fs?.length) c.formats = [...new Set(fs)];
  return c;
}

/**
 * Merges an endpoint record's `input_reference_constraints` (same shape as the legacy `input_image_constraints`:
 * `{ max_items, route: {...}, provider: {...} }`) into the `input_references` descriptor: the tighter per-image
 * limit wins, formats are lower-cased (route first, else provider) and `max_items` caps `maxItems`. When there is no
 * `input_references` descriptor but `max_items > 0`, one is appended (0..max_items). Returns a new result; the
 * input is not mutated. Never throws.
 *
 * @example
 * ```ts
 * const record = await client.getModelEndpoints("acme/pixel-v3"); // already applies it
 * const merged = applyInputReferenceConstraints(normalizeParameters(raw), { max_items: 3, route: { max_bytes: 1e6 } });
 * ```
 */
export function applyInputReferenceConstraints(
  normalized: NormalizedParameters,
  constraints: unknown,
  sourceKey = "input_reference_constraints",
): NormalizedParameters {
  const list = warningList(normalized.warnings.map((w) => ({ ...w })));
  const { warnings } = list;
  const parameters = [...normalized.parameters];
  const warn = (code: string) => list.add(code, sourceKey);
  try {
    mergeConstraints();
  } catch {
    // A getter or Proxy trap threw: the descriptors stay as they were.
    warn("invalid_constraints");
    return { parameters: [...normalized.parameters], warnings };
  }
  return { parameters, warnings };

  function mergeConstraints(): void {
    if (isRecord(constraints)) {
      const c = tighten([constraints.route, constraints.provider].filter(isRecord), true);
      const m = constraints.max_items;
      const cap = isNum(m) && m >= 0 ? Math.floor(m) : Infinity;
      const i = parameters.findIndex((p) => p.name === REFS);
      const d = parameters[i];
      if (d?.kind === "image_references") {
        const maxItems = Math.min(cap, d.maxItems);
        const merged = tighten([d.constraints as Rec, c as Rec], false);
        parameters[i] = { ...d, maxItems, minItems: Math.min(d.minItems, maxItems), constraints: merged };
      } else if (!d && cap && cap < Infinity) parameters.push(refs(sourceKey, "legacy", 0, cap, c));
      else warn("unused_constraints");
    } else if (constraints != null) warn("invalid_constraints");
  }
}
