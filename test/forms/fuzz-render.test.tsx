import { type ImageModel, normalizeParameters } from "@model-forms/client";
import { ModelParameterForm, ModelPicker } from "@model-forms/forms";
import { compileParameterForm } from "@model-forms/forms/core";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { generateCatalog } from "../../fixtures/catalog";
import { modelRecord, oddStrings } from "../fuzz/catalog-arbitraries";
import { thousandValueRecord } from "../fuzz/large-fixtures";

/**
 * Renders ModelParameterForm for hundreds of models built from fuzzed catalog records (through the real normalizer):
 * nothing may throw, React may not complain, and every visible control must have an accessible name.
 */

const MODELS = Number(process.env.FUZZ_RENDER_MODELS ?? 220);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);

/** Every control a field can render (Radix's hidden native select and hidden inputs excluded). */
const controlSelector = [
  "input:not([type=hidden]):not([aria-hidden=true]):not([style*='display: none'])",
  "textarea",
  "select:not([aria-hidden=true])",
  "[role=combobox]",
  "[role=slider]",
  "[role=switch]",
  "[role=checkbox]",
  "[role=spinbutton]",
].join(",");

/** The accessible name, per the parts of accname the fields use: aria-label, aria-labelledby, <label for>, wrapping <label>. */
function accessibleName(element: Element): string {
  const byAria = element.getAttribute("aria-label");
  if (byAria?.trim()) return byAria;
  const labelledBy = element.getAttribute("aria-labelledby");
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? "")
      .join(" ");
    if (text.trim()) return text;
  }
  if (element.id) {
    const label = element.ownerDocument.querySelector(`label[for="${CSS.escape(element.id)}"]`);
    if (label?.textContent?.trim()) return label.textContent;
  }
  return element.closest("label")?.textContent ?? "";
}

function toModel(record: Record<string, unknown>, index: number): ImageModel {
  const { parameters, warnings } = normalizeParameters(record.supported_parameters);
  const id = typeof record.id === "string" && record.id !== "" ? record.id : `fuzz/model-${index}`;
  const name = typeof record.name === "string" ? record.name : id;
  const model: ImageModel = { id, name, parameters, parameterWarnings: warnings };
  if (typeof record.description === "string") model.description = record.description;
  return model;
}

/** Records with at least one parameter (most of them), so the forms have something to render. */
function fuzzedModels(): ImageModel[] {
  const records = fc.sample(modelRecord, { numRuns: MODELS * 3, seed: SEED });
  const withParams = records.map(toModel).filter((model) => model.parameters.length > 0);
  const bare = records.map(toModel).filter((model) => model.parameters.length === 0);
  return [...withParams.slice(0, MODELS - 20), ...bare.slice(0, 20)];
}

const stats = { rendered: 0, controls: 0, fields: 0, submits: 0, requests: 0, alerts: 0, failures: 0 };
const failures: string[] = [];
const failureKinds = new Map<string, number>();

/** Records a failure; one example per kind (the message without the model, names and numbers) is kept. */
function record(message: string): void {
  stats.failures++;
  const kind = message
    .replace(/^model #\d+ .*?\): /, "")
    .replace(/"[^"]*"|\d+/g, "_")
    .slice(0, 80);
  if (!failureKinds.has(kind)) failures.push(message.slice(0, 400));
  failureKinds.set(kind, (failureKinds.get(kind) ?? 0) + 1);
}

describe("fuzz: ModelParameterForm over fuzzed models (jsdom)", () => {
  afterAll(() => {
    console.log(`[fuzz-render] ${JSON.stringify(stats)}${failures.length ? `\n${failures.join("\n")}` : ""}`);
  });

  it(`renders ${MODELS} fuzzed models without throwing, every visible control labelled`, async () => {
    const models = fuzzedModels();
    expect(models.length).toBeGreaterThanOrEqual(200);
    const consoleErrors: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      consoleErrors.push(args.map(String).join(" ").slice(0, 300));
    });
    const started = performance.now();
    try {
      for (const [index, model] of models.entries()) {
        const where = `model #${index} ${JSON.stringify(model.id)} (${model.parameters.map((p) => `${p.name}:${p.kind}`).join(", ")})`;
        const onSubmit = vi.fn();
        const errorsBefore = consoleErrors.length;
        let view: ReturnType<typeof render> | undefined;
        try {
          view = render(<ModelParameterForm model={model} onSubmit={onSubmit} />);
        } catch (error) {
          record(`${where}: render threw ${String(error).slice(0, 200)}`);
          continue;
        }
        stats.rendered++;
        const { container } = view;
        for (const element of container.querySelectorAll(controlSelector)) {
          stats.controls++;
          if (!accessibleName(element).trim()) {
            record(`${where}: a control has no accessible name: ${element.outerHTML.slice(0, 160)}`);
          }
        }
        // Every field the compiler made (and did not fix) shows its label text.
        const form = compileParameterForm(model);
        const text = container.textContent ?? "";
        for (const field of form.fields) {
          if (field.fixed) continue;
          stats.fields++;
          if (typeof field.label !== "string" || field.label.trim() === "" || !text.includes(field.label)) {
            record(
              `${where}: field ${JSON.stringify(field.name)} shows no label (label: ${typeof field.label} ${JSON.stringify(String(field.label)).slice(0, 60)})`,
            );
          }
        }
        // Every fourth model: submit with whatever the defaults are. A request or a field error, never a throw.
        if (index % 4 === 0) {
          const element = container.querySelector("form");
          const prompt = container.querySelector('[data-name="prompt"] textarea, [data-name="prompt"] input');
          if (prompt) fireEvent.change(prompt, { target: { value: "a lighthouse at dusk" } });
          if (element) {
            stats.submits++;
            await act(async () => {
              fireEvent.submit(element);
            });
            if (onSubmit.mock.calls.length > 0) stats.requests++;
            else if (container.querySelector('[role="alert"]')) stats.alerts++;
            else record(`${where}: submit produced neither a request nor an error message`);
          }
        }
        for (const message of consoleErrors.slice(errorsBefore)) record(`${where}: console.error ${message}`);
        view.unmount();
      }
    } finally {
      spy.mockRestore();
    }
    console.log(`[fuzz-render] ${models.length} models in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(failures).toEqual([]);
  }, 60_000);

  it("renders hostile names, descriptions and enum values as text", () => {
    const values = oddStrings.filter((v) => v !== "");
    const model: ImageModel = {
      id: "acme/<script>",
      name: "<script>alert(1)</script>",
      description: '<img src=x onerror="alert(1)">',
      parameters: [
        {
          name: "style",
          source: "typed",
          sourceKey: "style",
          kind: "enum",
          values,
          description: "<script>alert(2)</script>",
        },
      ],
      parameterWarnings: [],
    };
    const { container } = render(<ModelParameterForm model={model} onSubmit={() => {}} />);
    expect(container.querySelector("script, img")).toBeNull();
    expect(container.textContent).toContain("<script>alert(2)</script>");
  });
});

describe("large inputs in the DOM (jsdom)", () => {
  // jsdom is several times slower than a browser at building DOM; a bare React list of the same size is printed
  // as a baseline, and the bound is generous.
  const LIMIT_MS = 10_000;
  const figures: Record<string, number> = {};
  const since = (started: number) => Math.round(performance.now() - started);
  /** Polls a cheap predicate (Testing Library's role/text queries scan the whole 5,000-node DOM on every mutation). */
  const until = async (predicate: () => boolean, timeoutMs = 20_000) => {
    const deadline = performance.now() + timeoutMs;
    while (!predicate()) {
      if (performance.now() > deadline) throw new Error("timed out waiting");
      await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    }
  };

  afterAll(() => {
    console.log(`[large-render] ${JSON.stringify(figures)}`);
  });

  it("a 1,000-value Select renders, opens, and picks the last value by keyboard (End, Enter)", async () => {
    const { parameters, warnings } = normalizeParameters(thousandValueRecord.supported_parameters);
    const model: ImageModel = { ...thousandValueRecord, parameters, parameterWarnings: warnings };
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    let started = performance.now();
    const bare = render(
      <select aria-label="bare">
        {thousandValueRecord.supported_parameters.style.values.map((v) => (
          <option key={v}>{v}</option>
        ))}
      </select>,
    );
    figures["baseline: bare <select> of 1000 (ms)"] = since(started);
    bare.unmount();
    started = performance.now();
    render(<ModelParameterForm model={model} onSubmit={onSubmit} />);
    figures["render form with 1000-value select (ms)"] = since(started);

    const trigger = screen.getByRole("combobox", { name: /style/i });
    trigger.focus();
    started = performance.now();
    await user.keyboard("{Enter}");
    await until(() => document.querySelector('[role="listbox"]') !== null);
    const listbox = document.querySelector('[role="listbox"]') as HTMLElement;
    figures["open 1000-value select (ms)"] = since(started);
    // Virtualised: a window of options is mounted, each telling its place among the 1,000.
    expect(listbox.querySelectorAll('[role="option"]').length).toBeLessThan(50);
    expect(listbox.querySelector('[role="option"]')).toHaveAttribute("aria-setsize", "1000");

    started = performance.now();
    // The search box takes focus and points at the active option (aria-activedescendant).
    const activeOption = () =>
      document.getElementById(document.activeElement?.getAttribute("aria-activedescendant") ?? "");
    await until(() => activeOption() !== null);
    await user.keyboard("{End}");
    await until(() => activeOption()?.textContent === "style-0999");
    await user.keyboard("{Enter}");
    await until(() => screen.getByRole("combobox", { name: /style/i }).textContent?.includes("style-0999") === true);
    figures["End + Enter to the last value (ms)"] = since(started);

    fireEvent.change(screen.getByRole("textbox", { name: /prompt/i }), { target: { value: "a fox" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /generate/i }));
    });
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ model: model.id, style: "style-0999" });
    for (const key of [
      "render form with 1000-value select (ms)",
      "open 1000-value select (ms)",
      "End + Enter to the last value (ms)",
    ]) {
      expect(figures[key]).toBeLessThan(LIMIT_MS);
    }
  }, 30_000);

  it("ModelPicker renders 5,000 models and filters them as the user types", async () => {
    const models = generateCatalog(5000, 7).map((record) => ({
      id: record.id,
      name: record.name ?? record.id,
      owned_by: record.owned_by,
    }));
    const target = models[4321];
    expect(target).toBeDefined();
    let started = performance.now();
    const bare = render(
      <ul aria-label="bare">
        {models.map((m) => (
          <li key={m.id}>
            <span>{m.name}</span>
            <span>{m.id}</span>
          </li>
        ))}
      </ul>,
    );
    figures["baseline: bare React list of 5000 (ms)"] = since(started);
    bare.unmount();
    started = performance.now();
    render(<ModelPicker models={models} onChange={() => {}} />);
    figures["render picker with 5000 models (ms)"] = since(started);
    const status = () => document.querySelector('[data-mf-slot="model-picker-status"]')?.textContent ?? "";
    const optionCount = () => document.querySelectorAll('[role="option"]').length;
    // Virtualised: a window of rows is in the DOM, each knowing its place among all 5,000.
    const windowed = () => optionCount() > 0 && optionCount() < 60;
    expect(status()).toBe("5000 models");
    expect(windowed()).toBe(true);
    expect(document.querySelector('[role="option"]')).toHaveAttribute("aria-setsize", "5000");

    const search = screen.getByRole("searchbox", { name: /search models/i });
    started = performance.now();
    fireEvent.change(search, { target: { value: target?.id ?? "" } });
    await until(() => /of 5000 models match/.test(status()) && optionCount() > 0);
    figures["filter 5000 models by id (ms)"] = since(started);
    const options = [...document.querySelectorAll('[role="option"]')];
    expect(options.some((option) => option.textContent?.includes(target?.id ?? "\u0000"))).toBe(true);

    started = performance.now();
    fireEvent.change(search, { target: { value: "" } });
    await until(() => status() === "5000 models" && windowed());
    figures["clear the filter back to 5000 (ms)"] = since(started);
    for (const key of [
      "render picker with 5000 models (ms)",
      "filter 5000 models by id (ms)",
      "clear the filter back to 5000 (ms)",
    ]) {
      expect(figures[key]).toBeLessThan(LIMIT_MS);
    }
  }, 30_000);
});
