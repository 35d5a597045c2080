import type { ImageModel } from "@model-forms/client";
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { type Control, FormProvider, useFormState } from "react-hook-form";
import { fieldErrorsFromError, isSubmitErrors, type SortedSubmitErrors } from "../core/submit-errors";
import type { CompiledForm, CompileOptions, FormValues } from "../core/types";
import type { FieldClassNames } from "../fields/types";
import { slotClass } from "../styles/slot-class-names";
import { applySubmitErrors, clearSubmitErrorsOnChange } from "./apply-submit-errors";
import { createFormAddons, type Slot } from "./form-addons";
import { FormContexts, SubmitNote } from "./form-contexts";
import type { ModelParameterFormMessages } from "./form-messages";
import { AdvancedSection, type ModelParameterFormSlots } from "./form-parts";
import type { ModelEndpointState } from "./model-endpoint-context";
import type { ModelFormMessagesOverrides } from "./model-form-messages";
import type { ModelParameterFormProps } from "./model-parameter-form";
import { prepareSeeds, recordSeeds, type SeedForm } from "./seed-state";
import { useModelParameterForm } from "./use-model-parameter-form";
import { resolveFieldComponent } from "./widget-registry";

/** The submit button, its own form-state subscriber. */
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

/** The form once its model is known: fields, Advanced, children, the submit error and the submit button. */
export function ReadyForm(
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
