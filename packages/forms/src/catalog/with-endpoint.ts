import { applyInputReferenceConstraints, type ImageModel, type ModelEndpoint } from "@model-forms/client/core";

/**
 * The model as its endpoint record describes it: when the endpoint publishes `supported_parameters`, they win over
 * the catalog's (with its tighter per-image limits merged in by the client); when it only publishes
 * `input_reference_constraints`, those tighten the catalog's reference field. Returns `model` itself when nothing
 * changes, so a form does not recompile (or migrate its values) for an identical record.
 *
 * @example
 * ```ts
 * const model = withEndpoint(await client.getModel(id), (await client.getModelEndpoints(id)).endpoints[0]);
 * ```
 */
export function withEndpoint(model: ImageModel, endpoint: ModelEndpoint | undefined): ImageModel {
  if (!endpoint) return model;
  const own = endpoint.supported_parameters !== undefined;
  if (!own && endpoint.input_reference_constraints === undefined) return model;
  const { parameters, warnings } = own
    ? { parameters: endpoint.parameters, warnings: endpoint.parameterWarnings }
    : applyInputReferenceConstraints(
        { parameters: model.parameters, warnings: model.parameterWarnings },
        endpoint.input_reference_constraints,
      );
  if (JSON.stringify(parameters) === JSON.stringify(model.parameters)) return model;
  return { ...model, parameters, parameterWarnings: warnings };
}
