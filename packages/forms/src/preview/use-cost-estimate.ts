import { useMemo } from "react";
import { useFormState, useWatch } from "react-hook-form";
import { type CostEstimate, estimateImageCost } from "../core/price/estimate-image-cost";
import { priceDependencies } from "../core/price/option-prices";
import type { PricingSource } from "../core/price/pricing-lines";
import type { CompiledForm } from "../core/types";
import { isEmptyValue, valuesEqual } from "../core/values-equal";
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
}

/**
 * The part of the request the price reads, as it will be sent: a value the user set, or one differing from the
 * form's starting value, or a published default (the provider applies it anyway). A starting value the provider
 * never published is left out, so the estimate takes the provider's own choice (its `auto` line), like the request.
 * Fixed fields count with their fixed value.
 */
function pricedRequest(compiled: CompiledForm, names: string[], values: unknown[], set: Set<string>) {
  const request: Record<string, unknown> = { model: compiled.modelId };
  names.forEach((name, index) => {
    const field = compiled.fields.find((f) => f.name === name);
    if (!field) return;
    const value = field.fixed ? field.fixedValue : values[index];
    const sent =
      field.fixed || set.has(name) || field.providerDefault !== undefined || !valuesEqual(value, field.defaultValue);
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
export function useCostEstimate(options: { endpoint?: PricingSource } = {}): CostEstimateState {
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
  const values = useWatch({ control, name: names }) as unknown[];
  const { touchedFields, dirtyFields } = useFormState({ control, name: names });
  // The formState objects are mutated in place, so memoize on the names they hold.
  const setKey = names.filter((name) => touchedFields[name] || dirtyFields[name]).join("\n");
  const request = useMemo(
    () => pricedRequest(compiled, names, values, new Set(setKey.split("\n"))),
    [compiled, names, values, setKey],
  );
  const estimate = useMemo(() => (source ? estimateImageCost(source, request) : undefined), [source, request]);
  return { status, source, estimate, request, optionField };
}
