import type { ModelEndpoint } from "@model-forms/client";
import { createContext, useContext } from "react";

/**
 * The endpoint record of the form's model, as the form knows it: `idle` when nothing fetches it (a `model` prop
 * without an `endpoint` prop), then `loading`, `error` or `success` (its first endpoint; `undefined` when the record
 * lists none).
 *
 * @example
 * ```ts
 * const state: ModelEndpointState = { status: "success", endpoint, error: undefined };
 * ```
 */
export interface ModelEndpointState {
  status: "idle" | "loading" | "error" | "success";
  endpoint: ModelEndpoint | undefined;
  error: unknown;
}

const idle: ModelEndpointState = { status: "idle", endpoint: undefined, error: undefined };

/** The endpoint state of the surrounding `<ModelParameterForm>`. */
export const ModelEndpointContext = createContext<ModelEndpointState>(idle);

/**
 * The endpoint record state of the surrounding `<ModelParameterForm>` (`idle` outside one).
 *
 * @example
 * ```tsx
 * const { status, endpoint } = useModelEndpoint();
 * if (status === "success") console.log(endpoint?.pricing);
 * ```
 */
export function useModelEndpoint(): ModelEndpointState {
  return useContext(ModelEndpointContext);
}
