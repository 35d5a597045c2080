import { type ImageModel, normalizeParameters } from "@model-forms/client";
import { ModelParameterForm } from "@model-forms/forms";
import type { CompileOptions } from "@model-forms/forms/core";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { openRouterQwenRecord } from "../../fixtures/catalog";
import { OptionNotesContext } from "../../packages/forms/src/form/option-notes";
import { everyKindModel } from "./models";
import { CustomField, commits, profiledWidgets } from "./widget-profiler";

function wireModel(id: string, supported: Record<string, unknown>): ImageModel {
  const { parameters, warnings } = normalizeParameters(supported);
  return { id, name: id, parameters, parameterWarnings: warnings };
}
const sizes = wireModel("acme/sizes", {
  resolution: { type: "enum", values: ["1536x1024", "1024x1536", "1024x1024"], default: "1024x1024" },
});
const thirteen = ["1:1", "1:2", "1:4", "2:1", "2:3", "3:2", "3:4", "4:1", "4:3", "4:5", "5:4", "9:16", "16:9"];
const manyRatios = wireModel("acme/ratios", { aspect_ratio: { type: "enum", values: thirteen } });
const openRouter = wireModel("qwen/qwen-image-3", openRouterQwenRecord.supported_parameters ?? {});

function setup(model: ImageModel, props: Partial<Parameters<typeof ModelParameterForm>[0]> = {}) {
  const onSubmit = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <ModelParameterForm model={model} onSubmit={onSubmit} defaultValues={{ prompt: "a fox" }} {...props} />,
  );
  const submit = async () => {
    await user.click(screen.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    return onSubmit.mock.calls.at(-1)?.[0];
  };
  return { user, view, submit };
}

describe("ResolutionField: tiles", () => {
  it("draws each option as a labelled radio tile with its ratio, pixel size and shape; pointer picks one", async () => {
    const { user, view, submit } = setup(everyKindModel);
    const group = screen.getByRole("radiogroup", { name: "Resolution" });
    const radios = within(group).getAllByRole("radio");
    expect(radios.map((radio) => radio.closest("label")?.textContent)).toEqual([
      "1:1 1024×1024",
      "4:3 1024×768",
      "3:4 768×1024",
    ]);
    expect(view.container.querySelectorAll('[data-mf-slot="resolution-shape"]')).toHaveLength(3);
    expect(screen.getByRole("radio", { name: "1:1 1024×1024" })).toBeChecked();
    await user.click(screen.getByText("1024×768"));
    expect(screen.getByRole("radio", { name: "4:3 1024×768" })).toBeChecked();
    expect(await submit()).toMatchObject({ resolution: "1024x768" });
  });

  it("moves and chooses with the arrow keys (a native radio group)", async () => {
    const { user, submit } = setup(everyKindModel);
    act(() => screen.getByRole("radio", { name: "1:1 1024×1024" }).focus());
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("radio", { name: "4:3 1024×768" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "4:3 1024×768" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(await submit()).toMatchObject({ resolution: "768x1024" });
  });

  it("swaps orientation when the other one exists, and not for a square", async () => {
    const { user, submit } = setup(sizes);
    const swap = screen.getByRole("button", { name: "Swap orientation" });
    expect(swap).toBeDisabled();
    await user.click(screen.getByRole("radio", { name: "3:2 1536×1024" }));
    expect(swap).toBeEnabled();
    await user.click(swap);
    expect(screen.getByRole("radio", { name: "2:3 1024×1536" })).toBeChecked();
    expect(await submit()).toMatchObject({ resolution: "1024x1536" });
  });

  it("has no swap button when no option has another orientation", () => {
    setup(wireModel("acme/tiers", { resolutions: ["1K", "2K", "4K", "auto"] }));
    expect(screen.getAllByRole("radio").map((radio) => radio.closest("label")?.textContent)).toEqual([
      "1K",
      "2K",
      "4K",
      "Auto",
    ]);
    expect(screen.queryByRole("button", { name: "Swap orientation" })).toBeNull();
  });

  it("shows option notes, app labels and app icons", () => {
    const compileOptions: CompileOptions = {
      optionLabels: { resolution: { "1024x1024": "Square" } },
      optionIcons: { resolution: { "768x1024": "data:image/png;base64,AAAA" } },
    };
    const view = render(
      <OptionNotesContext.Provider
        value={(name, value) => (name === "resolution" ? `$${String(value).length}` : undefined)}
      >
        <ModelParameterForm model={everyKindModel} compileOptions={compileOptions} />
      </OptionNotesContext.Provider>,
    );
    expect(screen.getByRole("radio", { name: "Square 1024×1024 $9" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "3:4 768×1024 $8" })).toBeInTheDocument();
    expect(view.container.querySelector('img[data-mf-slot="resolution-icon"]')).toHaveAttribute("alt", "");
  });
});

describe("ResolutionField: select beyond the tile limit, and the joined OpenRouter control", () => {
  it("shows 13 ratios as a select with shape icons, operable by keyboard", async () => {
    const { user, submit } = setup(manyRatios);
    expect(screen.queryAllByRole("radio")).toHaveLength(0);
    const trigger = screen.getByRole("combobox", { name: "Aspect ratio" });
    expect(trigger).toHaveTextContent("1:1");
    act(() => trigger.focus());
    await user.keyboard("{Enter}");
    const listbox = await screen.findByRole("listbox");
    expect(within(listbox).getAllByRole("option")).toHaveLength(13);
    expect(listbox.querySelectorAll('[data-mf-slot="resolution-shape"]')).toHaveLength(13);
    await user.keyboard("{End}{Enter}");
    // Radix's trigger took the plain one's place at the first open: query it again.
    expect(screen.getByRole("combobox", { name: "Aspect ratio" })).toHaveTextContent("16:9");
    expect(await submit()).toMatchObject({ aspect_ratio: "16:9" });
  });

  it("reads aspect_ratio + tier resolution as one control and still sends two fields", async () => {
    const { user, view, submit } = setup(openRouter);
    expect(view.container.querySelector('[data-mf-slot="field"][data-name="resolution"]')).toBeNull();
    const field = view.container.querySelector('[data-mf-slot="field"][data-name="aspect_ratio"]') as HTMLElement;
    const tiers = within(field).getByRole("radiogroup", { name: "Resolution" });
    expect(
      within(tiers)
        .getAllByRole("radio")
        .map((r) => r.closest("label")?.textContent),
    ).toEqual(["1K", "2K"]);
    await user.click(within(tiers).getByRole("radio", { name: "2K" }));
    const trigger = within(field).getByRole("combobox", { name: "Aspect ratio" });
    act(() => trigger.focus());
    await user.keyboard("{Enter}");
    await screen.findByRole("listbox");
    await user.keyboard("{End}{Enter}");
    const request = await submit();
    expect(request).toMatchObject({ model: "qwen/qwen-image-3", aspect_ratio: "16:9", resolution: "2K" });
  });

  it("stays overridable per widget and per field", () => {
    const { unmount } = render(<ModelParameterForm model={everyKindModel} components={{ resolution: CustomField }} />);
    expect(screen.getByLabelText("custom resolution", { selector: "output" })).toHaveTextContent("resolution");
    unmount();
    render(<ModelParameterForm model={everyKindModel} fieldComponents={{ resolution: CustomField }} />);
    expect(screen.getByLabelText("custom resolution", { selector: "output" })).toBeInTheDocument();
    expect(screen.queryByRole("radiogroup", { name: "Resolution" })).toBeNull();
  });
});

describe("ResolutionField: render cost", () => {
  const profiled = profiledWidgets;

  it("a tile choice re-renders only the resolution field", async () => {
    const user = userEvent.setup();
    render(<ModelParameterForm model={everyKindModel} components={profiled} />);
    commits.clear();
    await user.click(screen.getByRole("radio", { name: "4:3 1024×768" }));
    expect([...commits.keys()]).toEqual(["resolution"]);
  });

  it("a tier choice in the joined control re-renders only that control", async () => {
    const user = userEvent.setup();
    render(<ModelParameterForm model={openRouter} components={profiled} />);
    commits.clear();
    await user.click(screen.getByRole("radio", { name: "2K" }));
    expect([...commits.keys()]).toEqual(["aspect_ratio"]);
  });
});
