import type { ParameterDescriptor, ParameterKind } from "@model-forms/client";
import type { KindModule } from "../types";
import { booleanKind } from "./boolean-kind";
import { enumKind } from "./enum-kind";
import { imageReferencesKind } from "./image-references-kind";
import { rangeKind } from "./range-kind";
import { unknownKind } from "./unknown-kind";

/**
 * One kind module per descriptor kind, keyed by the kind it handles.
 *
 * @example
 * ```ts
 * const kinds: Partial<KindRegistry> = { unknown: myPaletteKind };
 * compileParameterForm(model, { kinds });
 * ```
 */
export type KindRegistry = { [K in ParameterKind]: KindModule<Extract<ParameterDescriptor, { kind: K }>> };

/**
 * The built-in kind modules. Shared code looks a descriptor's module up here by `descriptor.kind`.
 *
 * @example
 * ```ts
 * kindModules.range.kind; // "range"
 * ```
 */
export const kindModules: KindRegistry = {
  enum: enumKind,
  range: rangeKind,
  boolean: booleanKind,
  image_references: imageReferencesKind,
  unknown: unknownKind,
};

export { compilePromptField, type PromptFieldOptions } from "./prompt-kind";
export { booleanKind, enumKind, imageReferencesKind, rangeKind, unknownKind };
