import { useMemo } from "react";
import { type Control, useFormState, useWatch } from "react-hook-form";
import { type ImageRequestValidationError, safeBuildImageRequest } from "../core/index";
import type { BuildRequestOptions, CompiledForm, FormValues, ImageRequest } from "../core/types";
import { useModelFormContext } from "./model-form-context";

/** Where {@link useImageRequest} reads the form: a headless form (`useModelParameterForm`'s return) or its parts. */
export interface ImageRequestSource {
  compiled: CompiledForm;
  control?: Control<FormValues>;
  form?: { control: Control<FormValues> };
}

/** What {@link useImageRequest} returns. */
export interface ImageRequestState {
  /** The `POST /api/v1/images` body, or `undefined` while the values are invalid. */
  request: ImageRequest | undefined;
  /** Why there is no request. */
  error: ImageRequestValidationError | undefined;
}

/**
 * The live request body, for a preview: subscribes to the form's values, so only the component that calls it
 * re-renders while the user types. Without a source it reads the surrounding `<ModelParameterForm>`.
 *
 * @example
 * ```tsx
 * function Preview() {
 *   const { request } = useImageRequest();
 *   return <pre>{JSON.stringify(request, null, 2)}</pre>;
 * }
 * ```
 */
export function useImageRequest(
  source?: ImageRequestSource,
  options: Pick<BuildRequestOptions, "mode"> = {},
): ImageRequestState {
  const context = useModelFormContext();
  const compiled = source?.compiled ?? context?.compiled;
  const control = source?.control ?? source?.form?.control ?? context?.form.control;
  if (!compiled || !control) {
    throw new Error("useImageRequest needs a source ({ compiled, control }) or a surrounding <ModelParameterForm>.");
  }
  const values = useWatch({ control }) as FormValues;
  const { touchedFields, dirtyFields } = useFormState({ control });
  // The formState objects are mutated in place, so memoize on the names they hold.
  const touchedKey = compiled.fields
    .filter((field) => touchedFields[field.name] || dirtyFields[field.name])
    .map((field) => field.name)
    .join("\n");
  const mode = options.mode;
  return useMemo(() => {
    const touched = touchedKey ? touchedKey.split("\n") : [];
    const result = safeBuildImageRequest(compiled, values, { touched, mode });
    return result.success ? { request: result.request, error: undefined } : { request: undefined, error: result.error };
  }, [compiled, values, touchedKey, mode]);
}
