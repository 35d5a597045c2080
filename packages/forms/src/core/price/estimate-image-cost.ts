import { type CostMessages, defaultCostMessages } from "./cost-messages";
import {
  type PriceLine,
  type PricingSource,
  pixelSize,
  pricingLines,
  pricingParameters,
  sameKey,
} from "./pricing-lines";

/**
 * One priced part of a request.
 *
 * @example
 * ```ts
 * const line: CostLine = { billable: "output_image", unit: "image", quantity: 2, unitUsd: 0.04, subtotalUsd: 0.08, label: "Output image · 1024x1024" };
 * ```
 */
export interface CostLine {
  billable: string;
  unit: string;
  quantity: number;
  /** The published cost of one unit, in `currency` (the wire field is `cost_usd`). */
  unitUsd: number;
  subtotalUsd: number;
  label: string;
}

/**
 * What {@link estimateImageCost} returns. `totalUsd` is `undefined` when no published line prices the request
 * (`notes` says why); `exact` is false when the figure rests on an assumption (`notes` says which).
 *
 * @example
 * ```ts
 * const { totalUsd, exact, notes }: CostEstimate = estimateImageCost(endpoint, request);
 * ```
 */
export interface CostEstimate {
  totalUsd: number | undefined;
  /** As published (`USD` unless a line says otherwise). */
  currency: string;
  exact: boolean;
  lines: CostLine[];
  notes: string[];
}

/** An enum a variant may belong to: a parameter's name and its values. */
export interface PriceEnum {
  name: string;
  values: readonly (string | number)[];
}

type Request = { readonly [field: string]: unknown };
/** A line while estimating: its currency is checked before the total. */
type Priced = CostLine & { currency: string };

// Floating-point noise (0.1 * 3) must not reach a price.
const round = (value: number) => Math.round(value * 1e9) / 1e9;
const text = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : undefined);
const keyText = (line: PriceLine) => line.resolution ?? line.variant;

/**
 * The request field that `variant` pricing lines refer to: the enum whose values name a variant (case-insensitively,
 * `resolution` first), else the request field holding one, else `resolution`. `undefined` without variant lines.
 *
 * @example
 * ```ts
 * variantField(pricingLines(endpoint), {}, [{ name: "resolution", values: ["1K", "2K"] }]); // "resolution"
 * ```
 */
export function variantField(lines: readonly PriceLine[], request: Request, enums: readonly PriceEnum[] = []) {
  const variants = new Set(lines.flatMap((line) => (line.variant === undefined ? [] : [sameKey(line.variant)])));
  if (variants.size === 0) return undefined;
  const names = (e: PriceEnum) => e.values.some((value) => variants.has(sameKey(String(value))));
  const hits = enums.filter(names);
  const known = hits.find((e) => e.name === "resolution") ?? hits[0];
  if (known) return known.name;
  const fields = ["resolution", ...Object.keys(request).filter((k) => k !== "model" && k !== "prompt")];
  return (
    fields.find((field) => typeof request[field] === "string" && variants.has(sameKey(request[field]))) ?? "resolution"
  );
}

interface Context {
  request: Request;
  variant: string | undefined;
  defaults: Map<string, string>;
  notes: string[];
  exact: boolean;
  known: boolean;
  messages: CostMessages;
}

/** The request's value for the dimension a line is keyed on (`resolution`, or the variant field). */
const wanted = (line: PriceLine, c: Context) =>
  line.resolution !== undefined ? text(c.request.resolution) : c.variant ? text(c.request[c.variant]) : undefined;
const fieldOf = (line: PriceLine, c: Context) => (line.resolution !== undefined ? "resolution" : (c.variant ?? ""));

function matches(line: PriceLine, request: Request, variant: string | undefined): boolean {
  const res = text(request.resolution);
  const v = variant ? text(request[variant]) : undefined;
  return (
    (line.resolution === undefined || (res !== undefined && sameKey(res) === sameKey(line.resolution))) &&
    (line.variant === undefined || (v !== undefined && sameKey(v) === sameKey(line.variant)))
  );
}

/** The most specific lines (most keys) among `lines`, one per unit. */
function mostSpecific(lines: PriceLine[]): PriceLine[] {
  const score = (line: PriceLine) => Number(line.resolution !== undefined) + Number(line.variant !== undefined);
  const best = Math.max(...lines.map(score));
  const units = new Set<string>();
  return lines.filter((line) => score(line) === best && !units.has(line.unit) && units.add(line.unit));
}

/**
 * The lines that price one billable of the request: its key matches, else a flat line, else (when the request
 * leaves the key unset) the `auto` line, the published default, or a price every key agrees on.
 */
function pickLines(group: PriceLine[], c: Context): PriceLine[] | undefined {
  const keyed = group.filter((line) => keyText(line) !== undefined);
  const flat = group.filter((line) => keyText(line) === undefined);
  const hits = keyed.filter((line) => matches(line, c.request, c.variant));
  if (hits.length) return mostSpecific(hits);
  const auto = keyed.filter((line) => sameKey(keyText(line) ?? "") === "auto");
  const asked = keyed.map((line) => wanted(line, c)).find((value) => value !== undefined);
  const field = keyed[0] ? fieldOf(keyed[0], c) : "";
  if (asked !== undefined) {
    if (flat.length) return mostSpecific(flat);
    if (auto.length && auto.length === keyed.length) {
      c.exact = false;
      c.notes.push(c.messages.notPublishedFor(field, asked, true));
      return mostSpecific(auto);
    }
    c.notes.push(c.messages.notPublishedFor(field, asked, false));
    return undefined;
  }
  if (auto.length) return mostSpecific(auto);
  if (flat.length) return mostSpecific(flat);
  const fallback = c.defaults.get(field);
  const byDefault =
    fallback === undefined ? [] : keyed.filter((line) => matches(line, { [field]: fallback }, c.variant));
  if (byDefault.length) {
    c.exact = false;
    c.notes.push(c.messages.pricedAtDefault(field, String(fallback)));
    return mostSpecific(byDefault);
  }
  const first = keyed[0];
  if (first && keyed.every((line) => line.cost === first.cost && line.unit === first.unit)) {
    return [{ ...first, resolution: undefined, variant: undefined }];
  }
  c.notes.push(c.messages.dependsOn(field));
  return undefined;
}

/** The output pixel size: the line's own key, the request's `resolution` / `size` / `width`×`height`, a default. */
function outputPixels(line: PriceLine, c: Context): [number, number] | undefined {
  const { request } = c;
  const size = pixelSize(line.resolution) ?? pixelSize(request.resolution) ?? pixelSize(request.size);
  if (size) return size;
  const { width, height } = request;
  if (typeof width === "number" && typeof height === "number") return [width, height];
  const fallback = pixelSize(c.defaults.get("resolution"));
  if (fallback && request.resolution === undefined) {
    c.exact = false;
    c.notes.push(c.messages.megapixelsAtDefault(fallback.join("x")));
  }
  return fallback;
}

function priceGroup(group: PriceLine[], count: number, input: boolean, c: Context, out: Priced[]) {
  const picked = pickLines(group, c);
  if (!picked) {
    c.known = false;
    return;
  }
  for (const line of picked) {
    let quantity = count;
    let key = keyText(line);
    if (line.unit === "megapixel") {
      const size = input ? undefined : outputPixels(line, c);
      if (!size) {
        c.known = false;
        c.notes.push(c.messages.megapixelsUnknown(input));
        continue;
      }
      quantity = round((count * size[0] * size[1]) / 1e6);
      key ??= size.join("x");
      c.exact = false;
      c.notes.push(c.messages.megapixelsCounted);
    } else if (line.unit !== "image") {
      c.known = false;
      c.notes.push(c.messages.unitNotEstimated(line.billable, line.unit));
      continue;
    }
    out.push({
      billable: line.billable,
      unit: line.unit,
      quantity,
      unitUsd: line.cost,
      subtotalUsd: round(line.cost * quantity),
      label: c.messages.lineLabel(line.billable, key),
      currency: line.currency,
    });
  }
}

/**
 * The cost of a generation request from an endpoint's published pricing. Pure; never invents a number.
 *
 * - NanoGPT `output_image` lines are keyed by `resolution` (`1024x1024` = `1024*1024`); OpenRouter's by `variant`
 *   (`1k`, matched case-insensitively against the request's tier, `2K`). Lines per `megapixel` count the output
 *   pixel size. Quantity is `n` (default 1).
 * - An unset resolution (the provider decides) takes the `auto` line, priced even when `auto` is not selectable;
 *   without one, the published default (`exact: false`) or a price all lines agree on.
 * - `input_image` lines are multiplied by the number of `input_references`.
 * - A request no line prices gives `totalUsd: undefined` and a note; lines in several currencies give no total.
 * - Line labels and notes come from `messages` (English by default, {@link CostMessages}).
 *
 * @example
 * ```ts
 * const [endpoint] = (await client.getModelEndpoints("qwen/qwen-image-3")).endpoints;
 * estimateImageCost(endpoint, { model: "qwen/qwen-image-3", resolution: "2K", n: 3, input_references: [url] });
 * // { totalUsd: 0.093, currency: "USD", exact: true, lines: [output 3 × 0.03, input 1 × 0.003], notes: [] }
 * ```
 */
export function estimateImageCost(
  source: PricingSource,
  request: Request = {},
  messages?: Partial<CostMessages>,
): CostEstimate {
  const texts = messages ? { ...defaultCostMessages, ...messages } : defaultCostMessages;
  const all = pricingLines(source);
  if (all.length === 0) {
    return { totalUsd: undefined, currency: "USD", exact: false, lines: [], notes: [texts.nothingPublished] };
  }
  const parameters = pricingParameters(source);
  const enums = parameters.flatMap((p) => (p.kind === "enum" ? [{ name: p.name, values: p.values }] : []));
  const defaults = new Map(
    parameters.flatMap((p) => (p.kind === "enum" && p.default !== undefined ? [[p.name, String(p.default)]] : [])),
  );
  const c: Context = {
    request,
    variant: variantField(all, request, enums),
    defaults: defaults as Map<string, string>,
    notes: [],
    exact: true,
    known: true,
    messages: texts,
  };
  const lines: Priced[] = [];
  const n = request.n ?? request.nImages ?? 1;
  const refs = Array.isArray(request.input_references) ? request.input_references.length : 0;
  const output = all.filter((line) => line.billable === "output_image");
  if (typeof n !== "number" || !Number.isFinite(n) || n < 0) {
    c.known = false;
    c.notes.push(texts.countNotNumber);
  } else if (output.length) priceGroup(output, n, false, c, lines);
  else {
    c.known = false;
    c.notes.push(texts.noOutputPrice);
  }
  const inputs = all.filter((line) => line.billable === "input_image");
  if (refs > 0 && inputs.length) priceGroup(inputs, refs, true, c, lines);
  for (const line of all) {
    if (line.billable === "output_image" || line.billable === "input_image") continue;
    c.exact = false;
    c.notes.push(texts.notIncluded(line.billable, line.unit));
  }
  const currencies = [...new Set(lines.map((line) => line.currency))];
  if (currencies.length > 1) {
    c.known = false;
    c.notes.push(texts.currencies(currencies));
  }
  const currency = currencies[0] ?? all[0]?.currency ?? "USD";
  const clean = lines.map(({ billable, unit, quantity, unitUsd, subtotalUsd, label }) => ({
    billable,
    unit,
    quantity,
    unitUsd,
    subtotalUsd,
    label,
  }));
  const total = c.known ? round(clean.reduce((sum, line) => sum + line.subtotalUsd, 0)) : undefined;
  return { totalUsd: total, currency, exact: c.known && c.exact, lines: clean, notes: [...new Set(c.notes)] };
}
