import { useCallback, useMemo } from "react";
import { get, useWatch } from "react-hook-form";
import type { CostMessages } from "../core/price/cost-messages";
import { type CostEstimate, estimateImageCost } from "../core/price/estimate-image-cost";
import { priceDependencies } from "../core/price/option-prices";
import type { PricingSource } from "../core/price/pricing-lines";
import type { CompiledForm } from "../core/types";
import { isEmptyValue, valuesEqual } from "../core/values-equal";
import { fieldPath } from "../form/field-paths";
import { type ModelEndpointState, useModelEndpoint } from "../form/model-endpoint-context";
import { useModelFormContext } from "../form/model-form-context";

/**
 * What {@link useCostEstimate} returns: the endpoint's state (`status`), the estimate once there is pricing, the
 * request it priced (only the fields the price reads), and the field whose options are worth pricing one by one.
 *
 * @example
 * ```ts
 * const { status, estimate }: CostEstimateState = useCostEstimate();
 * ```
 */
export interface CostEstimateState {
  status: ModelEndpointState["status"];
  source: PricingSource;
  estimate: CostEstimate | undefined;
  request: Record<string, unknown>;
  optionField: string | undefined;
  /** The priced request from the form's values right now (for code that runs between renders, e.g. option notes). */
  readRequest(): Record<string, unknown>;
}

/**
 * The part of the request the price reads, as it will be sent: a value the user changed (it differs from where the
 * form started), or one differing from the form's starting default, or a published default (the provider applies it
 * anyway). A starting value the provider never published is left out, so the estimate takes the provider's own
 * choice (its `auto` line), like the request. Fixed fields count with their fixed value.
 */
function pricedRequest(compiled: CompiledForm, names: string[], values: unknown[], starts: unknown[]) {
  const request: Record<string, unknown> = { model: compiled.modelId };
  names.forEach((name, index) => {
    const field = compiled.fields.find((f) => f.name === name);
    if (!field) return;
    const value = field.fixed ? field.fixedValue : values[index];
    const sent =
      field.fixed ||
      field.providerDefault !== undefined ||
      !valuesEqual(value, starts[index]) ||
      !valuesEqual(value, field.defaultValue);
    if (sent && !isEmptyValue(value)) request[name] = value;
  });
  return request;
}

/**
 * The live cost of the surrounding `<ModelParameterForm>`'s request, from its endpoint record (or `endpoint`).
 * Subscribes to the fields the price reads and nothing else: typing a prompt re-renders nothing, a count step
 * re-renders only the caller.
 *
 * @example
 * ```tsx
 * function Cost() {
 *   const { estimate } = useCostEstimate();
 *   return <span>{estimate?.totalUsd === undefined ? "–" : formatPrice(estimate.totalUsd, estimate.currency)}</span>;
 * }
 * ```
 */
export function useCostEstimate(
  options: { endpoint?: PricingSource; messages?: Partial<CostMessages> } = {},
): CostEstimateState {
  const context = useModelFormContext();
  if (!context) throw new Error("useCostEstimate needs a surrounding <ModelParameterForm> (or pass a request).");
  const { compiled, form } = context;
  const endpointState = useModelEndpoint();
  const source = options.endpoint ?? endpointState.endpoint;
  const status = options.endpoint ? "success" : endpointState.status;
  const { names, optionField } = useMemo(() => {
    const enums = compiled.fields.flatMap((f) =>
      f.constraints.options ? [{ name: f.name, values: f.constraints.options }] : [],
    );
    const deps = priceDependencies(source, enums);
    const names = deps.fields.filter((name) => compiled.fields.some((field) => field.name === name));
    return { names, optionField: deps.optionField };
  }, [source, compiled]);
  const control = form.control;
  // react-hook-form holds values under paths (field-paths.ts); the price reads them by published name.
  const paths = useMemo(() => names.map(fieldPath), [names]);
  const values = useWatch({ control, name: paths }) as unknown[];
  const request = useMemo(
    // Where each field started, read when a watched value changes (a store per model: it never changes alone).
    () =>
      pricedRequest(
        compiled,
        names,
        values,
        paths.map((path) => get(control._defaultValues, path)),
      ),
    [compiled, names, paths, values, control],
  );
  const readRequest = useCallback(
    () =>
      pricedRequest(
        compiled,
        names,
        paths.map((path) => get(control._formValues, path)),
        paths.map((path) => get(control._defaultValues, path)),
      ),
    [compiled, names, paths, control],
  );
  const { messages } = options;
  const estimate = useMemo(
    () => (source ? estimateImageCost(source, request, messages) : undefined),
    [source, request, messages],
  );
  return { status, source, estimate, request, optionField, readRequest };
}
