"use client";
import { type Ref, useEffect, useId, useMemo, useRef, useState } from "react";
import { type CostEstimate, estimateImageCost } from "../core/price/estimate-image-cost";
import { optionPrices } from "../core/price/option-prices";
import { type PricingSource, pricingLines } from "../core/price/pricing-lines";
import { useFormAddons } from "../form/form-addons";
import { useMessagesLocale, usePartMessages } from "../form/model-form-messages";
import type { OptionNotes } from "../form/option-notes";
import { type SlotClassNames, slotClass } from "../styles/slot-class-names";
import {
  defaultPriceEstimateMessages,
  type PriceEstimateMessages,
  type PriceEstimateSlot,
} from "./price-estimate-messages";
import { type CostEstimateState, useCostEstimate } from "./use-cost-estimate";

export {
  defaultPriceEstimateMessages,
  type PriceEstimateMessages,
  type PriceEstimateSlot,
} from "./price-estimate-messages";

/** Props of {@link PriceEstimate}. */
export interface PriceEstimateProps {
  /** Prices from this endpoint (or `pricing` array) instead of the form's endpoint record. */
  endpoint?: PricingSource;
  /** Standalone: the request to price (then no form is needed; `endpoint` is required). */
  request?: Record<string, unknown>;
  /**
   * A budget in USD: a request estimated above it is invalid. The message shows live, and inside a form a submit is
   * blocked and the message focused. A request no line prices is not blocked.
   */
  maxCostUsd?: number;
  /** Per-option prices on the field the price depends on: each option's price (default), its `difference`, or none. */
  optionPrices?: "price" | "difference" | false;
  className?: string;
  classNames?: SlotClassNames<PriceEstimateSlot>;
  messages?: Partial<PriceEstimateMessages>;
}

type ViewState = "loading" | "unavailable" | "none" | "unknown" | "ready" | "over-budget";

function stateOf(
  status: CostEstimateState["status"],
  source: PricingSource,
  estimate: CostEstimate | undefined,
  over: boolean,
): ViewState {
  if (status === "loading") return "loading";
  if (status === "error") return "unavailable";
  if (!estimate || pricingLines(source).length === 0) return "none";
  if (estimate.totalUsd === undefined) return "unknown";
  return over ? "over-budget" : "ready";
}

const isOver = (estimate: CostEstimate | undefined, max: number | undefined) =>
  max !== undefined &&
  estimate?.totalUsd !== undefined &&
  estimate.currency === "USD" &&
  estimate.totalUsd > max + 1e-12;

/**
 * The estimated cost of the request, with its lines (`3 × $0.03`), what it assumes, and an optional budget. Inside
 * `<ModelParameterForm>` it follows the values of the fields the price reads (and re-renders alone), labels the
 * options of the field the price depends on (`2K · $0.03`), and can put the cost on the submit button (the form's
 * `showCost`). A failed endpoint fetch only hides the price behind a quiet notice.
 *
 * @example
 * ```tsx
 * <ModelParameterForm modelId="qwen/qwen-image-3" showCost onSubmit={send}>
 *   <PriceEstimate maxCostUsd={0.25} />
 * </ModelParameterForm>
 * ```
 */
export function PriceEstimate(props: PriceEstimateProps) {
  return props.request ? <StandalonePrice {...props} request={props.request} /> : <LivePrice {...props} />;
}

/** The price part's texts, with prices written in the messages' locale (`core.locale`). */
function usePriceMessages(own: Partial<PriceEstimateMessages> | undefined): PriceEstimateMessages {
  const messages = usePartMessages("price", defaultPriceEstimateMessages, own);
  const locale = useMessagesLocale();
  return useMemo(
    () =>
      locale === undefined
        ? messages
        : {
            ...messages,
            formatPrice: (amount, currency, sign) => messages.formatPrice(amount, currency, sign, locale),
          },
    [messages, locale],
  );
}

function StandalonePrice(props: PriceEstimateProps & { request: Record<string, unknown> }) {
  const { endpoint, request, maxCostUsd } = props;
  const messages = usePriceMessages(props.messages);
  const estimate = useMemo(() => estimateImageCost(endpoint, request, messages), [endpoint, request, messages]);
  return (
    <PriceView {...props} status="success" source={endpoint} estimate={estimate} over={isOver(estimate, maxCostUsd)} />
  );
}

function LivePrice(props: PriceEstimateProps) {
  const messages = usePriceMessages(props.messages);
  const state = useCostEstimate({ endpoint: props.endpoint, messages });
  const addons = useFormAddons();
  const { estimate, source, optionField } = state;
  const over = isOver(estimate, props.maxCostUsd);
  // Read by the option notes and the submit guard when they run, so neither re-subscribes on every change.
  const latest = useRef({ state, props, messages });
  latest.current = { state, props, messages };
  const errorRef = useRef<HTMLParagraphElement>(null);
  const [focusRequests, setFocusRequests] = useState(0);

  const mode = props.optionPrices ?? "price";
  const notes = useMemo<OptionNotes | undefined>(
    () => (mode && source && optionField ? optionNotes(() => latest.current, optionField, mode) : undefined),
    [mode, source, optionField],
  );
  useEffect(() => {
    if (!addons || !notes) return;
    addons.optionNotes.set(notes);
    return () => addons.optionNotes.set(undefined);
  }, [addons, notes]);

  const total = estimate?.totalUsd;
  const cost = total === undefined || !estimate ? undefined : display(total, estimate, messages);
  useEffect(() => {
    addons?.submitNote.set(cost);
  }, [addons, cost]);
  useEffect(() => () => addons?.submitNote.set(undefined), [addons]);

  useEffect(
    () =>
      addons?.addSubmitGuard((request) => {
        const { state: now, props: p } = latest.current;
        if (p.maxCostUsd === undefined || !now.source) return true;
        if (!isOver(estimateImageCost(now.source, request), p.maxCostUsd)) return true;
        setFocusRequests((n) => n + 1);
        return false;
      }),
    [addons],
  );
  useEffect(() => {
    if (focusRequests) errorRef.current?.focus();
  }, [focusRequests]);

  return (
    <PriceView {...props} status={state.status} source={source} estimate={estimate} over={over} errorRef={errorRef} />
  );
}

/** A total for display: formatted, and marked approximate when the estimate rests on an assumption. */
function display(amount: number, estimate: CostEstimate, messages: PriceEstimateMessages) {
  const text = messages.formatPrice(amount, estimate.currency);
  return estimate.exact ? text : messages.approximately(text);
}

/**
 * Notes for the options of `field`: the price of one image with that option (the count and references left out,
 * so a count step changes no option note), or its difference to the current option.
 */
function optionNotes(
  read: () => { state: CostEstimateState; messages: PriceEstimateMessages },
  field: string,
  mode: "price" | "difference",
): OptionNotes {
  return (name, value) => {
    const { state, messages } = read();
    if (name !== field || !state.source) return undefined;
    // Read now, not from the last render: a select re-renders with its new value before this component does.
    const { n: _n, nImages: _nImages, input_references: _refs, ...perImage } = state.readRequest();
    const [price] = optionPrices(state.source, perImage, field, [value]);
    if (price?.totalUsd === undefined) return undefined;
    const difference = mode === "difference" && price.deltaUsd ? price.deltaUsd : undefined;
    const text = messages.formatPrice(difference ?? price.totalUsd, price.currency, difference !== undefined);
    return messages.optionNote(price.exact ? text : messages.approximately(text));
  };
}

function PriceView(
  props: PriceEstimateProps & {
    status: CostEstimateState["status"];
    source: PricingSource;
    estimate: CostEstimate | undefined;
    over: boolean;
    errorRef?: Ref<HTMLParagraphElement>;
  },
) {
  const { estimate, classNames, maxCostUsd } = props;
  const messages = usePriceMessages(props.messages);
  const id = useId();
  const state = stateOf(props.status, props.source, estimate, props.over);
  const cls = (slot: PriceEstimateSlot) => slotClass(classNames, slot);
  const format = (amount: number) => messages.formatPrice(amount, estimate?.currency ?? "USD");
  const notice =
    state === "loading"
      ? messages.loading
      : state === "unavailable"
        ? messages.unavailable
        : state === "none"
          ? messages.noPricing
          : undefined;
  return (
    <div
      data-mf-root=""
      data-mf-slot="price"
      data-state={state}
      data-exact={estimate?.exact ? "" : undefined}
      className={slotClass(classNames, "price", props.className)}
    >
      {notice ? (
        <p data-mf-slot="price-notice" className={cls("price-notice")}>
          {notice}
        </p>
      ) : (
        <>
          <div data-mf-slot="price-summary" className={cls("price-summary")}>
            <span data-mf-slot="price-label" id={`${id}-label`} className={cls("price-label")}>
              {messages.label}
            </span>
            <output data-mf-slot="price-total" aria-labelledby={`${id}-label`} className={cls("price-total")}>
              {estimate?.totalUsd === undefined ? messages.unknown : display(estimate.totalUsd, estimate, messages)}
            </output>
          </div>
          {estimate?.lines.length ? (
            <ul data-mf-slot="price-lines" className={cls("price-lines")}>
              {estimate.lines.map((line) => (
                <li
                  key={line.label}
                  data-mf-slot="price-line"
                  data-billable={line.billable}
                  className={cls("price-line")}
                >
                  <span data-mf-slot="price-line-label" className={cls("price-line-label")}>
                    {line.label}
                  </span>
                  <span data-mf-slot="price-line-quantity" className={cls("price-line-quantity")}>
                    {messages.quantity(line.quantity, format(line.unitUsd), line.unit)}
                  </span>
                  <span data-mf-slot="price-line-amount" className={cls("price-line-amount")}>
                    {format(line.subtotalUsd)}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          {estimate?.notes.length ? (
            <ul data-mf-slot="price-notes" className={cls("price-notes")}>
              {estimate.notes.map((note) => (
                <li key={note} data-mf-slot="price-note" className={cls("price-note")}>
                  {note}
                </li>
              ))}
            </ul>
          ) : null}
          {props.over && estimate?.totalUsd !== undefined && maxCostUsd !== undefined ? (
            <p
              data-mf-slot="price-budget-error"
              role="alert"
              tabIndex={-1}
              ref={props.errorRef}
              className={cls("price-budget-error")}
            >
              {messages.overBudget(
                display(estimate.totalUsd, estimate, messages),
                messages.formatPrice(maxCostUsd, "USD"),
              )}
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
