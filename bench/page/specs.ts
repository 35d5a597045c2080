import type { ParameterDescriptor } from "@model-forms/client";
import type { HandwrittenField } from "../handwritten-form";

/** A label the way a developer would write it by hand: `num_inference_steps` -> "Num inference steps". */
const labelOf = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replaceAll("_", " ");

/** Step of a continuous range: a hundredth of the span (0..1 -> 0.01, 0..20 -> 0.2). */
const continuousStep = (span: number) => (span > 0 ? Number((span / 100).toPrecision(2)) : 1);

/**
 * The hand-written form's field list for the same parameters `ModelParameterForm` gets: what its author would
 * have typed after reading the model's docs. The prompt comes first, unknown kinds and fixed values are left out.
 */
export function handwrittenFieldsFor(parameters: ParameterDescriptor[]): HandwrittenField[] {
  const fields: HandwrittenField[] = [
    { type: "text", name: "prompt", label: "Prompt", multiline: true, required: true },
  ];
  for (const p of parameters) {
    if (p.fixed) continue;
    if (p.kind === "enum") {
      const options = p.values.map(String);
      fields.push({
        type: "select",
        name: p.name,
        label: labelOf(p.name),
        options,
        defaultValue: p.default?.toString(),
      });
    } else if (p.kind === "range") {
      const step = p.step ?? (p.integer ? 1 : continuousStep(p.max - p.min));
      const defaultValue = Math.min(p.max, Math.max(p.min, p.default ?? p.min));
      fields.push({ type: "slider", name: p.name, label: labelOf(p.name), min: p.min, max: p.max, step, defaultValue });
    } else if (p.kind === "boolean") {
      if (p.valueType === "integer") {
        fields.push({
          type: "integer",
          name: p.name,
          label: labelOf(p.name),
          min: p.min ?? 0,
          max: p.max ?? 2 ** 32 - 1,
        });
      } else if (p.valueType === "string") {
        fields.push({ type: "text", name: p.name, label: labelOf(p.name), multiline: true });
      } else {
        fields.push({ type: "checkbox", name: p.name, label: labelOf(p.name) });
      }
    } else if (p.kind === "image_references") {
      fields.push({ type: "images", name: p.name, label: labelOf(p.name), maxItems: p.maxItems });
    }
  }
  return fields;
}

type JsonSchema = Record<string, unknown>;

/** The JSON Schema + uiSchema an RJSF user would write for the same fields (ranges as `ui:widget: "range"`). */
export function rjsfSchemaFor(fields: HandwrittenField[]): { schema: JsonSchema; uiSchema: JsonSchema } {
  const properties: Record<string, JsonSchema> = {};
  // `ui:classNames` lets the bench map rendered components back to their field.
  const uiSchema: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const f of fields) {
    const ui: JsonSchema = { "ui:classNames": `bf bf-${f.name}` };
    if (f.type === "select") {
      properties[f.name] = { type: "string", title: f.label, enum: f.options, default: f.defaultValue };
    } else if (f.type === "slider") {
      const type = Number.isInteger(f.step) ? "integer" : "number";
      properties[f.name] = { type, title: f.label, minimum: f.min, maximum: f.max, default: f.defaultValue };
      ui["ui:widget"] = "range";
      ui["ui:options"] = { step: f.step };
    } else if (f.type === "integer") {
      properties[f.name] = { type: "integer", title: f.label, minimum: f.min, maximum: f.max };
    } else if (f.type === "text") {
      properties[f.name] = { type: "string", title: f.label, ...(f.required ? { minLength: 1 } : {}) };
      if (f.multiline) ui["ui:widget"] = "textarea";
      if (f.required) required.push(f.name);
    } else if (f.type === "checkbox") {
      properties[f.name] = { type: "boolean", title: f.label };
    } else {
      properties[f.name] = {
        type: "array",
        title: f.label,
        maxItems: f.maxItems,
        items: { type: "string", format: "uri" },
      };
    }
    uiSchema[f.name] = ui;
  }
  return { schema: { type: "object", required, properties }, uiSchema };
}
