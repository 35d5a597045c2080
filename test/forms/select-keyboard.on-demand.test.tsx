import { ModelParameterForm } from "@model-forms/forms";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { everyKindModel } from "./models";

// A fresh module: Radix Select is not in yet when the first form mounts (no preloadWidgets()).
const trigger = () => screen.getByRole("combobox", { name: "Quality" });

describe("a select before Radix Select is in (keyboard)", () => {
  it("typeahead works on the plain trigger; ArrowDown opens Radix's list; Escape gives focus back to the trigger", async () => {
    const user = userEvent.setup();
    const onRequestChange = vi.fn();
    render(
      <ModelParameterForm
        model={everyKindModel}
        defaultValues={{ prompt: "a fox" }}
        onRequestChange={onRequestChange}
      />,
    );
    const closed = trigger();
    act(() => closed.focus());
    await user.keyboard("h");
    expect(closed).toHaveTextContent("high");
    expect(screen.queryByRole("listbox")).toBeNull();
    await user.keyboard("{ArrowDown}");
    expect(await screen.findByRole("listbox")).toBeInTheDocument();
    expect(document.activeElement).toHaveAttribute("role", "option");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("listbox")).toBeNull());
    // Focus is on the trigger that now stands there (Radix's), never lost to <body>.
    expect(document.activeElement).toBe(trigger());
    await user.keyboard("{ArrowDown}");
    await screen.findByRole("listbox");
    await user.keyboard("{ArrowUp}{ArrowUp}{Enter}");
    expect(trigger()).toHaveTextContent("low");
    expect(onRequestChange.mock.calls.at(-1)?.[0]).toMatchObject({ quality: "low" });
  });

  it("server HTML has the plain trigger; hydration keeps it (no mismatch, no swap) until the user reaches for it", async () => {
    const ui = <ModelParameterForm model={everyKindModel} defaultValues={{ quality: "low" }} />;
    const html = renderToString(ui);
    expect(html).toContain('data-mf-slot="select-trigger"');
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    const serverTrigger = container.querySelector('[data-mf-slot="select-trigger"]');
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const recoverable = vi.fn();
    const root = await act(async () => hydrateRoot(container, ui, { onRecoverableError: recoverable }));
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors.mock.calls.filter(([message]) => /hydrat|did not match/i.test(String(message)))).toEqual([]);
    errors.mockRestore();
    // Radix Select is in by now (the first test loaded it), yet the hydrated trigger stays the server's element.
    expect(container.querySelector('[data-mf-slot="select-trigger"]')).toBe(serverTrigger);
    expect(serverTrigger).toHaveTextContent("low");
    const user = userEvent.setup();
    await user.click(serverTrigger as HTMLElement);
    expect(await screen.findByRole("listbox")).toBeInTheDocument();
    act(() => root.unmount());
    container.remove();
  });
});
