import { type ImageModel, isImageApiNotFoundError, type ModelEndpoint } from "@model-forms/client/core";
import { type ReactNode, useMemo, useState } from "react";
import { useImageModel } from "../catalog/use-image-models";
import { useModelEndpoints } from "../catalog/use-model-endpoints";
import { withEndpoint } from "../catalog/with-endpoint";
import { errorBannerMessage } from "../core/submit-errors";
import type { CompiledForm, CompileOptions, FormValues, ImageRequest } from "../core/types";
import type { FieldComponent, WidgetComponents } from "../fields/types";
import { slotClass } from "../styles/slot-class-names";
import { defaultModelParameterFormMessages } from "./form-messages";
import type { ModelParameterFormClassNames, ModelParameterFormSlots } from "./form-parts";
import { groupMessages, type ModelParameterFormMessagesProp } from "./group-messages";
import type { ModelEndpointState } from "./model-endpoint-context";
import { ModelFormMessagesContext, useMessageOverrides } from "./model-form-messages";
import { ReadyForm } from "./ready-form";

export { defaultModelParameterFormMessages, type ModelParameterFormMessages } from "./form-messages";
export type { ModelParameterFormMessagesProp } from "./group-messages";

/** Props of {@link ModelParameterForm}. */
export interface ModelParameterFormProps {
  /** Fetch the model by id through the client (see `ImageClientProvider`)… */
  modelId?: string;
  /** …or pass it (or an already compiled form) directly. Wins over `modelId`. */
  model?: ImageModel | CompiledForm;
  /**
   * Called with the validated request body and the raw values; a returned promise drives the submitting state.
   * Errors land where they belong: throw (an `ImageApiHttpError` naming a `parameter` shows on that field), or
   * return `{ fieldErrors?, formError? }` (`SubmitErrors`, the Server Action pattern).
   */
  onSubmit?(request: ImageRequest, values: FormValues): unknown;
  /** Starting values over the model's defaults. */
  defaultValues?: FormValues;
  /** Per-widget component overrides, e.g. `{ select: MySelect }`. */
  components?: WidgetComponents;
  /** Per-field component overrides by request field name, e.g. `{ seed: SeedField }`. */
  fieldComponents?: Record<string, FieldComponent | undefined>;
  /** Field labels by request field name (merged into `compileOptions.labels`). */
  labels?: Record<string, string>;
  compileOptions?: CompileOptions;
  disabled?: boolean;
  /** Added to the root element: the `<form>` (or the loading / error container before it). */
  className?: string;
  /** Classes per part of the form and of every field, by `data-mf-slot` name (`root` is the form). */
  classNames?: ModelParameterFormClassNames;
  /** Your own submit button and Advanced disclosure. */
  slots?: ModelParameterFormSlots;
  submitLabel?: ReactNode;
  /**
   * Every text of the form and its fields, by part (`ModelFormMessagesOverrides`: `core` for validation messages,
   * hints and labels, `form`, `select`, `seed`, …). The form's own texts may also be given flat, as before
   * (`{ advanced: "Erweitert" }`); `form` wins over them.
   */
  messages?: ModelParameterFormMessagesProp;
  /** Called with the request body whenever the values change (`undefined` while invalid); renders nothing. */
  onRequestChange?(request: ImageRequest | undefined): void;
  /** Rendered inside the form after the fields, e.g. a request preview (`useImageRequest()` works there). */
  children?: ReactNode;
  /**
   * The model's endpoint (`record.endpoints[0]`). With `modelId` the record is fetched through the client beside the
   * catalog unless given here; `null` never fetches it. Its parameters win over the catalog's (values migrate), and
   * a `PriceEstimate` inside the form prices from it. A failed fetch never blocks the form.
   */
  endpoint?: ModelEndpoint | null;
  /** Show the cost on the submit button, as published by a `PriceEstimate` inside the form. */
  showCost?: boolean;
}

const idleEndpoint: ModelEndpointState = { status: "idle", endpoint: undefined, error: undefined };

/**
 * A complete, validated, accessible form for an image model, built at run time from its `supported_parameters`.
 * Handles loading, fetch errors (with retry), unknown ids (with suggestions), submitting and submit errors.
 *
 * @example
 * ```tsx
 * <ModelParameterForm modelId="acme/pixel-v3" onSubmit={(request) => client.generateImages(request)} />
 * ```
 */
export function ModelParameterForm(props: ModelParameterFormProps) {
  const { modelId, model: modelProp, classNames } = props;
  const className = slotClass(classNames, "root", props.className);
  const overrides = useMessageOverrides(groupMessages(props.messages));
  const messages = useMemo(() => ({ ...defaultModelParameterFormMessages, ...overrides.form }), [overrides.form]);
  const query = useImageModel(modelProp ? undefined : modelId);
  // The endpoint record loads beside the catalog (the client shares the catalog request) and never blocks the form.
  const given = props.endpoint;
  const endpoints = useModelEndpoints(modelProp || given !== undefined ? undefined : modelId);
  const endpointState = useMemo<ModelEndpointState>(() => {
    if (given !== undefined) return given ? { ...idleEndpoint, status: "success", endpoint: given } : idleEndpoint;
    if (modelProp) return idleEndpoint;
    const { status, data, error } = endpoints;
    return { status, endpoint: data?.endpoints[0], error };
  }, [given, modelProp, endpoints]);
  const fresh = modelProp ?? (query.status === "success" ? query.data : undefined);
  const merged = useMemo(
    () => (fresh && "parameters" in fresh ? withEndpoint(fresh, endpointState.endpoint) : fresh),
    [fresh, endpointState.endpoint],
  );
  // While another model loads, keep showing the last one so the values can migrate instead of resetting.
  const [kept, setKept] = useState<ImageModel | CompiledForm>();
  if (!modelProp && merged && merged !== kept) setKept(merged);
  const model = modelProp
    ? merged
    : query.status === "success"
      ? merged
      : query.status === "loading"
        ? kept
        : undefined;

  if (model)
    return (
      <ModelFormMessagesContext.Provider value={overrides}>
        <ReadyForm
          {...props}
          model={model}
          messages={messages}
          core={overrides.core}
          submitErrors={overrides.submitErrors}
          endpointState={endpointState}
          busy={!modelProp && query.status === "loading"}
        />
      </ModelFormMessagesContext.Provider>
    );

  if (query.status === "error") {
    const error = query.error;
    const notFound = isImageApiNotFoundError(error);
    return (
      <div data-mf-root="" data-mf-slot="form" data-state={notFound ? "not-found" : "error"} className={className}>
        <div data-mf-slot="form-error" className={classNames?.["form-error"]} role="alert">
          {notFound ? messages.notFound(error.modelId || modelId || "", error.suggestions) : messages.loadError}
          {notFound ? null : (
            <span data-mf-slot="form-error-detail" className={classNames?.["form-error-detail"]}>
              {" "}
              {errorBannerMessage(error, overrides.submitErrors)}
            </span>
          )}
        </div>
        {notFound ? null : (
          <button
            type="button"
            data-mf-slot="button"
            data-variant="secondary"
            className={classNames?.button}
            onClick={() => {
              query.retry();
              endpoints.retry();
            }}
          >
            {messages.retry}
          </button>
        )}
      </div>
    );
  }

  return (
    <div data-mf-root="" data-mf-slot="form" data-state="loading" aria-busy="true" className={className}>
      <span data-mf-slot="sr-only" role="status">
        {messages.loading}
      </span>
      {[0, 1, 2].map((i) => (
        <div key={i} data-mf-slot="skeleton-field" className={classNames?.["skeleton-field"]} aria-hidden="true">
          <div data-mf-slot="skeleton" data-size="label" className={classNames?.skeleton} />
          <div data-mf-slot="skeleton" data-size="control" className={classNames?.skeleton} />
        </div>
      ))}
    </div>
  );
}
