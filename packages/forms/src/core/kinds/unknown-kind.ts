import type { UnknownParameter } from "@model-forms/client";
import type { KindModule } from "../types";

/**
 * A descriptor type this library does not understand: left out of the form (and of requests) with an
 * `unknown_kind` warning. Apps that know it can add their own field.
 *
 * @example
 * ```ts
 * const warnings: string[] = [];
 * unknownKind.compile(
 *   { name: "style", kind: "unknown", raw: { type: "palette" }, source: "typed", sourceKey: "style" },
 *   { label: "Style", advanced: false, warn: (code) => warnings.push(code) },
 * ); // null; warnings: ["unknown_kind"]
 * ```
 */
export const unknownKind: KindModule<UnknownParameter> = {
  kind: "unknown",
  compile(descriptor, context) {
    context.warn(
      "unknown_kind",
      `"${descriptor.name}" has a parameter type this form does not support; it is left out.`,
    );
    return null;
  },
};
