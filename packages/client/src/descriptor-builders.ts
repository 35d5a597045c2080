import type { ParameterDescriptor, ParameterSource, ParameterWarning } from "./parameter-descriptor";

/** A record read from the wire. */
export type Rec = Record<string, unknown>;

export const isNum = (v: unknown): v is number => Number.isFinite(v);
/** Format lists are read up to this many entries. */
export const MAX_FORMATS = 64;
/** The request field of reference images. */
export const REFS = "input_references";

/** A warning whose message is built from its code: `{key}: {code in words}`. */
const warning = (code: string, key?: string): ParameterWarning => ({
  code,
  key,
  message: `${key ?? "supported_parameters"}: ${code.replace(/_/g, " ")}`,
});

/**
 * A warning list that holds one warning per code and key: a repeat raises that warning's `count` instead of adding
 * another, so hostile input (a million bad enum values) yields one warning, not a million.
 */
export function warningList(warnings: ParameterWarning[] = []) {
  const index = new Map<string, ParameterWarning>();
  for (const w of warnings) index.set(`${w.code}\u0000${w.key ?? ""}`, w);
  return {
    warnings,
    add(code: string, key?: string, times = 1): void {
      const id = `${code}\u0000${key ?? ""}`;
      const found = index.get(id);
      if (found) found.count = (found.count ?? 1) + times;
      else {
        const w = warning(code, key);
        if (times > 1) w.count = times;
        index.set(id, w);
        warnings.push(w);
      }
    },
  };
}

/** A descriptor: the shared fields, then the kind's own defined ones (optional fields stay absent). */
export const make = (name: string, kind: string, source: ParameterSource, sourceKey: string, own: Rec) => {
  const d: Rec = { name, kind, source, sourceKey };
  // A plain loop: this runs for every parameter of every model, and entries/filter/fromEntries was 60% of it.
  for (const k in own) if (own[k] !== undefined) d[k] = own[k];
  return d as unknown as ParameterDescriptor;
};

/** An `input_references` descriptor: `min`..`max` images (whole, within 0..max), with per-image limits. */
export const refs = (sourceKey: string, source: ParameterSource, min: number, max: number, constraints = {}) => {
  const maxItems = Math.max(0, Math.floor(max));
  return make(REFS, "image_references", source, sourceKey, {
    minItems: Math.min(maxItems, Math.max(0, Math.ceil(min))),
    maxItems,
    constraints,
  });
};
