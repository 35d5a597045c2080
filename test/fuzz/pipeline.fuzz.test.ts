import {
  createImageClient,
  type ImageModel,
  isImageApiError,
  normalizeParameters,
  type ParameterDescriptor,
} from "@model-forms/client";
import {
  buildImageRequest,
  type CompiledForm,
  compileParameterForm,
  type FormValues,
  isImageRequestValidationError,
} from "@model-forms/forms/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { byteFault, catalogBody, containsNaN, corrupt, type NumberStyle, toJsonText } from "./catalog-arbitraries";
import { hostileKind, hostileRecord } from "./hostile-objects";
import { type LocalServer, startLocalServer } from "./local-server";
import { allNumbersFinite, candidateValue, randomValidValues, rng, setOwn } from "./random-values";

/**
 * The whole pipeline under fast-check: generated catalog bytes (valid and hostile) -> a real local HTTP server ->
 * `createImageClient().listModels()` -> normalize -> `compileParameterForm` -> `buildImageRequest` with the defaults
 * and with random schema-valid values. Only the typed errors may escape, and only where the contract allows them.
 */

// 1,000 in `pnpm check` (about 20 s of a 2-core CI run); FUZZ_CATALOGS=10000 or more for a deeper local run.
const CATALOG_RUNS = Number(process.env.FUZZ_CATALOGS ?? 1_000);
// 1,000 in `pnpm check` (hostile getters, Proxies and deep values make each run heavier); FUZZ_RAW for more.
const RAW_RUNS = Number(process.env.FUZZ_RAW ?? 1_000);
/** Catalogs in flight at once (one fast-check run = one batch). */
const BATCH = 8;

/** One generated catalog and how its bytes are written (number tokens, byte corruption). */
interface CatalogCase {
  body: unknown;
  style: NumberStyle;
  fault: string;
  cut: number;
}

const catalogCase: fc.Arbitrary<CatalogCase> = fc.record({
  body: catalogBody,
  style: fc.constantFrom<NumberStyle>("tokens", "tokens", "tokens", "tokens", "null", "null", "nan-token"),
  fault: byteFault,
  cut: fc.nat(),
});

const counts = {
  catalogsTried: 0,
  malformedBytes: 0,
  catalogsParsed: 0,
  catalogsRejected: 0,
  rejectedBy: {} as Record<string, number>,
  models: 0,
  rawRecords: 0,
  formsCompiled: 0,
  fieldsCompiled: 0,
  compileWarnings: 0,
  requestsBuilt: 0,
  randomizedFields: 0,
  typedValidationErrors: 0,
  requiredFilled: 0,
  unfillableRequired: 0,
  failures: 0,
  endpointCalls: 0,
  endpointsRefused: 0,
  msInClient: 0,
  msInFormChecks: 0,
};
const failures: string[] = [];
let unhandledRejections = 0;
const onUnhandled = () => {
  unhandledRejections++;
};

const protoSnapshots = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype].map(
  (proto) => [proto, Object.getOwnPropertyNames(proto).sort().join(",")] as const,
);
function prototypesClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return (
    protoSnapshots.every(([proto, names]) => Object.getOwnPropertyNames(proto).sort().join(",") === names) &&
    probe.polluted === undefined &&
    Object.getPrototypeOf(probe) === Object.prototype
  );
}

/** FUZZ_COLLECT=1 keeps going after a failure and prints one example per distinct failure (for triage). */
const COLLECT = process.env.FUZZ_COLLECT === "1";
const failureKinds = new Map<string, number>();

function fail(what: string, error?: unknown): never {
  counts.failures++;
  const message = `${what}${error === undefined ? "" : `: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`}`;
  const kind = message.replace(/"[^"]*"|\d+/g, "_").slice(0, 160);
  if (!failureKinds.has(kind) && failures.length < 40) failures.push(message.slice(0, 600));
  failureKinds.set(kind, (failureKinds.get(kind) ?? 0) + 1);
  throw new FuzzFailure(message, { cause: error });
}

/** A failed fuzz check (as opposed to an error thrown by the code under test). */
class FuzzFailure extends Error {}

/** Runs `check`; in collect mode a failure is recorded (by `fail`) and swallowed. */
function guarded(check: () => void): void {
  if (!COLLECT) {
    check();
    return;
  }
  try {
    check();
  } catch {}
}

/** Request keys must be own, plain, finite, and never the fields the API rejects. */
function checkRequest(request: unknown, form: CompiledForm, modelId: string | undefined, where: string): void {
  if (request === null || typeof request !== "object") fail(`${where}: request is not an object`);
  const proto = Object.getPrototypeOf(request);
  if (proto !== Object.prototype && proto !== null) fail(`${where}: request has a foreign prototype`);
  const body = request as Record<string, unknown>;
  if (modelId !== undefined && body.model !== modelId)
    fail(`${where}: request.model ${String(body.model)} !== ${modelId}`);
  for (const banned of ["stream", "provider", "nImages", "imageDataUrl", "imageDataUrls", "image_url", "images"]) {
    if (Object.hasOwn(body, banned)) fail(`${where}: request carries banned key ${banned}`);
  }
  const allowed = new Set(["model", ...form.fields.map((f) => f.name)]);
  for (const key of Object.keys(body))
    if (!allowed.has(key)) fail(`${where}: request carries unknown key ${JSON.stringify(key)}`);
  if (!allNumbersFinite(body)) fail(`${where}: request holds a non-finite number`);
  const text = JSON.stringify(body);
  if (typeof text !== "string") fail(`${where}: request is not serializable`);
}

/** Compile never throws; defaults pass the schema; building with defaults and with random valid values works. */
function checkForm(
  input: ImageModel | ParameterDescriptor[],
  modelId: string | undefined,
  seed: number,
  where: string,
) {
  let form: CompiledForm;
  try {
    form = compileParameterForm(input);
  } catch (error) {
    fail(`${where}: compileParameterForm threw`, error);
  }
  counts.formsCompiled++;
  counts.fieldsCompiled += form.fields.length;
  counts.compileWarnings += form.warnings.length;
  for (const field of form.fields) {
    guarded(() => {
      if (typeof field.label !== "string" || field.label.trim() === "") {
        fail(`${where}: field ${JSON.stringify(field.name)} has no string label (got ${typeof field.label})`);
      }
    });
  }
  // What a user must fill before the first submit: the prompt, and any required field without a valid start.
  const withPrompt: FormValues = { ...form.defaults };
  const fill = rng(seed ^ 0x5eed);
  for (const field of form.fields) {
    if (field.name === "prompt") setOwn(withPrompt, "prompt", "a lighthouse at dusk");
    else if (field.constraints.required && !field.schema.safeParse(field.defaultValue).success) {
      const value = [0, 1, 2, 3, 4]
        .map(() => candidateValue(field, fill))
        .find((v) => field.schema.safeParse(v).success);
      // No sample satisfies it (e.g. max_bytes: 5): nothing a user could send either; compile-only for this form.
      if (value === undefined) {
        counts.unfillableRequired++;
        return;
      }
      setOwn(withPrompt, field.name, value);
      counts.requiredFilled++;
    }
  }
  guarded(() => {
    const parsed = form.schema.safeParse(withPrompt);
    if (!parsed.success) fail(`${where}: defaults fail the form schema: ${parsed.error.message.slice(0, 300)}`);
  });
  if (modelId === undefined) return;
  const model = input as ImageModel;

  for (const mode of ["minimal", "full"] as const) {
    guarded(() => {
      try {
        // The model path compiles again (cached per model object); the form path reuses this compile.
        const input = mode === "full" && seed % 8 === 0 ? model : form;
        checkRequest(buildImageRequest(input, withPrompt, { mode }), form, modelId, `${where} defaults/${mode}`);
        counts.requestsBuilt++;
      } catch (error) {
        if (error instanceof FuzzFailure) throw error;
        fail(`${where}: buildImageRequest(defaults, ${mode}) threw`, error);
      }
    });
  }

  const random = rng(seed);
  const { values, randomized } = randomValidValues(form.fields, withPrompt, random);
  counts.randomizedFields += randomized;
  const valid = form.schema.safeParse(values).success;
  guarded(() => {
    try {
      const touched = form.fields.filter(() => random() < 0.5).map((f) => f.name);
      checkRequest(buildImageRequest(form, values, { touched }), form, modelId, `${where} random`);
      counts.requestsBuilt++;
    } catch (error) {
      if (error instanceof FuzzFailure) throw error;
      if (!valid && isImageRequestValidationError(error)) {
        counts.typedValidationErrors++;
        return;
      }
      fail(`${where}: buildImageRequest(random ${valid ? "valid" : "invalid"} values) threw`, error);
    }
  });
}

describe("fuzz: catalog bytes -> client -> normalize -> compile -> request", () => {
  let server: LocalServer;
  /** Catalog bytes by base path: each client of a batch reads its own catalog. */
  const served = new Map<string, Buffer>();
  let batchNumber = 0;

  async function checkCatalog({ body, style, fault, cut }: CatalogCase, basePath: string): Promise<void> {
    counts.catalogsTried++;
    const text = toJsonText(body, style);
    if (fault !== "none" || (style === "nan-token" && containsNaN(body))) counts.malformedBytes++;
    served.set(basePath, corrupt(text, fault, cut));
    const client = createImageClient({
      baseUrl: `${server.origin}${basePath}`,
      apiKey: "sk-fuzz-secret",
      retries: 0,
      cacheTtlMs: 0,
    });
    let models: ImageModel[];
    try {
      const fetchStarted = performance.now();
      models = await client.listModels();
      counts.msInClient += performance.now() - fetchStarted;
    } catch (error) {
      if (!isImageApiError(error)) fail("listModels threw a non-ImageApiError", error);
      if (String(error.message).includes("sk-fuzz-secret")) fail("error message holds the key");
      counts.catalogsRejected++;
      const reason = `${error.name}: ${error.message.replace(/^\w+ \S+:? ?/, "").replace(/\(\d+(\.\d+)*:/, "(_:")}`;
      counts.rejectedBy[reason] = (counts.rejectedBy[reason] ?? 0) + 1;
      if (!prototypesClean()) fail("prototype polluted");
      return;
    } finally {
      served.delete(basePath);
    }
    counts.catalogsParsed++;
    if (!Array.isArray(models)) fail("listModels resolved to a non-array");
    for (const model of models) {
      counts.models++;
      if (typeof model.id !== "string" || typeof model.name !== "string") fail("model without string id/name");
      if (!Array.isArray(model.parameters) || !Array.isArray(model.parameterWarnings)) fail("model not normalized");
      const checkStarted = performance.now();
      checkForm(model, model.id, cut, `model ${JSON.stringify(model.id)}`);
      counts.msInFormChecks += performance.now() - checkStarted;
    }
    // The keyed endpoint GET: every escaping URL or id is refused with a typed error (a sample of the rest is
    // followed); the server's log is checked after each batch for any request outside the image-model routes.
    for (const [index, model] of models.entries()) {
      const escaping =
        /\.\.|%2e|%2f|%5c|\\|^blob:|^data:|@/i.test(String(model.endpoints ?? "")) ||
        model.id.split("/").some((segment) => segment === "." || segment === "..");
      if (!escaping && (cut + index) % 8 !== 0) continue;
      counts.endpointCalls++;
      try {
        await client.getModelEndpoints(model);
      } catch (error) {
        if (!isImageApiError(error)) fail("getModelEndpoints threw a non-ImageApiError", error);
        if (error.code === "unsafe_url" || error.code === "cross_origin_url") counts.endpointsRefused++;
      }
    }
    if (!prototypesClean()) fail("prototype polluted");
  }

  /** Fails on any request the server saw outside a catalog's image-model routes (`/b…/api/v1/images/models…`). */
  function checkContainment(): void {
    for (const request of server.seen.splice(0)) {
      if (!/^\/b\d+-\d+\/api\/v1\/images\/models(\/|$)/.test(request.url))
        fail(`a keyed request left the image routes: ${request.method} ${request.url}`);
    }
  }

  beforeAll(async () => {
    process.on("unhandledRejection", onUnhandled);
    server = await startLocalServer((req, res) => {
      const basePath = (req.url ?? "").split("/api/v1/")[0] ?? "";
      const bytes = served.get(basePath);
      if (bytes === undefined) {
        res.writeHead(404, { "content-type": "application/json" });
        res.end('{"error":{"message":"no such catalog"}}');
        return;
      }
      res.writeHead(200, { "content-type": "application/json", "content-length": bytes.length });
      res.end(bytes);
    });
  });

  afterAll(async () => {
    await server?.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.off("unhandledRejection", onUnhandled);
    const kinds = [...failureKinds.values()];
    console.log(
      `[fuzz] ${JSON.stringify({ ...counts, failureKinds: kinds.length, unhandledRejections, prototypesClean: prototypesClean() })}${
        failures.length
          ? `\n[fuzz] failures (one example per kind, with counts ${kinds.join(",")}):\n${failures.join("\n")}`
          : ""
      }`,
    );
  });

  it(
    `${CATALOG_RUNS} generated catalogs over HTTP: only typed errors, no pollution`,
    async () => {
      const started = performance.now();
      await fc.assert(
        fc.asyncProperty(fc.array(catalogCase, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
          // One batch of catalogs in flight at once, each under its own base path of the one server.
          batchNumber++;
          await Promise.all(batch.map((c, i) => checkCatalog(c, `/b${batchNumber}-${i}`)));
          checkContainment();
        }),
        { numRuns: Math.ceil(CATALOG_RUNS / BATCH), endOnFailure: true },
      );
      const seconds = (performance.now() - started) / 1000;
      console.log(`[fuzz] ${CATALOG_RUNS} catalogs over HTTP in ${seconds.toFixed(1)} s`);
      expect(counts.failures).toBe(0);
      expect(unhandledRejections).toBe(0);
      expect(prototypesClean()).toBe(true);
    },
    Math.max(120_000, CATALOG_RUNS * 15),
  );

  it(
    `${RAW_RUNS} raw JS records (NaN, Infinity, -0, hostile keys, no JSON) through normalize -> compile -> build`,
    () => {
      fc.assert(
        fc.property(catalogBody, fc.nat(), fc.array(hostileKind, { maxLength: 4 }), (body, seed, kinds) => {
          const data = (body as { data?: unknown } | null)?.data;
          const records = Array.isArray(data) ? data : [body];
          for (const record of records) {
            counts.rawRecords++;
            const published = (record as { supported_parameters?: unknown } | null)?.supported_parameters;
            // Some values disguised as what JSON never produces: throwing getters, Proxies, cycles, deep nesting.
            const raw = kinds.length ? hostileRecord(published, kinds) : published;
            let normalized: ReturnType<typeof normalizeParameters>;
            try {
              normalized = normalizeParameters(raw);
            } catch (error) {
              fail("normalizeParameters threw on a raw object", error);
            }
            checkForm(normalized.parameters, undefined, seed, "raw descriptors");
            const model: ImageModel = {
              id: "fuzz/raw-model",
              name: "Raw model",
              parameters: normalized.parameters,
              parameterWarnings: normalized.warnings,
            };
            checkForm(model, model.id, seed, "raw model");
          }
          if (!prototypesClean()) fail("prototype polluted");
        }),
        { numRuns: RAW_RUNS, endOnFailure: true },
      );
      expect(counts.failures).toBe(0);
      expect(prototypesClean()).toBe(true);
    },
    Math.max(120_000, RAW_RUNS * 60),
  );
});
