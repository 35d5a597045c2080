/**
 * ModelPicker scenarios: first paint with 234 (the embedded catalog), 5,000 and 20,000 models, and the list update
 * after a filter keystroke (and after clearing the filter) at 5,000 models. The catalogs come from the same seeded
 * generator as the embedded one, so every run sees the same names.
 */
import { filterModels, ModelPicker, type PickerModel } from "@model-forms/forms";
import { EMBEDDED_CATALOG_SIZE, generateCatalog, handwrittenModels } from "../../fixtures/catalog";
import { mountUntimed, newRoot, timedUntilIdle, typeInto, wrap } from "./measure";

export const PICKER_SIZES = [EMBEDDED_CATALOG_SIZE, 5_000, 20_000] as const;
/** The catalog size the filter scenario types into. */
export const FILTER_SIZE = 5_000;
/** Typed one character at a time into the search box; each keystroke is one sample. */
export const FILTER_TEXT = "flux";

const catalogs = new Map<number, PickerModel[]>();
function catalog(size: number): PickerModel[] {
  let models = catalogs.get(size);
  if (!models) {
    const records = [
      ...handwrittenModels,
      ...generateCatalog(
        size - handwrittenModels.length,
        42,
        handwrittenModels.map((m) => m.id),
      ),
    ];
    models = records.map((record) => ({ ...record, name: record.name ?? record.id }));
    catalogs.set(size, models);
  }
  return models;
}

const picker = (models: PickerModel[]) => <ModelPicker models={models} value={models[1]?.id} />;
const optionCount = (host: HTMLElement) => host.querySelectorAll('[role="option"]').length;
/** The status line starts with the number of matches ("12 of 5000 models match", "5000 models"). */
const shows = (host: HTMLElement, count: number) => () =>
  (host.querySelector('[data-mf-slot="model-picker-status"]')?.textContent ?? "").trim().startsWith(`${count} `);

/** One first paint of the picker with `size` models: render, commit and layout, and any trailing commits. */
export async function pickerMount(size: number) {
  const models = catalog(size);
  const mounted = newRoot();
  try {
    const sample = await timedUntilIdle(() => mounted.root.render(wrap(picker(models))));
    return { ...sample, options: optionCount(mounted.host) };
  } finally {
    mounted.dispose();
  }
}

/** Types FILTER_TEXT into the search box of a picker with `size` models, then clears it; each step timed. */
export async function pickerFilter(size: number = FILTER_SIZE) {
  const models = catalog(size);
  const mounted = await mountUntimed(picker(models));
  try {
    const search = mounted.host.querySelector<HTMLInputElement>('input[type="search"]');
    if (!search) throw new Error("the picker has no search box");
    search.focus();
    const keys = [];
    let matches = models.length;
    for (const char of FILTER_TEXT) {
      const query = search.value + char;
      matches = filterModels(models, { query }).length;
      keys.push(await timedUntilIdle(() => typeInto(search, query), shows(mounted.host, matches)));
    }
    const filteredOptions = optionCount(mounted.host);
    const clear = await timedUntilIdle(() => typeInto(search, ""), shows(mounted.host, models.length));
    return { keys, clear, matches, filteredOptions, clearedOptions: optionCount(mounted.host) };
  } finally {
    mounted.dispose();
  }
}

export function pickerInfo() {
  return { sizes: [...PICKER_SIZES], filterSize: FILTER_SIZE, filterText: FILTER_TEXT };
}
