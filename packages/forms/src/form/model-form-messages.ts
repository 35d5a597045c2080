import { createContext, createElement, type ReactNode, useContext, useMemo, useRef } from "react";
import type { ModelPickerMessages } from "../catalog/model-picker-messages";
import type { CoreMessages } from "../core/core-messages";
import type { SubmitErrorMessages } from "../core/submit-errors";
import type { NumberFieldMessages, SelectFieldMessages } from "../fields/field-messages";
import type { ImageReferencesMessages } from "../fields/image-references-messages";
import type { ResolutionFieldMessages } from "../fields/resolution-options";
import type { SearchableSelectMessages } from "../fields/searchable-select-list";
import type { SeedFieldMessages } from "../fields/seed-field";
// Types only: the generation components stay in the `@model-forms/forms/generation` entry.
import type { GenerationHistoryMessages } from "../generation/generation-history";
import type { GenerationResultsMessages } from "../generation/generation-results";
import type { GenerationStatusMessages } from "../generation/generation-status";
import type { ImageStudioMessages } from "../generation/image-studio-messages";
import type { ModelPresetsMessages } from "../generation/model-presets";
import type { ResetToDefaultsMessages } from "../generation/reset-to-defaults";
import type { PriceEstimateMessages } from "../preview/price-estimate";
import type { RequestPreviewMessages } from "../preview/request-preview-messages";
import type { ModelParameterFormMessages } from "./form-messages";

/**
 * Every text the library renders or returns, by part: `core` (validation messages, hints, default labels, used
 * when compiling), `form` (loading, errors, "Advanced", the submit button), `submitErrors`, and one group per
 * widget, the model picker, the request preview and the price estimate; and the generation components of
 * `@model-forms/forms/generation` (`studio`, `status`, `results`, `history`, `presets`, `reset`). English by
 * default: `defaultModelFormMessages` (the form parts) and `defaultGenerationMessages` (the generation parts, from
 * the generation entry). `core.locale` sets the locale numbers, sizes, prices and times are written in.
 *
 * @example
 * ```tsx
 * const messages: ModelFormMessagesOverrides = { core: { enterPrompt: "Prompt eingeben" }, form: { generate: "Erzeugen" } };
 * <ModelParameterForm modelId="acme/pixel-v3" messages={messages} />
 * ```
 */
export interface ModelFormMessages {
  core: CoreMessages;
  form: ModelParameterFormMessages;
  submitErrors: SubmitErrorMessages;
  select: SelectFieldMessages;
  number: NumberFieldMessages;
  references: ImageReferencesMessages;
  resolution: ResolutionFieldMessages;
  seed: SeedFieldMessages;
  searchableSelect: SearchableSelectMessages;
  price: PriceEstimateMessages;
  picker: ModelPickerMessages;
  preview: RequestPreviewMessages;
  /** `ImageStudio`'s own texts (its picker column, notices, titles). */
  studio: ImageStudioMessages;
  status: GenerationStatusMessages;
  results: GenerationResultsMessages;
  history: GenerationHistoryMessages;
  presets: ModelPresetsMessages;
  reset: ResetToDefaultsMessages;
}

/**
 * The parts of {@link ModelFormMessages} that belong to the generation components (their English texts are
 * `defaultGenerationMessages`, exported by `@model-forms/forms/generation`).
 *
 * @example
 * ```ts
 * const part: GenerationMessagePart = "status";
 * ```
 */
export type GenerationMessagePart = "studio" | "status" | "results" | "history" | "presets" | "reset";

/**
 * The parts of {@link ModelFormMessages} the main entry renders: every part but the generation ones.
 *
 * @example
 * ```ts
 * const english: FormPartMessages = defaultModelFormMessages;
 * ```
 */
export type FormPartMessages = Omit<ModelFormMessages, GenerationMessagePart>;

/**
 * A partial {@link ModelFormMessages}: any part, any text of it; the rest stays English.
 *
 * @example
 * ```ts
 * const german: ModelFormMessagesOverrides = { select: { placeholder: "Standard" } };
 * ```
 */
export type ModelFormMessagesOverrides = { [K in keyof ModelFormMessages]?: Partial<ModelFormMessages[K]> };

const NONE: ModelFormMessagesOverrides = {};
export const ModelFormMessagesContext = createContext<ModelFormMessagesOverrides>(NONE);

/** Same keys with the same values (functions by identity): one part's overrides unchanged. */
function shallowEqual(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

function sameOverrides(a: ModelFormMessagesOverrides, b: ModelFormMessagesOverrides): boolean {
  const parts = Object.keys(a) as Array<keyof ModelFormMessages>;
  return parts.length === Object.keys(b).length && parts.every((part) => shallowEqual(a[part], b[part]));
}

/**
 * `overrides` with the identity of the last equal value: an inline messages object re-created on each render does
 * not change the context (which would re-render every field).
 *
 * @example
 * ```ts
 * const stable = useStableOverrides({ ...outer, ...props.messages });
 * ```
 */
export function useStableOverrides(overrides: ModelFormMessagesOverrides): ModelFormMessagesOverrides {
  const last = useRef(overrides);
  if (!sameOverrides(last.current, overrides)) last.current = overrides;
  return last.current;
}

/** Each part of `inner` over the same part of `outer`. */
function mergeOverrides(
  outer: ModelFormMessagesOverrides,
  inner: ModelFormMessagesOverrides | undefined,
): ModelFormMessagesOverrides {
  if (inner === undefined || outer === NONE) return inner ?? outer;
  const merged: Record<string, object | undefined> = { ...outer };
  for (const part of Object.keys(inner) as Array<keyof ModelFormMessages>) {
    merged[part] = { ...outer[part], ...inner[part] };
  }
  return merged as ModelFormMessagesOverrides;
}

/**
 * The overrides in effect here: an enclosing provider's, with `own` over them (stable while equal by content).
 *
 * @example
 * ```ts
 * const overrides = useMessageOverrides(props.messages);
 * ```
 */
export function useMessageOverrides(own?: ModelFormMessagesOverrides): ModelFormMessagesOverrides {
  return useStableOverrides(mergeOverrides(useContext(ModelFormMessagesContext), own));
}

/** Props of {@link ModelFormMessagesProvider}. */
export interface ModelFormMessagesProviderProps {
  /** Texts by part, any subset; the rest stays English. */
  messages: ModelFormMessagesOverrides;
  children?: ReactNode;
}

/**
 * Provides translated texts to every form part inside it (fields, `ModelPicker`, `RequestPreview`,
 * `PriceEstimate`); nested providers and a component's own `messages` prop win over it, part by part.
 *
 * @example
 * ```tsx
 * <ModelFormMessagesProvider messages={{ picker: { search: "Modelle suchen" } }}>
 *   <ModelPicker models={models} />
 * </ModelFormMessagesProvider>
 * ```
 */
export function ModelFormMessagesProvider(props: ModelFormMessagesProviderProps) {
  const value = useMessageOverrides(props.messages);
  return createElement(ModelFormMessagesContext.Provider, { value }, props.children);
}

/**
 * The locale the app gave in the `core` part of the messages (`core: { locale: "de-DE" }`), for prices, times and
 * sizes the components format; `undefined` when none was given (English formatting).
 *
 * @example
 * ```ts
 * const locale = useMessagesLocale();
 * formatPrice(0.04, "USD", { locale }); // "0,04 $" under de-DE
 * ```
 */
export function useMessagesLocale(): string | undefined {
  return useContext(ModelFormMessagesContext).core?.locale;
}

/**
 * One part's texts: English `defaults`, under the enclosing provider's, under the component's own `messages` prop.
 * The result keeps its identity while those do.
 *
 * @example
 * ```ts
 * const messages = usePartMessages("seed", defaultSeedFieldMessages, props.messages);
 * ```
 */
export function usePartMessages<K extends keyof ModelFormMessages>(
  part: K,
  defaults: ModelFormMessages[K],
  own: Partial<ModelFormMessages[K]> | undefined,
): ModelFormMessages[K] {
  const provided = useContext(ModelFormMessagesContext)[part];
  return useMemo(
    () => (provided === undefined && own === undefined ? defaults : { ...defaults, ...provided, ...own }),
    [defaults, provided, own],
  );
}
