import { createContext, useContext } from "react";
import type { UseModelParameterFormReturn } from "./use-model-parameter-form";

/** The headless form of the nearest `<ModelParameterForm>`, for children such as a request preview. */
export const ModelFormContext = createContext<UseModelParameterFormReturn | null>(null);

/**
 * The headless form of the surrounding `<ModelParameterForm>`, or `null` outside one.
 *
 * @example
 * ```tsx
 * function ResetButton() {
 *   const modelForm = useModelFormContext();
 *   return <button type="button" onClick={() => modelForm?.form.reset()}>Reset</button>;
 * }
 * ```
 */
export function useModelFormContext(): UseModelParameterFormReturn | null {
  return useContext(ModelFormContext);
}
