import type { ImageClient } from "@model-forms/client";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { ModelPicker } from "../catalog/model-picker";
import { useImageModels } from "../catalog/use-image-models";
import type { ValueChange } from "../core/migrate-values";
import type { SubmitErrors } from "../core/submit-errors";
import type { CompiledForm, FormValues, ImageRequest } from "../core/types";
import { addReferenceImage } from "../fields/reference-actions";
import { ModelFormMessagesContext, useMessageOverrides } from "../form/model-form-messages";
import { ModelParameterForm, type ModelParameterFormProps } from "../form/model-parameter-form";
import type { UseModelParameterFormReturn } from "../form/use-model-parameter-form";
import { PriceEstimate } from "../preview/price-estimate";
import { type SlotClassNames, slotClass } from "../styles/slot-class-names";
import { applyValues, valuesOfRequest } from "./apply-values";
import type { GenerateImages } from "./create-generation-controller";
import { createGenerationHistory, type GenerationHistory as HistoryStore } from "./create-generation-history";
import { createPresetStore, type PresetStore } from "./create-preset-store";
import { createValuesPersistence, type RememberedValues, type ValuesPersistence } from "./create-values-persistence";
import { GenerationHistory } from "./generation-history";
import { GenerationResults, type GenerationResultView } from "./generation-results";
import { defaultGenerationStatusMessages, GenerationStatus } from "./generation-status";
import { defaultImageStudioMessages, groupStudioMessages, type ImageStudioMessagesProp } from "./image-studio-messages";
import { memoryStorage } from "./storage";
import { StudioFormParts } from "./studio-form-parts";
import { useImageGeneration } from "./use-image-generation";

/** The parts of {@link ImageStudio}, each marked `data-mf-slot`. */
export type ImageStudioSlot =
  | "studio"
  | "studio-picker"
  | "studio-main"
  | "studio-header"
  | "studio-title"
  | "studio-tools"
  | "studio-notice"
  | "studio-price"
  | "studio-output"
  | "studio-request"
  | "studio-request-title";

/** Props of {@link ImageStudio}. */
export interface ImageStudioProps {
  /** Sends generations; default the `ImageClientProvider`'s client (which also serves the catalog). */
  client?: ImageClient;
  /** Send through your own code instead (a route handler, a Server Action); wins over `client`. */
  generate?: GenerateImages;
  /** Per generation request. Default 180 000. */
  timeoutMs?: number;
  /** The model shown first (else the remembered one, else the catalog's first). */
  defaultModelId?: string;
  /** Controls the model; pair with `onModelChange`. */
  modelId?: string;
  onModelChange?(id: string): void;
  /** Remember the values across visits (opt-in): `true` for localStorage, or your own persistence. */
  persist?: boolean | ValuesPersistence;
  /** Named presets per model; default kept where `persist` keeps values (memory without it). `false` hides them. */
  presets?: PresetStore | false;
  /** The generations of this session; default in memory. `false` hides the history. */
  history?: HistoryStore | false;
  /**
   * The price, rendered inside the form before Generate (so it reads the form and the model's endpoint record).
   * Default `<PriceEstimate />` (and the cost on the Generate button); `null` shows none.
   */
  price?: ReactNode;
  /** The request preview (body and cURL); `false` hides it. */
  preview?: false | { baseUrl?: string; apiKey?: string };
  /** Passed to `ModelParameterForm` (labels, compile options, widget overrides, …). */
  formProps?: Omit<ModelParameterFormProps, "modelId" | "model" | "onSubmit" | "children" | "defaultValues">;
  /**
   * Texts: the studio's own flat (`chooseModel`), and any part of `ModelFormMessages` for the pieces inside
   * (`status`, `results`, `history`, `presets`, `reset`, `picker`, `form`, `core`, …); over an enclosing
   * `ModelFormMessagesProvider`'s, which reaches every piece too.
   */
  messages?: ImageStudioMessagesProp;
  className?: string;
  classNames?: SlotClassNames<ImageStudioSlot>;
}

/** The model to show before the user picks one: remembered (if still offered), else the default, else the first. */
function initialModelId(
  read: boolean,
  remembered: RememberedValues | undefined,
  catalog: ReturnType<typeof useImageModels>,
  defaultModelId: string | undefined,
): string | undefined {
  if (!read) return undefined;
  if (remembered) {
    if (catalog.status === "loading") return undefined;
    if (catalog.status === "error" || catalog.data.some((m) => m.id === remembered.modelId)) return remembered.modelId;
  }
  if (defaultModelId) return defaultModelId;
  return catalog.status === "success" ? catalog.data[0]?.id : undefined;
}

/**
 * A whole generation page from the exported pieces: `ModelPicker`, `ModelParameterForm` (with presets, "reset
 * to model defaults", a price slot and opt-in remembered values), `GenerationStatus` (elapsed time, Cancel, typed
 * errors with Retry), `GenerationResults` (download, copy link, open, use as reference, reuse settings),
 * `GenerationHistory` and `RequestPreview`. An error the API pins on a parameter lands on that field.
 *
 * @example
 * ```tsx
 * <ImageClientProvider client={createImageClient({ apiKey })}>
 *   <ImageStudio defaultModelId="acme/pixel-v3" persist />
 * </ImageClientProvider>
 * ```
 */
export function ImageStudio(props: ImageStudioProps) {
  const { classNames } = props;
  // Its own texts over the enclosing provider's, provided to every piece inside (picker, form, status, results, …).
  const overrides = useMessageOverrides(groupStudioMessages(props.messages));
  const messages = useMemo(() => ({ ...defaultImageStudioMessages, ...overrides.studio }), [overrides.studio]);
  const slot = (name: ImageStudioSlot, extra?: string) => slotClass(classNames, name, extra);
  const catalog = useImageModels();
  const [persistence] = useState(() =>
    props.persist === true ? createValuesPersistence() : props.persist || undefined,
  );
  const [presets] = useState(() =>
    props.presets === false
      ? undefined
      : (props.presets ?? createPresetStore(persistence ? {} : { storage: memoryStorage() })),
  );
  const [history] = useState(() =>
    props.history === false ? undefined : (props.history ?? createGenerationHistory()),
  );
  // Storage is read after mount only: the server and the first client render agree.
  const [boot, setBoot] = useState<{ read: boolean; remembered?: RememberedValues }>({ read: !persistence });
  useEffect(() => {
    if (persistence) setBoot({ read: true, remembered: persistence.load() });
  }, [persistence]);
  const [picked, setPicked] = useState<string>();
  const modelId = props.modelId ?? picked ?? initialModelId(boot.read, boot.remembered, catalog, props.defaultModelId);
  const models = catalog.status === "success" ? catalog.data : undefined;
  const modelName = (id: string | undefined) => models?.find((m) => m.id === id)?.name ?? id ?? "";

  const [modelForm, setModelForm] = useState<UseModelParameterFormReturn | null>(null);
  const formRef = useRef(modelForm);
  formRef.current = modelForm;
  const [notice, setNotice] = useState("");
  const [shown, setShown] = useState<GenerationResultView>();

  const generation = useImageGeneration({
    client: props.client,
    generate: props.generate,
    timeoutMs: props.timeoutMs,
    onSuccess(result) {
      setShown(undefined);
      history?.add(result, { modelName: modelName(String(result.request.model)) });
    },
  });

  const describe = (changes: ValueChange[], compiled = formRef.current?.compiled) =>
    changes.map((change) =>
      messages.change(compiled?.fields.find((f) => f.name === change.field)?.label ?? change.field, change),
    );

  /**
   * A failure the API pinned on a parameter goes back to the form as a field error (`{ fieldErrors }`): it lands on
   * that field, which takes the focus. Everything else shows in `GenerationStatus`, with Retry when it can help.
   */
  const onSubmit = async (request: ImageRequest, values: FormValues): Promise<SubmitErrors | undefined> => {
    setNotice("");
    const outcome = await generation.generate(request, { values });
    if (outcome.status !== "error") return undefined;
    const { parameter, message, kind } = outcome.error;
    const field = formRef.current?.compiled.fields.find((f) => f.name === parameter && !f.fixed);
    if (!field) return undefined;
    const headline = { ...defaultGenerationStatusMessages.errors, ...overrides.status?.errors }[kind];
    return { fieldErrors: { [field.name]: message ?? headline } };
  };

  const reuse = (source: { values?: FormValues; request: ImageRequest }) => {
    const form = formRef.current;
    if (!form) return;
    const { changes } = applyValues(form, source.values ?? valuesOfRequest(source.request));
    const from = String(source.request.model);
    setNotice(messages.reused(describe(changes), from !== form.compiled.modelId ? modelName(from) : undefined));
  };

  const referenceField = modelForm?.compiled.fields.find((f) => f.kind === "image_references" && !f.fixed);
  const useAsReference = referenceField
    ? async (src: string) => {
        const form = formRef.current;
        if (!form) return;
        const current = form.getValues()[referenceField.name];
        const list = Array.isArray(current) ? current : [];
        const max = referenceField.constraints.maxItems ?? Number.POSITIVE_INFINITY;
        if (list.includes(src)) return setNotice(messages.referenceExists);
        // The reference manager's own path: fits the image to the model's limits (downscaled, with a note).
        const result = await addReferenceImage(form, src, {
          field: referenceField.name,
          messages: overrides.references,
          core: overrides.core,
        });
        if (result.added) setNotice(messages.referenceAdded(list.length + 1, max));
        else setNotice(result.reason === "full" ? messages.referencesFull(max) : result.message);
      }
    : undefined;

  const remembered = boot.remembered;
  const vanished = remembered && models && !models.some((m) => m.id === remembered.modelId);
  const onRestore = ({ changes, compiled }: { changes: ValueChange[]; compiled: CompiledForm }) =>
    setNotice(
      vanished && remembered
        ? messages.vanished(remembered.modelId, modelName(modelId), describe(changes, compiled))
        : messages.restored(describe(changes, compiled)),
    );

  const [toolsHost, setToolsHost] = useState<HTMLElement | null>(null);
  const [requestHost, setRequestHost] = useState<HTMLElement | null>(null);
  const view = shown ?? generation.result;
  const formProps = useMemo(() => props.formProps ?? {}, [props.formProps]);
  const price = props.price === undefined ? <PriceEstimate /> : props.price;

  return (
    <ModelFormMessagesContext.Provider value={overrides}>
      <div data-mf-root="" data-mf-slot="studio" className={slot("studio", props.className)}>
        <aside data-mf-slot="studio-picker" aria-label={messages.pickerLabel} className={slot("studio-picker")}>
          {models ? (
            <ModelPicker
              models={models}
              value={modelId}
              onChange={(id) => {
                setPicked(id);
                props.onModelChange?.(id);
              }}
            />
          ) : catalog.status === "error" ? (
            <div role="alert">
              {messages.modelsError}{" "}
              <button type="button" data-mf-slot="button" data-variant="secondary" onClick={catalog.retry}>
                {messages.retry}
              </button>
            </div>
          ) : (
            <p role="status">{messages.loadingModels}</p>
          )}
        </aside>
        <div data-mf-slot="studio-main" className={slot("studio-main")}>
          <div data-mf-slot="studio-header" className={slot("studio-header")}>
            <h2 data-mf-slot="studio-title" className={slot("studio-title")}>
              {modelId ? modelName(modelId) : messages.chooseModel}
            </h2>
            <div data-mf-slot="studio-tools" ref={setToolsHost} className={slot("studio-tools")} />
          </div>
          <p data-mf-slot="studio-notice" role="status" className={slot("studio-notice")}>
            {notice}
          </p>
          {modelId !== undefined ? (
            <ModelParameterForm showCost={price !== null} {...formProps} modelId={modelId} onSubmit={onSubmit}>
              <StudioFormParts
                onForm={setModelForm}
                persistence={persistence}
                onRestore={onRestore}
                presets={presets}
                onPresetApplied={(changes) => setNotice(changes.length ? messages.reused(describe(changes)) : "")}
                price={price}
                priceClassName={slot("studio-price")}
                toolsHost={toolsHost}
                requestHost={props.preview === false ? null : requestHost}
                preview={props.preview || undefined}
              />
            </ModelParameterForm>
          ) : null}
        </div>
        <div data-mf-slot="studio-output" className={slot("studio-output")}>
          <GenerationStatus
            generation={generation}
            fieldLabel={(name) => modelForm?.compiled.fields.find((f) => f.name === name)?.label}
          />
          <GenerationResults
            result={view}
            modelName={view ? modelName(String(view.request.model)) : undefined}
            onUseAsReference={useAsReference}
            onReuseSettings={reuse}
            empty={generation.isGenerating ? undefined : messages.resultsEmpty}
          />
          {history ? (
            <GenerationHistory
              history={history}
              selectedId={view?.id}
              onSelect={(entry) => setShown({ ...entry, startedAt: entry.createdAt })}
              onReuseSettings={reuse}
            />
          ) : null}
          {props.preview === false ? null : (
            <section data-mf-slot="studio-request" ref={setRequestHost} className={slot("studio-request")}>
              <h2 data-mf-slot="studio-request-title" className={slot("studio-request-title")}>
                {messages.requestTitle}
              </h2>
            </section>
          )}
        </div>
      </div>
    </ModelFormMessagesContext.Provider>
  );
}
