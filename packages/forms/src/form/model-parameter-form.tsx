import { type ImageModel, isImageApiNotFoundError, type ModelEndpoint } from "@model-forms/client";
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { type Control, FormProvider, useFormState } from "react-hook-form";
import { useImageModel } from "../catalog/use-image-models";
import { useModelEndpoints } from "../catalog/use-model-endpoints";
import { withEndpoint } from "../catalog/with-endpoint";
import {
  errorBannerMessage,
  fieldErrorsFromError,
  isSubmitErrors,
  type SortedSubmitErrors,
} from "../core/submit-errors";
import type { CompiledForm, CompileOptions, FormValues, ImageRequest } from "../core/types";
import type { FieldClassNames, FieldComponent, WidgetComponents } from "../fields/types";
import { slotClass } from "../styles/slot-class-names";
import { applySubmitErrors, clearSubmitErrorsOnChange } from "./apply-submit-errors";
import { createFormAddons, type Slot } from "./form-addons";
import { FormContexts, SubmitNote } from "./form-contexts";
import { defaultModelParameterFormMessages, type ModelParameterFormMessages } from "./form-messages";

export { defaultModelParameterFormMessages, type ModelParameterFormMessages } from "./form-messages";

import { AdvancedSection, type ModelParameterFormClassNames, type ModelParameterFormSlots } from "./form-parts";
import type { ModelEndpointState } from "./model-endpoint-context";
import { ModelFormMessagesContext, type ModelFormMessagesOverrides, useMessageOverrides } from "./model-form-messages";
import { prepareSeeds, recordSeeds, type SeedForm } from "./seed-state";
import { useModelParameterForm } from "./use-model-parameter-form";
import { resolveFieldComponent } from "./widget-registry";

/**
 * The `messages` prop of {@link ModelParameterForm}: texts by part, and (for compatibility) the form's own texts
 * flat.
 *
 * @example
 * ```ts
 * const messages: ModelParameterFormMessagesProp = { advanced: "Erweitert", core: { optional: "Optional" } };
 * ```
 */
export type ModelParameterFormMessagesProp = Partial<ModelParameterFormMessages> & ModelFormMessagesOverrides;

const GROUPS = new Set([
  "core",
  "form",
  "submitErrors",
  "select",
  "number",
  "references",
  "resolution",
  "seed",
  "searchableSelect",
  "price",
  "picker",
  "preview",
  "studio",
  "status",
  "results",
  "history",
  "presets",
  "reset",
]);

/** The prop's flat form texts moved into its `form` part (the part's own texts win). */
function groupMessages(messages: ModelParameterFormMessagesProp | undefined): ModelFormMessagesOverrides | undefined {
  if (messages === undefined) return undefined;
  const grouped: Record<string, unknown> = {};
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(messages)) (GROUPS.has(key) ? grouped : flat)[key] = value;
  if (Object.keys(flat).length) grouped.form = { ...flat, ...messages.form };
  return grouped as ModelFormMessagesOverrides;
}

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

function Submit({
  control,
  disabled,
  label,
  submittingLabel,
  note,
  className,
  Button = "button",
}: {
  control: Control<FormValues>;
  disabled?: boolean;
  label: ReactNode;
  submittingLabel: ReactNode;
  note?: Slot<string | undefined>;
  className?: string;
  Button?: ModelParameterFormSlots["submit"] | "button";
}) {
  // Its own subscriber: only the button re-renders when submitting starts and ends.
  const { isSubmitting } = useFormState({ control });
  return (
    <Button
      type="submit"
      data-mf-slot="submit"
      data-state={isSubmitting ? "submitting" : "idle"}
      disabled={disabled || isSubmitting}
      className={className}
    >
      {isSubmitting ? submittingLabel : label}
      {note && !isSubmitting ? <SubmitNote slot={note} /> : null}
    </Button>
  );
}

function ReadyForm(
  props: Omit<ModelParameterFormProps, "model" | "messages"> & {
    model: ImageModel | CompiledForm;
    messages: ModelParameterFormMessages;
    core: ModelFormMessagesOverrides["core"];
    submitErrors: ModelFormMessagesOverrides["submitErrors"];
    endpointState: ModelEndpointState;
    busy: boolean;
  },
) {
  const { model, labels, compileOptions, components, fieldComponents, disabled, messages, busy, classNames } = props;
  const { core, submitErrors } = props;
  const Advanced = props.slots?.advanced ?? AdvancedSection;
  const mergedOptions = useMemo<CompileOptions | undefined>(() => {
    let options = labels ? { ...compileOptions, labels: { ...compileOptions?.labels, ...labels } } : compileOptions;
    // The translated core texts, under the compile options' own.
    if (core) options = { ...options, messages: { ...core, ...options?.messages } };
    return options;
  }, [compileOptions, labels, core]);
  const headless = useModelParameterForm(model, { compileOptions: mergedOptions, defaultValues: props.defaultValues });
  const { form, fields, compiled, handleSubmit, getRequest } = headless;
  // A context value that stays the same when this component re-renders, so fields reading the FormProvider (through
  // useFormContext) do not re-render with it; read form state through useFormState / useController, not this object.
  const provided = useMemo(() => ({ ...form }), [form]);
  const [submitError, setSubmitError] = useState<{ error: unknown; message: string } | null>(null);
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const inFlight = useRef(false);
  const [addons] = useState(createFormAddons);

  // Latest callbacks without re-rendering (or re-subscribing) when the parent passes new functions.
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!latest.current.onRequestChange) return;
    latest.current.onRequestChange(getRequest());
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => latest.current.onRequestChange?.(getRequest()),
    });
    return unsubscribe;
  }, [form, getRequest]);

  // A value the server rejected stops being marked as soon as the user changes it.
  useEffect(() => clearSubmitErrorsOnChange(form), [form]);

  const submit = useMemo(
    () =>
      handleSubmit(
        async (built, values) => {
          setSubmitError(null);
          // Each seed control's mode decides its seed (a fixed or incrementing one without a value draws it now).
          const seeds = { form, compiled } as SeedForm;
          const request = prepareSeeds(seeds, built);
          // Add-ons (a price estimate's budget) may block a valid request; they show and focus why.
          if (!addons.allowSubmit(request)) return;
          let failure: { error: unknown; sorted: SortedSubmitErrors } | undefined;
          try {
            const returned = await latest.current.onSubmit?.(request, values);
            if (isSubmitErrors(returned))
              failure = { error: returned, sorted: fieldErrorsFromError(returned, compiled, submitErrors) };
          } catch (error) {
            failure = { error, sorted: fieldErrorsFromError(error, compiled, submitErrors) };
          }
          // Sent: the seed controls show the seed that went out, and an incrementing one steps on.
          if (!failure) return recordSeeds(seeds, request);
          applySubmitErrors(form, fields, failure.sorted, () => flushSync(() => setAdvancedOpen(true)));
          if (failure.sorted.formError !== undefined)
            setSubmitError({ error: failure.error, message: failure.sorted.formError });
        },
        (errors) => {
          // A closed disclosure hides its fields' errors: open it (now, before react-hook-form focuses the first
          // invalid field) when an advanced field is invalid.
          if (fields.some((field) => field.advanced && Object.hasOwn(errors, field.name)))
            flushSync(() => setAdvancedOpen(true));
        },
      ),
    [handleSubmit, fields, form, compiled, addons, submitErrors],
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current || disabled) return;
    inFlight.current = true;
    try {
      await submit(event);
    } finally {
      inFlight.current = false;
    }
  };

  // Each field gets the form's map, with `field` as its root.
  const fieldClassNames = useMemo<FieldClassNames | undefined>(
    () => classNames && { ...classNames, root: classNames.field },
    [classNames],
  );
  const [basicFields, advancedFields] = useMemo(() => {
    const render = (advanced: boolean) =>
      fields
        .filter((field) => field.advanced === advanced)
        .map((field) => {
          const Component = resolveFieldComponent(field, components, fieldComponents);
          return (
            <Component
              key={field.name}
              field={field}
              control={form.control}
              disabled={disabled}
              classNames={fieldClassNames}
            />
          );
        });
    return [render(false), render(true)];
  }, [fields, components, fieldComponents, form.control, disabled, fieldClassNames]);

  return (
    <FormContexts headless={headless} endpoint={props.endpointState} addons={addons}>
      <FormProvider {...provided}>
        <form
          data-mf-root=""
          data-mf-slot="form"
          data-state={busy ? "loading" : "ready"}
          data-disabled={disabled ? "" : undefined}
          aria-busy={busy || undefined}
          className={slotClass(classNames, "root", props.className)}
          noValidate
          onSubmit={onSubmit}
        >
          {basicFields}
          {advancedFields.length ? (
            <Advanced
              open={advancedOpen}
              onOpenChange={setAdvancedOpen}
              label={messages.advanced}
              classNames={classNames}
            >
              {advancedFields}
            </Advanced>
          ) : null}
          {props.children}
          {submitError ? (
            <div data-mf-slot="form-error" className={classNames?.["form-error"]} role="alert">
              {messages.submitError(submitError.error, submitError.message)}
            </div>
          ) : null}
          <div data-mf-slot="actions" className={classNames?.actions}>
            <Submit
              control={form.control}
              disabled={disabled || busy}
              label={props.submitLabel ?? messages.generate}
              submittingLabel={messages.submitting}
              note={props.showCost ? addons.submitNote : undefined}
              className={classNames?.submit}
              Button={props.slots?.submit}
            />
          </div>
        </form>
      </FormProvider>
    </FormContexts>
  );
}
