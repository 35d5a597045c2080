import type { PickerModel } from "@model-forms/forms";
import { handwrittenModels } from "../../fixtures/catalog";

/** The hand-written wire records as picker entries (a record without a name shows its id, like the client does). */
export const pickerModels: PickerModel[] = handwrittenModels.map((record) => ({
  ...record,
  name: record.name ?? record.id,
}));
