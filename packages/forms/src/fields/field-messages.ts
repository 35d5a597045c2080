/** Texts of the select widget (short enums; long and labelled ones use the searchable select's). */
export interface SelectFieldMessages {
  /** Shown while unset, and the item that clears an optional select. */
  placeholder: string;
  /** The same when the provider publishes its default: `value` is that default. */
  placeholderWithDefault(value: string): string;
}

/**
 * The English texts of {@link SelectFieldMessages}.
 *
 * @example
 * ```ts
 * defaultSelectFieldMessages.placeholderWithDefault("high"); // "Default (high)"
 * ```
 */
export const defaultSelectFieldMessages: SelectFieldMessages = {
  placeholder: "Default",
  placeholderWithDefault: (value) => `Default (${value})`,
};

/** Texts of the number box. */
export interface NumberFieldMessages {
  /** The randomize button's accessible name and tooltip; `label` is the field's label. */
  randomize(label: string): string;
  /** A slider's spoken value while unset, parked at the provider's default `value`. */
  sliderDefault(value: string): string;
}

/**
 * The English texts of {@link NumberFieldMessages}.
 *
 * @example
 * ```ts
 * defaultNumberFieldMessages.randomize("Seed"); // "Randomize Seed"
 * ```
 */
export const defaultNumberFieldMessages: NumberFieldMessages = {
  randomize: (label) => `Randomize ${label}`,
  sliderDefault: (value) => `${value} (default)`,
};
