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
});
