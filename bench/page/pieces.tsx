/**
 * Rows for single pieces of the library (a widget, the price, a composite), each compared with a scenario the
 * references run in the same round: `compareTo: "mount"` divides by the hand-written form's and RJSF's mount,
 * `"slide"` by their slider step, `"switch"` by their model switch. A piece may also bring its own reference runs
 * (`references`), e.g. the hand-written form opening the same 1,000-value select.
 *
 * Adding a row is one entry in PIECES, e.g. when a widget lands:
 *
 *   mountPiece("seed", "seed control: mount", "mount", () => <ModelParameterForm model={seedOnly} />),
 *   actPiece("price-step", "price update on a slider step", "slide",
 *     () => <ModelParameterForm model={big.model}><PriceEstimate endpoint={…} /></ModelParameterForm>,
 *     (host) => { const s = findSlider(host, sliderField); s.focus(); return () => sliderStep(s); }),
 *   (`prepare` may be async: wait for what the first focus set off before the timed action).
 *
 * scripts/bench.mjs runs every piece in every round and prints its row; nothing else needs to change.
 */
import { createImageClient, type ModelEndpoint } from "@model-forms/client";
import {
  ImageClientProvider,
  ModelParameterForm,
  PriceEstimate,
  RequestPreview,
  useImageRequest,
} from "@model-forms/forms";
import { ImageStudio } from "@model-forms/forms/generation";
import type { ReactElement } from "react";
import { bigModelRecord, embeddedCatalog, endpointRecordFor } from "../../fixtures/catalog";
import { big, type ImplId, sliderField } from "./impls";
import { focusedSlider, mountUntimed, newRoot, noop, type Sample, sliderStep, timed, wrap } from "./measure";

/** A base scenario whose per-implementation medians a piece is divided by. */
export type Scenario = "mount" | "slide" | "switch";
type Run = () => Promise<Sample>;

export interface Piece {
  id: string;
  label: string;
  compareTo: Scenario;
  /** One sample of ours. */
  run: Run;
  /** Reference runs of the same piece; an implementation left out is compared through `compareTo`. */
  references?: Partial<Record<Exclude<ImplId, "ours">, Run>>;
}

/** A piece whose cost is its mount. */
export function mountPiece(id: string, label: string, compareTo: Scenario, element: () => ReactElement): Piece {
  return {
    id,
    label,
    compareTo,
    run: async () => {
      const mounted = newRoot();
      try {
        return await timed(() => mounted.root.render(wrap(element())));
      } finally {
        mounted.dispose();
      }
    },
  };
}

/** A piece whose cost is one action on it once mounted: `prepare` finds the target and returns the action. */
export function actPiece(
  id: string,
  label: string,
  compareTo: Scenario,
  element: () => ReactElement,
  prepare: (host: HTMLElement) => (() => void) | Promise<() => void>,
): Piece {
  return {
    id,
    label,
    compareTo,
    run: async () => {
      const mounted = await mountUntimed(element());
      try {
        return await timed(await prepare(mounted.host));
      } finally {
        mounted.dispose();
      }
    },
  };
}

// A step of the slider that stands there after its first focus (ours: Radix's, in the resting one's place, measured).
const stepSlider = async (host: HTMLElement) => {
  const slider = await focusedSlider(host, sliderField);
  return () => sliderStep(slider);
};

/** The live request body and cURL command inside the form, as the Playground shows them. */
function LivePreview() {
  const { request } = useImageRequest();
  return <RequestPreview request={request} />;
}

/** A control of the big form's field `name`, by its part (`data-mf-slot`), e.g. an unchecked resolution tile. */
const partOf = (host: HTMLElement, name: string, selector: string) => {
  const element = host.querySelector<HTMLElement>(`[data-name="${name}"] ${selector}`);
  if (!element) throw new Error(`bench: no ${selector} in field ${name}`);
  return element;
};

// The studio reads the catalog and the endpoint record through a client; here they come from memory (no network on
// the bench page), and the client's cache is filled before anything is timed, so the mount is the studio's own work.
const studioClient = createImageClient({
  baseUrl: "https://bench.invalid",
  fetch: async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    const endpoints = /\/images\/models\/(.+)\/endpoints$/.exec(new URL(url).pathname);
    const body = endpoints ? endpointRecordFor(decodeURIComponent(endpoints[1] ?? "")) : embeddedCatalog;
    return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
  },
});
/** Fills the studio client's cache (the catalog and the big model's endpoint record). */
export async function warmStudio(): Promise<void> {
  await studioClient.listModels();
  bigEndpoint = (await studioClient.getModelEndpoints(bigModelRecord.id)).endpoints[0];
}

/** The big model's endpoint (its pricing), normalized by the client in `warmStudio`. */
let bigEndpoint: ModelEndpoint | undefined;

export const PIECES: Piece[] = [
  actPiece(
    "price-step",
    "form + PriceEstimate: slider step (the price follows)",
    "slide",
    () => (
      <ModelParameterForm model={big.model} onSubmit={noop} defaultValues={{ prompt: "a lighthouse at dusk" }}>
        <PriceEstimate endpoint={bigEndpoint} />
      </ModelParameterForm>
    ),
    stepSlider,
  ),
  actPiece(
    "resolution-pick",
    "resolution tiles: choose another (aspect ratio)",
    "slide",
    () => <ModelParameterForm model={big.model} onSubmit={noop} defaultValues={{ prompt: "a lighthouse at dusk" }} />,
    (host) => {
      // The first field drawn as tiles (the big model's `resolution` has more sizes than tiles, so a select).
      const tile = host.querySelector<HTMLElement>('[data-mf-slot="resolution-radio"]:not(:checked)');
      if (!tile) throw new Error("bench: no resolution tiles in the big form");
      return () => tile.click();
    },
  ),
  actPiece(
    "seed-randomize",
    "seed control: Randomize",
    "slide",
    () => <ModelParameterForm model={big.model} onSubmit={noop} defaultValues={{ prompt: "a lighthouse at dusk" }} />,
    (host) => {
      const randomize = partOf(host, "seed", '[data-mf-slot="seed-dice"]');
      return () => randomize.click();
    },
  ),
  mountPiece("studio-mount", "ImageStudio (picker, form, price, preview): mount", "mount", () => (
    <ImageClientProvider client={studioClient}>
      <ImageStudio defaultModelId={bigModelRecord.id} history={false} />
    </ImageClientProvider>
  )),
  actPiece(
    "preview-step",
    "form + RequestPreview: slider step",
    "slide",
    () => (
      <ModelParameterForm model={big.model} onSubmit={noop} defaultValues={{ prompt: "a lighthouse at dusk" }}>
        <LivePreview />
      </ModelParameterForm>
    ),
    stepSlider,
  ),
];

export function pieceInfo() {
  return PIECES.map((piece) => ({
    id: piece.id,
    label: piece.label,
    compareTo: piece.compareTo,
    references: Object.keys(piece.references ?? {}),
  }));
}

/** One sample of `piece` for `impl` (ours, or one of the piece's own references). */
export async function runPiece(pieceId: string, impl: ImplId): Promise<Sample> {
  const piece = PIECES.find((p) => p.id === pieceId);
  if (!piece) throw new Error(`no bench piece ${pieceId}`);
  const run = impl === "ours" ? piece.run : piece.references?.[impl];
  if (!run) throw new Error(`bench piece ${pieceId} has no ${impl} run`);
  return run();
}
