import { normalizeParameters } from "@model-forms/client";
import { type FieldComponent, useModelParameterForm } from "@model-forms/forms";
import type { CompileOptions, FormValues } from "@model-forms/forms/core";
import { type ReactNode, useEffect, useMemo } from "react";
import { useWatch } from "react-hook-form";
import type { Json } from "../../fixtures/catalog";

/** Props of {@link FieldExample}: one field compiled from wire `supported_parameters`, in its own form. */
export interface FieldExampleProps {
  /** The state's title (rendered as a heading). */
  title: string;
  /** Wire `supported_parameters` (either shape). */
  supported: { [key: string]: Json };
  /** The request field to render. */
  name: string;
  Component: FieldComponent;
  defaultValues?: FormValues;
  disabled?: boolean;
  /** Shows the field in its invalid state with this message. */
  error?: string;
  prompt?: CompileOptions["prompt"];
  /** More compile options (option labels, limits, ...). */
  compileOptions?: CompileOptions;
}

/** One field state for "All states" stories: the field, its own form, and its current value as JSON. */
export function FieldExample({
  title,
  supported,
  name,
  Component,
  defaultValues,
  disabled,
  error,
  prompt = false,
  compileOptions,
}: FieldExampleProps) {
  const descriptors = useMemo(() => normalizeParameters(supported).parameters, [supported]);
  const { form, fields } = useModelParameterForm(descriptors, {
    defaultValues,
    compileOptions: { ...compileOptions, prompt },
  });
  const field = fields.find((candidate) => candidate.name === name);
  useEffect(() => {
    if (error) form.setError(name, { type: "manual", message: error });
  }, [error, form, name]);
  const value = useWatch({ control: form.control, name });
  if (!field) return <p>No field named {name}.</p>;
  return (
    <section data-slot="story-example" aria-label={title}>
      <h2 data-slot="story-example-title">{title}</h2>
      <Component field={field} control={form.control} disabled={disabled} />
      <p data-slot="story-value">
        Value: <code data-testid={`value-${title}`}>{value === undefined ? "unset" : JSON.stringify(value)}</code>
      </p>
    </section>
  );
}

/** A grid of {@link FieldExample}s. */
export function FieldGallery({ children }: { children: ReactNode }) {
  return <div data-slot="story-gallery">{children}</div>;
}
