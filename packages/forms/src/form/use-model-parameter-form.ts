import { type BaseSyntheticEvent, useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import {
  type FieldErrors,
  get,
  type Resolver,
  type SubmitErrorHandler,
  type UseFormProps,
  type UseFormReturn,
  useForm,
} from "react-hook-form";
import { isCompiledForm, issuesOf } from "../core/build-image-request";
import {
  buildImageRequest,
  compileParameterForm,
  migrateValues,
  type SafeBuildImageRequestResult,
  safeBuildImageRequest,
} from "../core/index";
import { setOwn } from "../core/set-own";
import type {
  BuildRequestOptions,
  CompiledForm,
  CompileInput,
  CompileOptions,
  FormField,
  FormValues,
  ImageRequest,
} from "../core/types";

/** Options of {@link useModelParameterForm}. */
export interface UseModelParameterFormOptions {
  compileOptions?: CompileOptions;
  /** Starting values over the compiled defaults (first render only). */
  defaultValues?: FormValues;
  /** When to validate; `onTouched` by default (after a field's first blur, then on every change). */
  mode?: UseFormProps<FormValues>["mode"];
  /** `minimal` (default) leaves untouched defaults out of the request; `full` sends every value. */
  requestMode?: BuildRequestOptions["mode"];
  /** Called after values were carried over to a new model's form. */
  onMigrate?(changes: ReturnType<typeof migrateValues>["changes"]): void;
}

/** What {@link useModelParameterForm} returns. */
export interface UseModelParameterFormReturn {
  /** The react-hook-form instance. */
  form: UseFormReturn<FormValues>;
  compiled: CompiledForm;
  /** The fields to render (fixed ones left out), in display order. */
  fields: FormField[];
  /** The request body for the current values, or `undefined` while they are invalid. Computed on call. */
  getRequest(): ImageRequest | undefined;
  /** Like `getRequest`, with the validation error when the values are invalid. */
  getRequestResult(): SafeBuildImageRequestResult;
  /** `getRequest()` as a property, computed when read (reading it does not subscribe to anything). */
  readonly request: ImageRequest | undefined;
  /** A submit handler: validates, builds the request and calls `onSubmit(request, values)`. */
  handleSubmit(
    onSubmit: (request: ImageRequest, values: FormValues) => unknown,
    onInvalid?: SubmitErrorHandler<FormValues>,
  ): (event?: BaseSyntheticEvent) => Promise<void>;
}

/**
 * The whole form's schema as a resolver, with no resolver package: zod's issues become one error per field (the
 * first), worded like `buildImageRequest`'s issues ("Item 2: …" inside a list).
 */
function wholeFormResolver(compiled: CompiledForm): Resolver<FormValues> {
  return (values) => {
    const result = compiled.schema.safeParse(values);
    if (result.success) return { values: result.data as FormValues, errors: {} };
    const errors: FieldErrors<FormValues> = {};
    for (const [index, issue] of issuesOf(result.error).entries()) {
      const code = result.error.issues[index]?.code ?? "invalid";
      // Published names are opaque: an own property whatever the name, never a dotted path.
      if (!Object.hasOwn(errors, issue.field)) setOwn(errors, issue.field, { type: code, message: issue.message });
    }
    return { values: {}, errors };
  };
}

/**
 * The whole-form resolver, except when react-hook-form validates one field (on its change or blur): then only
 * that field's own schema runs, so a slider step does not parse every other value. A submit (or `trigger()`)
 * names every mounted field and gets the whole schema, as long as the form renders more than one field.
 */
function fieldwiseResolver(compiled: CompiledForm): Resolver<FormValues> {
  const whole = wholeFormResolver(compiled);
  const shown = compiled.fields.filter((field) => !field.fixed);
  return (values, context, options) => {
    const field = options.names?.length === 1 ? shown.find((f) => f.name === options.names?.[0]) : undefined;
    if (!field || shown.length < 2) return whole(values, context, options);
    const result = field.schema.safeParse(get(values, field.name));
    if (result.success) return { values, errors: {} };
    const issue = result.error.issues[0];
    const errors: FieldErrors<FormValues> = {
      [field.name]: { type: issue?.code ?? "invalid", message: issue?.message },
    };
    return { values: {}, errors };
  };
}

/** Fields the user set: touched (blurred after a change) or differing from the form's starting values. */
export function touchedFieldNames(form: UseFormReturn<FormValues>, compiled: CompiledForm): string[] {
  return compiled.fields
    .filter((field) => {
      const state = form.getFieldState(field.name);
      return state.isTouched || state.isDirty;
    })
    .map((field) => field.name);
}

/**
 * The headless form: compiles the model, wires react-hook-form with the compiled zod schema, and builds the request
 * body on demand (so typing does not re-render whoever holds the form). When `model` changes, the values carry over
 * with `migrateValues` (the prompt is kept, out-of-range numbers clamp) instead of resetting.
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
  const optionsKey = JSON.stringify(options.compileOptions ?? null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: compile options are compared by value (optionsKey).
  const compiled = useMemo(
    () => (isCompiledForm(model) ? model : compileParameterForm(model, options.compileOptions)),
    [model, optionsKey],
  );
  const resolver = useMemo(() => fieldwiseResolver(compiled), [compiled]);
  const [initialValues] = useState(() => ({ ...compiled.defaults, ...options.defaultValues }));
  const form = useForm<FormValues>({
    resolver,
    defaultValues: initialValues,
    mode: options.mode ?? "onTouched",
    shouldFocusError: true,
  });

  const onMigrate = useRef(options.onMigrate);
  onMigrate.current = options.onMigrate;
  const previous = useRef(compiled);
  // A layout effect: the migrated values replace the old ones before paint (React 19 does not warn on the server).
  useLayoutEffect(() => {
    const from = previous.current;
    if (from === compiled) return;
    previous.current = compiled;
    const { values, changes } = migrateValues(form.getValues(), compiled, { from });
    form.reset(values);
    onMigrate.current?.(changes);
  }, [compiled, form]);

  const requestMode = options.requestMode;
  const getRequestResult = useCallback(
    () =>
      safeBuildImageRequest(compiled, form.getValues(), {
        touched: touchedFieldNames(form, compiled),
        mode: requestMode,
      }),
    [compiled, form, requestMode],
  );
  const getRequest = useCallback(() => {
    const result = getRequestResult();
    return result.success ? result.request : undefined;
  }, [getRequestResult]);

  const handleSubmit = useCallback<UseModelParameterFormReturn["handleSubmit"]>(
    (onSubmit, onInvalid) =>
      form.handleSubmit(async (values) => {
        const request = buildImageRequest(compiled, values, {
          touched: touchedFieldNames(form, compiled),
          mode: requestMode,
        });
        await onSubmit(request, values);
      }, onInvalid),
    [compiled, form, requestMode],
  );

  const fields = useMemo(() => compiled.fields.filter((field) => !field.fixed), [compiled]);

  return useMemo(
    () => ({
      form,
      compiled,
      fields,
      getRequest,
      getRequestResult,
      get request() {
        return getRequest();
      },
      handleSubmit,
    }),
    [form, compiled, fields, getRequest, getRequestResult, handleSubmit],
  );
}
