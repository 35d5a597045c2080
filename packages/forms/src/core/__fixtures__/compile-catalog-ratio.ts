import { type ImageModel, normalizeParameters } from "@model-forms/client";
import { embeddedCatalog } from "../../../../../fixtures/catalog/index";
import { compileParameterForm } from "../compile-parameter-form";
import type { CompiledForm } from "../types";

/** The 234-model catalog as the bytes the API would send. */
export const catalogBytes: string = JSON.stringify(embeddedCatalog);

interface WireModel {
  id: string;
  name?: string;
  supported_parameters?: unknown;
  [key: string]: unknown;
}

/** What the client does per model: normalize `supported_parameters` into an {@link ImageModel}. */
export function normalizeCatalog(catalog: { data: WireModel[] }): ImageModel[] {
  return catalog.data.map((record) => {
    const { parameters, warnings } = normalizeParameters(record.supported_parameters);
    return { ...record, name: record.name ?? record.id, parameters, parameterWarnings: warnings };
  });
}

/** Normalize every model, then compile its form. */
export function normalizeAndCompile(catalog: { data: WireModel[] }): CompiledForm[] {
  return normalizeCatalog(catalog).map((model) => compileParameterForm(model));
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Medians (and minimums) over interleaved rounds: `JSON.parse(bytes)` vs normalize + compile of what it returned. */
export function measureCompileRatio(rounds = 200): {
  models: number;
  bytes: number;
  parseMs: number;
  normalizeMs: number;
  compileMs: number;
  normalizeCompileMs: number;
  schemasMs: number;
  ratio: number;
  /** The same from the fastest round of each (less sensitive to other processes on a shared machine). */
  best: { parseMs: number; normalizeMs: number; compileMs: number; normalizeCompileMs: number; ratio: number };
} {
  const parse: number[] = [];
  const normalize: number[] = [];
  const compile: number[] = [];
  const both: number[] = [];
  const schemas: number[] = [];
  let models = 0;
  for (let round = 0; round < rounds + 20; round++) {
    const t0 = performance.now();
    const catalog = JSON.parse(catalogBytes) as { data: WireModel[] };
    const t1 = performance.now();
    const normalized = normalizeCatalog(catalog);
    const t2 = performance.now();
    const forms = normalized.map((model) => compileParameterForm(model));
    const t3 = performance.now();
    models = forms.length;
    if (round < 20) continue; // warm-up
    parse.push(t1 - t0);
    normalize.push(t2 - t1);
    compile.push(t3 - t2);
    both.push(t3 - t1);
  }
  // For information only, after the timed rounds: what building every schema would cost (the compiler defers it).
  for (let round = 0; round < 10; round++) {
    const forms = normalizeAndCompile(JSON.parse(catalogBytes) as { data: WireModel[] });
    const t0 = performance.now();
    for (const form of forms) void form.schema;
    schemas.push(performance.now() - t0);
  }
  const parseMs = median(parse);
  const normalizeCompileMs = median(both);
  return {
    models,
    bytes: catalogBytes.length,
    parseMs,
    normalizeMs: median(normalize),
    compileMs: median(compile),
    normalizeCompileMs,
    schemasMs: median(schemas),
    ratio: normalizeCompileMs / parseMs,
    best: {
      parseMs: Math.min(...parse),
      normalizeMs: Math.min(...normalize),
      compileMs: Math.min(...compile),
      normalizeCompileMs: Math.min(...both),
      ratio: Math.min(...both) / Math.min(...parse),
    },
  };
}
