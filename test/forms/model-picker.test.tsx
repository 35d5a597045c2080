import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { filterModels, ModelPicker, type PickerModel } from "../../packages/forms/src/catalog/model-picker";

const models: PickerModel[] = [
  { id: "black-forest-labs/flux-1-dev", name: "FLUX.1 [dev]", owned_by: "black-forest-labs" },
  {
    id: "openai/gpt-image-1",
    name: "GPT Image 1",
    owned_by: "openai",
    capabilities: { image_generation: true, image_to_image: true },
  },
  // OpenRouter-style: no capabilities, image input read from the architecture.
  {
    id: "qwen/qwen-image-3",
    name: "Qwen Image 3",
    owned_by: "qwen",
    architecture: { input_modalities: ["text", "image"], output_modalities: ["image"] },
  },
  { id: "acme/pixel-v3/turbo", name: '<img src=x onerror="alert(1)">Pixel', owned_by: "acme" },
];

function Controlled({ onChange }: { onChange: (id: string) => void }) {
  const [value, setValue] = useState<string>();
  return (
    <ModelPicker
      models={models}
      value={value}
      onChange={(id) => {
        setValue(id);
        onChange(id);
      }}
    />
  );
}

describe("filterModels", () => {
  it("matches every word against name, id and owner, case-insensitively", () => {
    expect(filterModels(models, { query: "FLUX dev" }).map((m) => m.id)).toEqual(["black-forest-labs/flux-1-dev"]);
    expect(filterModels(models, { query: "openai" }).map((m) => m.id)).toEqual(["openai/gpt-image-1"]);
    expect(filterModels(models, { query: "pixel-v3/turbo" }).map((m) => m.id)).toEqual(["acme/pixel-v3/turbo"]);
    expect(filterModels(models, { query: "flux openai" })).toEqual([]);
  });

  it("filters by capability from capabilities or input modalities", () => {
    expect(filterModels(models, { capability: "image-to-image" }).map((m) => m.id)).toEqual([
      "openai/gpt-image-1",
      "qwen/qwen-image-3",
    ]);
    expect(filterModels(models, { capability: "text-to-image" })).toHaveLength(4);
  });
});

describe("ModelPicker", () => {
  it("renders a labelled search box, a capability radio group and a listbox of names as text", () => {
    render(<ModelPicker models={models} />);
    expect(screen.getByRole("searchbox", { name: "Search models" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Capability" })).toBeInTheDocument();
    const list = screen.getByRole("listbox", { name: "Models" });
    expect(within(list).getAllByRole("option")).toHaveLength(4);
    expect(within(list).getByText('<img src=x onerror="alert(1)">Pixel')).toBeInTheDocument();
    expect(list.querySelector("img")).toBeNull();
  });

  it("searches and announces the match count", async () => {
    const user = userEvent.setup();
    render(<ModelPicker models={models} />);
    await user.type(screen.getByRole("searchbox", { name: "Search models" }), "qwen");
    expect(await screen.findByText("1 of 4 models match")).toBeInTheDocument();
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([expect.stringContaining("Qwen Image 3")]);
    await user.clear(screen.getByRole("searchbox"));
    await user.type(screen.getByRole("searchbox"), "nothing-like-this");
    expect(await screen.findByText("No model matches these filters.")).toBeInTheDocument();
    expect(screen.queryByRole("listbox")).toBeNull();
  });

  it("filters by capability with the radio group", async () => {
    const user = userEvent.setup();
    const onFiltersChange = vi.fn();
    render(<ModelPicker models={models} onFiltersChange={onFiltersChange} />);
    await user.click(screen.getByRole("radio", { name: "Image to image" }));
    expect(screen.getAllByRole("option")).toHaveLength(2);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ query: "", capability: "image-to-image" });
  });

  it("moves with the arrow keys and chooses with Enter", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    await user.click(screen.getByRole("searchbox"));
    await user.keyboard("{ArrowDown}");
    const list = screen.getByRole("listbox");
    expect(list).toHaveFocus();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    const third = screen.getAllByRole("option")[2];
    expect(list).toHaveAttribute("aria-activedescendant", third?.id);
    await user.keyboard("{Enter}");
    expect(onChange).toHaveBeenCalledWith("qwen/qwen-image-3");
    expect(third).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{End}{ }");
    expect(onChange).toHaveBeenLastCalledWith("acme/pixel-v3/turbo");
    await user.keyboard("{Home}{ArrowUp}{Enter}");
    expect(onChange).toHaveBeenLastCalledWith("black-forest-labs/flux-1-dev");
  });

  it("chooses with a click and passes the model", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ModelPicker models={models} onChange={onChange} />);
    await user.click(screen.getByText("GPT Image 1"));
    expect(onChange).toHaveBeenCalledWith("openai/gpt-image-1", models[1]);
  });

  it("ignores choices while disabled", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ModelPicker models={models} onChange={onChange} disabled />);
    await user.click(screen.getByText("GPT Image 1"));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole("searchbox")).toBeDisabled();
  });

  it("moves by typeahead: letters jump to the next matching name, a repeated letter cycles, Space continues a name", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const named: PickerModel[] = [
      { id: "a/flux-dev", name: "FLUX.1 [dev]" },
      { id: "b/gpt-image-1", name: "GPT Image 1" },
      { id: "c/flux-pro", name: "FLUX.1 [pro]" },
      { id: "d/gpt-image-2", name: "GPT Image 2" },
      { id: "e/qwen", name: "Qwen Image" },
    ];
    render(<ModelPicker models={named} onChange={onChange} />);
    const list = screen.getByRole("listbox");
    list.focus();
    const activeName = () => document.getElementById(list.getAttribute("aria-activedescendant") ?? "")?.textContent;
    const pause = () => new Promise((resolve) => setTimeout(resolve, 800));
    await user.keyboard("q");
    expect(activeName()).toContain("Qwen Image");
    await pause();
    await user.keyboard("f");
    expect(activeName()).toContain("FLUX.1 [dev]");
    await pause();
    await user.keyboard("f");
    expect(activeName()).toContain("FLUX.1 [pro]");
    await pause();
    // "gpt image 2" typed quickly: the Space belongs to the name, nothing is chosen until Enter.
    await user.keyboard("gpt image 2");
    expect(activeName()).toContain("GPT Image 2");
    expect(onChange).not.toHaveBeenCalled();
    await user.keyboard("{Enter}");
    expect(onChange).toHaveBeenCalledWith("d/gpt-image-2", named[3]);
    // No match leaves the active option where it was.
    await pause();
    await user.keyboard("x");
    expect(activeName()).toContain("GPT Image 2");
  });
});

describe("ModelPicker with a long list (virtualised)", () => {
  const many: PickerModel[] = Array.from({ length: 5000 }, (_, i) => ({
    id: `acme/model-${String(i).padStart(4, "0")}`,
    name: i === 4321 ? "Zephyr XL" : `Model ${String(i).padStart(4, "0")}`,
    owned_by: "acme",
  }));

  it("renders only a window of rows, each with its position in the whole list", () => {
    render(<ModelPicker models={many} />);
    const options = screen.getAllByRole("option");
    expect(options.length).toBeGreaterThan(5);
    expect(options.length).toBeLessThan(40);
    options.forEach((option, i) => {
      expect(option).toHaveAttribute("aria-setsize", "5000");
      expect(option).toHaveAttribute("aria-posinset", String(i + 1));
    });
    expect(screen.getByRole("listbox")).toHaveAttribute("data-virtual");
    expect(screen.getByText("5000 models")).toBeInTheDocument();
  });

  it("keeps the active row rendered for aria-activedescendant: End, typeahead, and Enter on a far row", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ModelPicker models={many} onChange={onChange} />);
    const list = screen.getByRole("listbox");
    list.focus();
    const active = () => document.getElementById(list.getAttribute("aria-activedescendant") ?? "");
    await user.keyboard("{End}");
    expect(active()).toHaveAttribute("aria-posinset", "5000");
    expect(active()).toHaveTextContent("Model 4999");
    await user.keyboard("z");
    expect(active()).toHaveAttribute("aria-posinset", "4322");
    expect(active()).toHaveTextContent("Zephyr XL");
    await user.keyboard("{Enter}");
    expect(onChange).toHaveBeenCalledWith("acme/model-4321", many[4321]);
    expect(screen.getAllByRole("option").length).toBeLessThan(60);
  });

  it("filters 5,000 models and clears back, rendering a window each time", async () => {
    const user = userEvent.setup();
    render(<ModelPicker models={many} />);
    const search = screen.getByRole("searchbox", { name: "Search models" });
    await user.type(search, "model-1");
    expect(screen.getByText("1000 of 5000 models match")).toBeInTheDocument();
    expect(screen.getAllByRole("option")[0]).toHaveAttribute("aria-setsize", "1000");
    await user.clear(search);
    expect(screen.getByText("5000 models")).toBeInTheDocument();
    expect(screen.getAllByRole("option").length).toBeLessThan(40);
  });

  it("renders every row of a short list (no virtualisation)", () => {
    render(<ModelPicker models={many.slice(0, 100)} />);
    expect(screen.getAllByRole("option")).toHaveLength(100);
    expect(screen.getByRole("listbox")).not.toHaveAttribute("data-virtual");
  });
});
