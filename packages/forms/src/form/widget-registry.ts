import type { WidgetKind } from "../core/types";
import { FallbackField } from "../fields/fallback-field";
import { ImageReferencesField } from "../fields/image-references-field";
import { preloadLazyModules } from "../fields/lazy-widget";
import { NumberField } from "../fields/number-field";
import { PromptField } from "../fields/prompt-field";
import { ResolutionField } from "../fields/resolution-field";
import { SeedField } from "../fields/seed-field";
import { SelectField } from "../fields/select-field";
import { SliderField } from "../fields/slider-field";
import { TextField } from "../fields/text-field";
import { ToggleField } from "../fields/toggle-field";
import type { FieldComponent, WidgetComponents } from "../fields/types";

/**
 * The component for each widget kind. `<ModelParameterForm components>` overrides entries; the form only looks
 * widgets up here and never branches on a kind.
 *
 * @example
 * ```tsx
 * <ModelParameterForm model={model} components={{ ...defaultWidgets, select: MyNativeSelect }} />
 * ```
 */
export const defaultWidgets: Record<WidgetKind, FieldComponent> = {
  select: SelectField,
  slider: SliderField,
  number: NumberField,
  prompt: PromptField,
  "image-references": ImageReferencesField,
  toggle: ToggleField,
  text: TextField,
  resolution: ResolutionField,
  seed: SeedField,
};

/**
 * The component that renders `field`: a per-field override, else the per-widget one, else the default widget,
 * else {@link FallbackField}.
 *
 * @example
 * ```ts
 * const Component = resolveFieldComponent(field, { select: MySelect }, { seed: SeedField });
 * ```
 */
export function resolveFieldComponent(
  field: { name: string; widget: string },
  components?: WidgetComponents,
  fieldComponents?: Record<string, FieldComponent | undefined>,
): FieldComponent {
  // Own entries only: a field named `constructor` must not find Object.prototype's constructor.
  const own = (record: Record<string, FieldComponent | undefined> | undefined, key: string) =>
    record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
  return (
    own(fieldComponents, field.name) ??
    own(components, field.widget) ??
    own(defaultWidgets, field.widget) ??
    FallbackField
  );
}

/**
 * Fetches every widget part that loads on demand (Radix Select, Radix Slider, the reference-image manager, the
 * searchable select's list, and any `lazyWidget` of the app's), so no field waits for its code later: call it where
 * the app starts, in a Storybook loader, or before tests render. (A select or slider still rests as plain markup
 * until first used; its code is simply there by then.)
 *
 * @example
 * ```ts
 * await preloadWidgets();
 * render(<ModelParameterForm model={model} />); // nothing waits for a chunk
 * ```
 */
export function preloadWidgets(): Promise<void> {
  return preloadLazyModules();
}
