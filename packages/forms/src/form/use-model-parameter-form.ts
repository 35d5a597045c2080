import { type BaseSyntheticEvent, useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import {
  createFormControl,
  type FieldErrors,
  type SubmitErrorHandler,
  type UseFormProps,
  type UseFormReturn,
  useForm,
} from "react-hook-form";
import { isCompiledForm } from "../core/build-image-request";
import {
  buildImageRequest,
  compileParameterForm,
  migrateValues,
  type SafeBuildImageRequestResult,
  safeBuildImageRequest,
} from "../core/index";
import type {
  BuildRequestOptions,
  CompiledForm,
  CompileInput,
  CompileOptions,
  FieldValue,
  FormField,
  FormValues,
  ImageRequest,
} from "../core/types";
import { setOwn, valuesEqual } from "../core/values-equal";
import { keptSubmitError } from "./apply-submit-errors";
import { changedFieldNames } from "./changed-fields";
import { fieldPath, fromFormValues, publishedName, toFormValues } from "./field-paths";
import { focusFirstInvalid } from "./focus-first-invalid";
import { compiledFormResolver } from "./form-resolver";
import { trackPointer } from "./pointer-release";

/** Options of {@link useModelParameterForm}. */
export interface UseModelParameterFormOptions {
  compileOptions?: CompileOptions;
  /** Starting values over the compiled defaults, by published name (first render only). */
  defaultValues?: FormValues;
  /** When to validate; `onTouched` by default (after a field's first blur, then on every change). */
  mode?: UseFormProps<FormValues>["mode"];
  /** `minimal` (default) leaves unchanged defaults out of the request; `full` sends every value. */
  requestMode?: BuildRequestOptions["mode"];
  /** Called after values were carried over to a new model's form. */
  onMigrate?(changes: ReturnType<typeof migrateValues>["changes"]): void;
}

/** What {@link useModelParameterForm} returns. */
export interface UseModelParameterFormReturn {
  /**
   * The react-hook-form instance. Its values are keyed by react-hook-form paths (`fieldPath(name)`): a plain name
   * such as `resolution` is its own path, other names are escaped (`style.preset` -> `_style_002epreset`). Read and
   * write values by published name with `getValues` / `setValue` below. A new instance comes with each model
   * switch (so react-hook-form's memory of field names stays that of one model): read it from the latest render.
   */
  form: UseFormReturn<FormValues>;
  compiled: CompiledForm;
  /** The fields to render (fixed ones left out), in display order. */
  fields: FormField[];
  /** The current values keyed by published name (a fresh object on each call). */
  getValues(): FormValues;
  /** Sets a value by published name; it counts as changed (sent in minimal requests) when it differs from the start. */
  setValue(name: string, value: FieldValue): void;
  /** Published names of the fields whose value differs from where the form started. */
  getChangedNames(): string[];
  /** The request body for the current values, or `undefined` while they are invalid. Computed on call. */
  getRequest(): ImageRequest | undefined;
  /** Like `getRequest`, with the validation error when the values are invalid. */
  getRequestResult(): SafeBuildImageRequestResult;
  /** `getRequest()` as a property, computed when read (reading it does not subscribe to anything). */
  readonly request: ImageRequest | undefined;
  /**
   * A submit handler: validates, builds the request and calls `onSubmit(request, values)` (values by published name).
   * When invalid, focus moves to the first invalid field in display order (inside the submitted form, opening a
   * closed `<details>` around it), then `onInvalid` gets the errors keyed by published name.
   */
  handleSubmit(
    onSubmit: (request: ImageRequest, values: FormValues) => unknown,
    onInvalid?: SubmitErrorHandler<FormValues>,
  ): (event?: BaseSyntheticEvent) => Promise<void>;
}

/** Field errors keyed by published name instead of react-hook-form path. */
function namedErrors(errors: FieldErrors<FormValues>): FieldErrors<FormValues> {
  const named: FieldErrors<FormValues> = {};
  for (const path of Object.keys(errors)) setOwn(named, publishedName(path), errors[path]);
  return named;
}

/**
 * A stable key for compile options, compared by value; options JSON cannot carry (a BigInt, a cycle) key by identity.
 */
function optionsKey(options: CompileOptions | undefined): unknown {
  try {
    return JSON.stringify(options ?? null);
  } catch {
    return options;
  }
}

/**
 * Fields the user changed: their value differs from where the form started (focusing and leaving a field is not a
 * change). Kept under its historical name; see {@link changedFieldNames}.
 *
 * @deprecated Use `changedFieldNames(form.control, compiled)` or the hook's `getChangedNames()`.
 */
export function touchedFieldNames(form: UseFormReturn<FormValues>, compiled: CompiledForm): string[] {
  return changedFieldNames(form.control, compiled);
}

/** The model's identity by content (id and parameters), or `undefined` to compare by reference. */
function contentKey(model: CompileInput | CompiledForm): string | undefined {
  if (isCompiledForm(model)) return undefined;
  try {
    return JSON.stringify(Array.isArray(model) ? model : [model.id, model.parameters, model.supported_parameters]);
  } catch {
    return undefined;
  }
}

/**
 * `model`, or the previous one when it holds the same content: a descriptor list written inline (a new array on
 * every render) is not a new model, so it neither recompiles nor migrates the values on each render.
 */
function useSameContent(model: CompileInput | CompiledForm): CompileInput | CompiledForm {
  const kept = useRef<{ model: CompileInput | CompiledForm; key: string | undefined }>(undefined);
  if (kept.current?.model !== model) {
    const key = contentKey(model);
    if (kept.current === undefined || key === undefined || key !== kept.current.key) kept.current = { model, key };
  }
  return kept.current.model;
}

/**
 * A blur check keeps the server's error on an unchanged value (apply-submit-errors.ts). Built outside the hook: a
 * closure made inside it would share the render's scope and keep the previous store (and so every store) alive.
 */
function keepSubmitErrorsOf(methods: FormStore["methods"]) {
  return (path: string) => keptSubmitError(methods, path);
}

/** One react-hook-form store per model: created with the model's (migrated) starting values. */
interface FormStore {
  compiled: CompiledForm;
  methods: ReturnType<typeof createFormControl<FormValues>>;
  changes?: ReturnType<typeof migrateValues>["changes"];
}

function createStore(compiled: CompiledForm, values: FormValues, changes?: FormStore["changes"]): FormStore {
  const methods = createFormControl<FormValues>({ defaultValues: toFormValues(values) as FormValues });
  return { compiled, methods, changes };
}

/**
 * The headless form: compiles the model, wires react-hook-form with the compiled zod schema, and builds the request
 * body on demand (so typing does not re-render whoever holds the form). When `model` changes, the values carry over
 * with `migrateValues` (the prompt is kept, out-of-range numbers clamp) instead of resetting.
 *
 * Any published name works, whatever its characters (`style.preset`, `loras[0]`, `constructor`, `分辨率`):
 * values, requests and errors use published names; react-hook-form holds them under the paths of
 * {@link fieldPath}, which the field components use by default.
 *
 * @example
 * ```tsx
 * const { form, fields, handleSubmit } = useModelParameterForm(model);
 * return (
 *   <form onSubmit={handleSubmit((request) => client.generateImages(request))}>
 *     {fields.map((field) => <SliderField key={field.name} field={field} control={form.control} />)}
 *   </form>
 * );
 * ```
 */
export function useModelParameterForm(
  model: CompileInput | CompiledForm,
  options: UseModelParameterFormOptions = {},
): UseModelParameterFormReturn {
  const key = optionsKey(options.compileOptions);
  const input = useSameContent(model);
  // biome-ignore lint/correctness/useExhaustiveDependencies: compile options are compared by value (key).
  const compiled = useMemo(
    () => (isCompiledForm(input) ? input : compileParameterForm(input, options.compileOptions)),
    [input, key],
  );
  const [store, setStore] = useState(() =>
    createStore(compiled, { ...compiled.defaults, ...(options.defaultValues ?? {}) }),
  );
  let current = store;
  if (store.compiled !== compiled) {
    // A new model: its own react-hook-form store, starting from the migrated values (derived during render, so no
    // frame shows the new fields with the old values).
    const values = fromFormValues(store.methods.getValues());
    const migrated = migrateValues(values, compiled, { from: store.compiled });
    // The same model refined (its endpoint record arrived) with every value still fitting: keep the store, so what the
    // user changed, touched and was told (errors) survives.
    const refined =
      compiled.modelId !== undefined &&
      compiled.modelId === store.compiled.modelId &&
      Object.keys(migrated.values).every((name) => valuesEqual(values[name], migrated.values[name]));
    current = refined ? { compiled, methods: store.methods } : createStore(compiled, migrated.values, migrated.changes);
    setStore(current);
  }
  const methods = current.methods;
  const resolver = useMemo(() => compiledFormResolver(compiled, keepSubmitErrorsOf(methods)), [compiled, methods]);
  const form = useForm<FormValues>({
    formControl: current.methods.formControl,
    resolver: resolver as unknown as UseFormProps<FormValues>["resolver"],
    mode: options.mode ?? "onTouched",
    // Focus after a failed submit follows the display order (see handleSubmit), not registration order.
    shouldFocusError: false,
  });

  // Presses are tracked from the first render on, so a blur-time error waits for the release (pointer-release.ts).
  useLayoutEffect(trackPointer, []);
  const onMigrate = useRef(options.onMigrate);
  onMigrate.current = options.onMigrate;
  useLayoutEffect(() => {
    if (store.changes) onMigrate.current?.(store.changes);
  }, [store]);

  const requestMode = options.requestMode;
  const getValues = useCallback(() => fromFormValues(form.getValues()), [form]);
  const getChangedNames = useCallback(() => changedFieldNames(form.control, compiled), [form, compiled]);
  const setValue = useCallback(
    (name: string, value: FieldValue) =>
      form.setValue(fieldPath(name), value, { shouldDirty: true, shouldTouch: true, shouldValidate: true }),
    [form],
  );
  const getRequestResult = useCallback(
    () => safeBuildImageRequest(compiled, getValues(), { touched: getChangedNames(), mode: requestMode }),
    [compiled, getValues, getChangedNames, requestMode],
  );
  const getRequest = useCallback(() => {
    const result = getRequestResult();
    return result.success ? result.request : undefined;
  }, [getRequestResult]);

  const fields = useMemo(() => compiled.fields.filter((field) => !field.fixed), [compiled]);

  const handleSubmit = useCallback<UseModelParameterFormReturn["handleSubmit"]>(
    (onSubmit, onInvalid) =>
      form.handleSubmit(
        async (values) => {
          const named = fromFormValues(values);
          const request = buildImageRequest(compiled, named, { touched: getChangedNames(), mode: requestMode });
          await onSubmit(request, named);
        },
        async (errors, event) => {
          const target = event?.target;
          const container =
            typeof Element !== "undefined" && target instanceof Element
              ? (target.closest("form") ?? target)
              : undefined;
          const named = namedErrors(errors);
          focusFirstInvalid({ control: form.control, fields, invalid: Object.keys(named), container });
          await onInvalid?.(named, event);
        },
      ),
    [form, compiled, fields, getChangedNames, requestMode],
  );

  return useMemo(
    () => ({
      form,
      compiled,
      fields,
      getValues,
      setValue,
      getChangedNames,
      getRequest,
      getRequestResult,
      get request() {
        return getRequest();
      },
      handleSubmit,
    }),
    [form, compiled, fields, getValues, setValue, getChangedNames, getRequest, getRequestResult, handleSubmit],
  );
}
