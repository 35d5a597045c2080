import { useMemo } from "react";
import { type Control, useWatch } from "react-hook-form";
import { type ImageRequestValidationError, safeBuildImageRequest } from "../core/index";
import type { BuildRequestOptions, CompiledForm, FormValues, ImageRequest } from "../core/types";
import { changedAmong } from "./changed-fields";
import { fromFormValues } from "./field-paths";
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
  // Values keyed by react-hook-form paths; the request is built from them by published name.
  const values = useWatch({ control }) as Record<string, unknown>;
  const mode = options.mode;
  return useMemo(() => {
    // "Changed" (not "visited") decides what a minimal request carries: values that differ from where it started.
    const touched = changedAmong(values, control._defaultValues, compiled);
    const result = safeBuildImageRequest(compiled, fromFormValues(values), { touched, mode });
    return result.success ? { request: result.request, error: undefined } : { request: undefined, error: result.error };
  }, [compiled, control, values, mode]);
}
