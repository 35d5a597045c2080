"use client";
/**
 * The baseline the benchmarks compare `ModelParameterForm` against: the form a competent developer writes by hand
 * with react-hook-form + Radix Select/Slider + zod for a known set of fields. No library of ours is imported.
 *
 * Written the way the react-hook-form docs recommend for performance: native inputs are `register`ed
 * (uncontrolled, so typing commits nothing), Radix widgets go through one `useController` each (only that field
 * re-renders), and error messages subscribe per field with `useFormState({ name })`.
 * Used by `scripts/bench.mjs` (render cost) and `scripts/size.mjs` (bundle cost, the "hand-written" row).
 */
import { zodResolver } from "@hookform/resolvers/zod";
import * as Select from "@radix-ui/react-select";
import * as Slider from "@radix-ui/react-slider";
import { Fragment, Profiler, type ProfilerOnRenderCallback, type ReactNode, useId, useMemo } from "react";
import { type Control, useController, useFieldArray, useForm, useFormState } from "react-hook-form";
import * as z from "zod";

/** One field of the hand-written form, as its author would list them. */
export type HandwrittenField =
  | { type: "select"; name: string; label: string; options: string[]; defaultValue?: string }
  | { type: "slider"; name: string; label: string; min: number; max: number; step: number; defaultValue: number }
  | { type: "integer"; name: string; label: string; min: number; max: number }
  | { type: "text"; name: string; label: string; multiline?: boolean; required?: boolean; maxLength?: number }
  | { type: "checkbox"; name: string; label: string }
  | { type: "images"; name: string; label: string; maxItems: number };

type Values = Record<string, unknown>;

/**
 * The zod schema, written per field type as the author would write it for each field.
 *
 * @example
 * ```ts
 * const schema = buildHandwrittenSchema([{ type: "slider", name: "n", label: "Images", min: 1, max: 4, step: 1, defaultValue: 1 }]);
 * schema.parse({ n: 2 });
 * ```
 */
export function buildHandwrittenSchema(fields: HandwrittenField[]): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    switch (field.type) {
      case "select":
        shape[field.name] = z.enum(field.options as [string, ...string[]]).optional();
        break;
      case "slider":
        shape[field.name] = z.number().min(field.min).max(field.max).multipleOf(field.step);
        break;
      case "integer":
        shape[field.name] = z.number().int().min(field.min).max(field.max).optional();
        break;
      case "text": {
        const text = field.maxLength === undefined ? z.string() : z.string().max(field.maxLength);
        shape[field.name] = field.required ? text.min(1, "Required") : text.optional();
        break;
      }
      case "checkbox":
        shape[field.name] = z.boolean().optional();
        break;
      case "images":
        shape[field.name] = z.array(z.object({ url: z.url() })).max(field.maxItems);
        break;
    }
  }
  return z.object(shape);
}

/**
 * Starting values for the fields (enum / range defaults, empty text, no images).
 *
 * @example
 * ```ts
 * useForm({ defaultValues: handwrittenDefaults(fields) });
 * ```
 */
export function handwrittenDefaults(fields: HandwrittenField[]): Values {
  const values: Values = {};
  for (const field of fields) {
    if (field.type === "select") values[field.name] = field.defaultValue;
    else if (field.type === "slider") values[field.name] = field.defaultValue;
    else if (field.type === "text") values[field.name] = "";
    else if (field.type === "checkbox") values[field.name] = false;
    else if (field.type === "images") values[field.name] = [];
  }
  return values;
}

function FieldError({ control, name, id }: { control: Control<Values>; name: string; id: string }) {
  const { errors } = useFormState({ control, name });
  const message = errors[name]?.message;
  return typeof message === "string" ? (
    <p id={id} role="alert">
      {message}
    </p>
  ) : null;
}

function SelectField({ control, field }: { control: Control<Values>; field: HandwrittenField & { type: "select" } }) {
  const id = useId();
  const { field: f } = useController({ control, name: field.name });
  return (
    <div data-bench-field={field.name}>
      <label id={`${id}-label`} htmlFor={id}>
        {field.label}
      </label>
      <Select.Root value={(f.value as string | undefined) ?? ""} onValueChange={f.onChange} name={field.name}>
        <Select.Trigger id={id} ref={f.ref} onBlur={f.onBlur} aria-labelledby={`${id}-label`}>
          <Select.Value placeholder="Default" />
          <Select.Icon />
        </Select.Trigger>
        <Select.Portal>
          <Select.Content position="popper">
            <Select.Viewport>
              {field.options.map((option) => (
                <Select.Item key={option} value={option}>
                  <Select.ItemText>{option}</Select.ItemText>
                </Select.Item>
              ))}
            </Select.Viewport>
          </Select.Content>
        </Select.Portal>
      </Select.Root>
      <FieldError control={control} name={field.name} id={`${id}-error`} />
    </div>
  );
}

function SliderField({ control, field }: { control: Control<Values>; field: HandwrittenField & { type: "slider" } }) {
  const id = useId();
  const { field: f } = useController({ control, name: field.name });
  const value = f.value as number;
  return (
    <div data-bench-field={field.name}>
      <label htmlFor={id}>{field.label}</label>
      <Slider.Root
        value={[value]}
        onValueChange={(next) => f.onChange(next[0])}
        min={field.min}
        max={field.max}
        step={field.step}
      >
        <Slider.Track>
          <Slider.Range />
        </Slider.Track>
        <Slider.Thumb aria-label={field.label} onBlur={f.onBlur} />
      </Slider.Root>
      <input
        id={id}
        type="number"
        min={field.min}
        max={field.max}
        step={field.step}
        value={value}
        onChange={(event) => f.onChange(event.target.valueAsNumber)}
      />
      <FieldError control={control} name={field.name} id={`${id}-error`} />
    </div>
  );
}

function ImagesField({ control, field }: { control: Control<Values>; field: HandwrittenField & { type: "images" } }) {
  const { fields, append, remove } = useFieldArray({ control, name: field.name as never });
  return (
    <fieldset data-bench-field={field.name}>
      <legend>{field.label}</legend>
      {fields.map((item, index) => (
        <div key={item.id}>
          <input type="url" aria-label={`Image ${index + 1} URL`} {...control.register(`${field.name}.${index}.url`)} />
          <button type="button" onClick={() => remove(index)}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" disabled={fields.length >= field.maxItems} onClick={() => append({ url: "" } as never)}>
        Add image
      </button>
    </fieldset>
  );
}

function NativeField({ control, field }: { control: Control<Values>; field: HandwrittenField }) {
  const id = useId();
  let input: ReactNode = null;
  if (field.type === "integer") {
    const registered = control.register(field.name, {
      setValueAs: (v: string) => (v === "" ? undefined : Number(v)),
    });
    input = <input id={id} type="number" min={field.min} max={field.max} step={1} {...registered} />;
  } else if (field.type === "checkbox") {
    input = <input id={id} type="checkbox" {...control.register(field.name)} />;
  } else if (field.type === "text") {
    const registered = control.register(field.name);
    input = field.multiline ? <textarea id={id} {...registered} /> : <input id={id} type="text" {...registered} />;
  }
  return (
    <div data-bench-field={field.name}>
      <label htmlFor={id}>{field.label}</label>
      {input}
      <FieldError control={control} name={field.name} id={`${id}-error`} />
    </div>
  );
}

function renderField(control: Control<Values>, field: HandwrittenField): ReactNode {
  if (field.type === "select") return <SelectField control={control} field={field} />;
  if (field.type === "slider") return <SliderField control={control} field={field} />;
  if (field.type === "images") return <ImagesField control={control} field={field} />;
  return <NativeField control={control} field={field} />;
}

/** Props of {@link HandwrittenForm}. */
export interface HandwrittenFormProps {
  fields: HandwrittenField[];
  onSubmit: (values: Values) => void;
  /** Benchmarks only: wraps each field in a `<Profiler id={name}>` reporting here. */
  onFieldRender?: ProfilerOnRenderCallback;
}

/**
 * The hand-written form: one `useForm` with a zod resolver, one component per field.
 *
 * @example
 * ```tsx
 * <HandwrittenForm fields={fields} onSubmit={(values) => console.log(values)} />
 * ```
 */
export function HandwrittenForm({ fields, onSubmit, onFieldRender }: HandwrittenFormProps) {
  const schema = useMemo(() => buildHandwrittenSchema(fields), [fields]);
  const defaultValues = useMemo(() => handwrittenDefaults(fields), [fields]);
  const form = useForm<Values>({ resolver: zodResolver(schema) as never, defaultValues });
  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {fields.map((field) =>
        onFieldRender ? (
          <Profiler key={field.name} id={field.name} onRender={onFieldRender}>
            {renderField(form.control, field)}
          </Profiler>
        ) : (
          <Fragment key={field.name}>{renderField(form.control, field)}</Fragment>
        ),
      )}
      <button type="submit">Generate</button>
    </form>
  );
}
