import { defaultModelPickerMessages } from "../catalog/model-picker-messages";
import { defaultCoreMessages } from "../core/core-messages";
import { defaultSubmitErrorMessages } from "../core/submit-errors";
import { defaultNumberFieldMessages, defaultSelectFieldMessages } from "../fields/field-messages";
import { defaultImageReferencesMessages } from "../fields/image-references-messages";
import { defaultResolutionFieldMessages } from "../fields/resolution-options";
import { defaultSearchableSelectMessages } from "../fields/searchable-select-field";
import { defaultSeedFieldMessages } from "../fields/seed-field";
import { defaultPriceEstimateMessages } from "../preview/price-estimate";
import { defaultRequestPreviewMessages } from "../preview/request-preview-messages";
import { defaultModelParameterFormMessages } from "./form-messages";
import type { FormPartMessages } from "./model-form-messages";

/**
 * Every English text of the form parts, by part: the starting point of a translation (in its own module, so a form
 * that is not translated does not bundle the texts of parts it never renders twice). The generation parts' English
 * is `defaultGenerationMessages` in `@model-forms/forms/generation`.
 *
 * @example
 * ```ts
 * Object.keys(defaultModelFormMessages); // ["core", "form", "submitErrors", "select", …]
 * ```
 */
export const defaultModelFormMessages: FormPartMessages = {
  core: defaultCoreMessages,
  form: defaultModelParameterFormMessages,
  submitErrors: defaultSubmitErrorMessages,
  select: defaultSelectFieldMessages,
  number: defaultNumberFieldMessages,
  references: defaultImageReferencesMessages,
  resolution: defaultResolutionFieldMessages,
  seed: defaultSeedFieldMessages,
  searchableSelect: defaultSearchableSelectMessages,
  price: defaultPriceEstimateMessages,
  picker: defaultModelPickerMessages,
  preview: defaultRequestPreviewMessages,
};
