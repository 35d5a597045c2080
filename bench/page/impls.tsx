/**
 * The implementations the bench compares on the same fields: ours, a hand-written react-hook-form + Radix form,
 * RJSF core (native widgets) and RJSF's Radix-based shadcn theme; and the models they render.
 */
import type { ImageModel } from "@model-forms/client";
import { normalizeParameters } from "@model-forms/client";
import { ModelParameterForm } from "@model-forms/forms";
import Form from "@rjsf/core";
import ShadcnForm from "@rjsf/shadcn";
import validator from "@rjsf/validator-ajv8";
import type { ReactElement } from "react";
import { bigModelRecord, handwrittenModels, type WireImageModel } from "../../fixtures/catalog";
import { type HandwrittenField, HandwrittenForm } from "../handwritten-form";
import { noop, onFieldRender } from "./measure";
import { handwrittenFieldsFor, rjsfSchemaFor } from "./specs";

export type ImplId = "ours" | "handwritten" | "rjsf" | "rjsf-shadcn";

export interface BenchModel {
  model: ImageModel;
  fields: HandwrittenField[];
  rjsf: ReturnType<typeof rjsfSchemaFor>;
}

/** The normalized model plus the hand-written fields and the RJSF schema derived from the same descriptors. */
export function benchModel(record: WireImageModel): BenchModel {
  const { parameters, warnings } = normalizeParameters(record.supported_parameters);
  const model = { ...record, name: record.name ?? record.id, parameters, parameterWarnings: warnings } as ImageModel;
  const fields = handwrittenFieldsFor(parameters);
  return { model, fields, rjsf: rjsfSchemaFor(fields) };
}

export const big = benchModel(bigModelRecord);
// The model to switch to: the richest other hand-written record of the catalog.
const otherRecord = handwrittenModels
  .filter((record) => record.id !== bigModelRecord.id)
  .sort(
    (a, b) => Object.keys(b.supported_parameters ?? {}).length - Object.keys(a.supported_parameters ?? {}).length,
  )[0];
export const other = benchModel(otherRecord ?? bigModelRecord);

// scripts/bench.mjs stubs this as `null` while the forms package does not export it yet.
const Ours = ModelParameterForm as typeof ModelParameterForm | null;
export const IMPLS: Record<ImplId, ((m: BenchModel, profileFields: boolean) => ReactElement) | null> = {
  ours: Ours ? (m) => <Ours model={m.model} onSubmit={noop} /> : null,
  // A hand-written form is written for one model: switching models remounts it (key).
  handwritten: (m, profileFields) => (
    <HandwrittenForm
      key={m.model.id}
      fields={m.fields}
      onSubmit={noop}
      onFieldRender={profileFields ? onFieldRender : undefined}
    />
  ),
  rjsf: (m) => (
    <Form schema={m.rjsf.schema} uiSchema={m.rjsf.uiSchema} validator={validator} onSubmit={noop} noHtml5Validate />
  ),
  // The same schema through RJSF's shadcn theme: Radix Slider, a cmdk select, shadcn inputs (unstyled here, as all).
  "rjsf-shadcn": (m) => (
    <ShadcnForm
      schema={m.rjsf.schema}
      uiSchema={m.rjsf.uiSchema}
      validator={validator}
      onSubmit={noop}
      noHtml5Validate
    />
  ),
};

export function implOf(id: ImplId) {
  const impl = IMPLS[id];
  if (!impl) throw new Error(`${id} is not available`);
  return impl;
}

// The first integer range of the model: the slider the change scenario moves.
export const sliderField = big.fields.find((f) => f.type === "slider")?.name ?? "n";
