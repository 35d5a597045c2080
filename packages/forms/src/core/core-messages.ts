/**
 * Every text the compiler puts into a form: validation messages, hints and default labels. Functions take the
 * figures already formatted (`"1,024"`, `"10 MB"`), so a translation only words them. Server-safe (no React).
 *
 * @example
 * ```ts
 * const messages: Partial<CoreMessages> = { enterPrompt: "Bitte einen Prompt eingeben" };
 * compileParameterForm(model, { messages });
 * ```
 */
export interface CoreMessages {
  /**
   * The locale numbers are written in (a BCP 47 tag such as `"de-DE"`): bounds and defaults in hints and validation
   * messages (`1.024`), byte sizes, and, read by the components from the messages provider, prices (`0,04 $`) and
   * times. Unset (the default): numbers as JavaScript prints them (`1024`), prices in `en-US`.
   */
  locale?: string;
  /** The prompt field's label. */
  promptLabel: string;
  /** A required prompt left blank. */
  enterPrompt: string;
  /** A value that should be text (an optional prompt, a free-text field). */
  expectedText: string;
  /** Prompt too long; also the prompt hint's limit. */
  atMostCharacters(max: number): string;
  /** The prompt hint when a `maxLength` is set. */
  promptHint(max: number): string;
  expectedNumber: string;
  expectedWholeNumber: string;
  atLeast(min: string): string;
  atMost(max: string): string;
  expectedStep(step: string): string;
  /** An enum value that is not one of its options. */
  chooseOption: string;
  /** The hint of a one-value enum. */
  onlyOption(value: string): string;
  /** The hint of an enum: its option count, and its default when it has one. */
  optionsHint(count: number, defaultValue: string | undefined): string;
  expectedOnOff: string;
  /** The hint of an optional field (text, toggle). */
  optional: string;
  /** The hint of an optional bounded number (a seed): `bounds` is "0–4,294,967,295". */
  optionalRange(bounds: string): string;
  /** The hint of a range: `bounds` is "1–4"; `defaultValue` when one is published or limited. */
  rangeHint(bounds: string, defaultValue: string | undefined): string;
  expectedImageList: string;
  atMostImages(count: number): string;
  atLeastImages(count: number): string;
  /** The count part of a reference-images hint (`min` is 0 when none is required). */
  imagesHint(min: number, max: number): string;
  /** The size part of a reference-images hint: `size` is "10 MB". */
  eachSize(size: string): string;
  expectedReferenceEntry: string;
  /** A data URL of a format the model refuses; formats are upper case. */
  formatNotAccepted(format: string, formats: string[]): string;
  imageTooLarge(size: string): string;
  expectedDataUrl: string;
  expectedUrl: string;
  httpsOnly: string;
  /** The form schema's own type check (values that are not an object). */
  expectedObject: string;
  /** A byte size: `amount` already in the locale's digits, `unit` one of `bytes`, `KB`, `MB` ("10 MB"). */
  byteSize(amount: string, unit: "bytes" | "KB" | "MB"): string;
  /** The label of a field whose name is empty (a control always has a name). */
  unnamedField: string;
  /** Labels of well-known request fields, by name (`n` -> "Images"); other names are humanized. */
  fieldLabels: Record<string, string>;
}

/**
 * The English texts of {@link CoreMessages}.
 *
 * @example
 * ```ts
 * defaultCoreMessages.rangeHint("1–4", "1"); // "1–4, default 1"
 * ```
 */
export const defaultCoreMessages: CoreMessages = {
  promptLabel: "Prompt",
  enterPrompt: "Enter a prompt",
  expectedText: "Expected text",
  atMostCharacters: (max) => `At most ${max} characters`,
  promptHint: (max) => `Up to ${max} characters`,
  expectedNumber: "Expected a number",
  expectedWholeNumber: "Expected a whole number",
  atLeast: (min) => `Must be at least ${min}`,
  atMost: (max) => `Must be at most ${max}`,
  expectedStep: (step) => `Expected a step of ${step}`,
  chooseOption: "Choose one of the options",
  onlyOption: (value) => `Only ${value}`,
  optionsHint: (count, defaultValue) =>
    `${count} options${defaultValue === undefined ? "" : `, default ${defaultValue}`}`,
  expectedOnOff: "Expected on or off",
  optional: "Optional",
  optionalRange: (bounds) => `Optional, ${bounds}`,
  rangeHint: (bounds, defaultValue) => (defaultValue === undefined ? bounds : `${bounds}, default ${defaultValue}`),
  expectedImageList: "Expected a list of images",
  atMostImages: (count) => `At most ${count} ${count === 1 ? "image" : "images"}`,
  atLeastImages: (count) => `At least ${count} ${count === 1 ? "image" : "images"}`,
  imagesHint: (min, max) => `${min > 0 ? `${min}–${max}` : `Up to ${max}`} ${max === 1 ? "image" : "images"}`,
  eachSize: (size) => `${size} each`,
  expectedReferenceEntry: 'Expected a URL string or { type: "image_url", image_url: { url } }',
  formatNotAccepted: (format, formats) => `Format ${format} is not accepted (${formats.join(", ")})`,
  imageTooLarge: (size) => `Image is larger than ${size}`,
  expectedDataUrl: "Expected a base64 data:image/… URL",
  expectedUrl: "Expected an https URL or a data URL",
  httpsOnly: "Only https URLs are accepted",
  expectedObject: "Expected an object of values",
  byteSize: (amount, unit) => `${amount} ${unit}`,
  unnamedField: "Unnamed parameter",
  fieldLabels: {
    n: "Images",
    num_images: "Images",
    seed: "Seed",
    resolution: "Resolution",
    aspect_ratio: "Aspect ratio",
    input_references: "Reference images",
  },
};

/**
 * The English texts with `overrides` over them (`fieldLabels` merged by name); the defaults object itself when
 * there is nothing to override, so the common case allocates nothing.
 *
 * @example
 * ```ts
 * coreMessages({ optional: "Optional (leer lassen)" }).optional; // "Optional (leer lassen)"
 * ```
 */
export function coreMessages(overrides: Partial<CoreMessages> | undefined): CoreMessages {
  if (overrides === undefined) return defaultCoreMessages;
  const merged = { ...defaultCoreMessages, ...overrides };
  if (overrides.fieldLabels) merged.fieldLabels = { ...defaultCoreMessages.fieldLabels, ...overrides.fieldLabels };
  return merged;
}
