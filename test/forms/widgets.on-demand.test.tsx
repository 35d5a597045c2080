import type { ImageModel } from "@model-forms/client";
import { ModelParameterForm } from "@model-forms/forms";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { model } from "./models";

// No preloadWidgets() here: this file sees the widgets' chunks load for the first time.
const edit: ImageModel = model("acme/edit", [
  {
    name: "input_references",
    kind: "image_references",
    source: "typed",
    sourceKey: "input_references",
    minItems: 0,
    maxItems: 3,
    constraints: { formats: ["png"] },
  },
]);

const thousand = Array.from({ length: 1000 }, (_, i) => `style-${String(i).padStart(4, "0")}`);
const longModel = model("acme/long", [
  { name: "style", kind: "enum", source: "typed", sourceKey: "style", values: thousand },
]);

describe("widgets loaded on demand", () => {
  it("shows the field's frame while the reference manager loads, then the manager; the value is kept", async () => {
    const onRequestChange = vi.fn();
    const { container } = render(
      <ModelParameterForm
        model={edit}
        defaultValues={{ prompt: "a fox", input_references: ["https://example.com/a.png"] }}
        onRequestChange={onRequestChange}
      />,
    );
    // The rest of the form is there at once.
    expect(screen.getByRole("textbox", { name: "Prompt" })).toHaveValue("a fox");
    const frame = container.querySelector('[data-mf-slot="field"][data-name="input_references"]');
    expect(frame).toHaveAttribute("data-state", "loading");
    expect(frame?.querySelector('[data-mf-slot="field-loading"]')).toHaveAttribute("aria-busy", "true");
    expect(within(frame as HTMLElement).getByText("Reference images")).toBeInTheDocument();
    // Then the manager, with the value the form holds.
    expect(await screen.findByRole("textbox", { name: "Reference images" })).toBeInTheDocument();
    expect(screen.getByRole("img")).toHaveAttribute("src", "https://example.com/a.png");
    expect(container.querySelector('[data-mf-slot="field-loading"]')).toBeNull();
  });
  // The server always renders the frame, loaded or not, so hydration matches whatever the client has.
  it("server HTML has the frame; hydration keeps it, then swaps in the manager with no mismatch", async () => {
    const ui = <ModelParameterForm model={edit} defaultValues={{ prompt: "a fox" }} />;
    const html = renderToString(ui);
    expect(html).toContain('data-mf-slot="field-loading"');
    expect(html).toContain("Reference images");
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const recoverable = vi.fn();
    const root = await act(async () => hydrateRoot(container, ui, { onRecoverableError: recoverable }));
    expect(await within(container).findByRole("textbox", { name: "Reference images" })).toBeInTheDocument();
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors.mock.calls.filter(([message]) => /hydrat|did not match/i.test(String(message)))).toEqual([]);
    errors.mockRestore();
    act(() => root.unmount());
    container.remove();
  });

  it("a long select's list comes in its own chunk; open, search and choose work end to end", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<ModelParameterForm model={longModel} defaultValues={{ prompt: "a fox" }} onSubmit={onSubmit} />);
    await user.click(screen.getByRole("combobox", { name: "Style" }));
    const search = await screen.findByRole("searchbox", { name: "Search Style" });
    await user.type(search, "0999");
    await user.keyboard("{Enter}");
    expect(screen.getByRole("combobox", { name: "Style" })).toHaveTextContent("style-0999");
    await user.click(screen.getByRole("button", { name: "Generate" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ style: "style-0999" });
  });
});
