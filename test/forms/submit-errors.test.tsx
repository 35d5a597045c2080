import { createImageClient, type ImageGenerationRequest } from "@model-forms/client";
import { ModelParameterForm } from "@model-forms/forms";
import { ImageRequestValidationError } from "@model-forms/forms/core";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { json, startTestServer, type TestServer } from "../../packages/client/src/test-server";
import { everyKindModel } from "./models";

const KEY = "sk-nano-0123456789abcdefWXYZ";
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

/** onSubmit as an app writes it: the real client against a real local server. */
const generate = (request: ImageGenerationRequest) =>
  createImageClient({ baseUrl: server.origin, apiKey: KEY, retries: 0 }).generateImages(request);

/** The form's banner (field errors are alerts too). */
const banner = () => document.querySelector<HTMLElement>('[data-mf-slot="form-error"]');

async function fillPromptAndSubmit(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole("textbox", { name: "Prompt" }), "a fox");
  await user.click(screen.getByRole("button", { name: "Generate" }));
}

// Each test types and submits a whole form in jsdom: slow on a loaded 2-core machine.
describe("submit errors land on fields", { timeout: 20_000 }, () => {
  it("an API 400 naming `parameter` marks that field, focuses it, and no banner shows the URL", async () => {
    server.route(
      "POST /api/v1/images",
      json({ error: { message: "Resolution 1024x768 is not available", parameter: "resolution" } }, 400),
    );
    const user = userEvent.setup();
    render(<ModelParameterForm model={everyKindModel} onSubmit={generate} />);
    await fillPromptAndSubmit(user);
    // The resolution picker is a radio group of tiles: the group is marked and described, its checked tile focused.
    const resolution = screen.getByRole("radiogroup", { name: /^Resolution/ });
    await waitFor(() => expect(resolution).toHaveAttribute("aria-invalid", "true"));
    const tile = within(resolution).getByRole("radio", { checked: true });
    expect(tile).toHaveAccessibleName("1:1 1024×1024");
    expect(tile).toHaveFocus();
    expect(resolution).toHaveAccessibleDescription(/Resolution 1024x768 is not available/);
    expect(banner()).toBeNull();
    expect(document.body.textContent).not.toContain(server.origin);
    expect(document.body.textContent).not.toContain(KEY);
  });

  it("`param` on an advanced field opens the disclosure and focuses it; changing the value clears the mark", async () => {
    server.route("POST /api/v1/images", json({ error: { message: "Seed out of range", param: "seed" } }, 400));
    const user = userEvent.setup();
    const { container } = render(<ModelParameterForm model={everyKindModel} onSubmit={generate} />);
    await fillPromptAndSubmit(user);
    const seed = await screen.findByRole("textbox", { name: /^Seed/ });
    await waitFor(() => expect(seed).toHaveAttribute("aria-invalid", "true"));
    expect(container.querySelector("details")).toHaveProperty("open", true);
    expect(seed).toHaveFocus();
    await user.type(seed, "7");
    await waitFor(() => expect(seed).not.toHaveAttribute("aria-invalid", "true"));
  });

  it("the banner shows the API's own message for an error that names no field", async () => {
    server.route("POST /api/v1/images", json({ error: "Insufficient balance", status: 402 }, 402));
    const user = userEvent.setup();
    render(<ModelParameterForm model={everyKindModel} onSubmit={generate} />);
    await fillPromptAndSubmit(user);
    await waitFor(() => expect(banner()).toHaveTextContent(/^Insufficient balance$/));
    expect(banner()).toHaveAttribute("role", "alert");
  });

  it("onSubmit may return { fieldErrors, formError } instead of throwing (Server Action pattern)", async () => {
    const user = userEvent.setup();
    render(
      <ModelParameterForm
        model={everyKindModel}
        onSubmit={async () => ({ fieldErrors: { n: "Your plan allows 1 image" }, formError: "Not generated." })}
      />,
    );
    await fillPromptAndSubmit(user);
    await waitFor(() => expect(banner()).toHaveTextContent(/^Not generated\.$/));
    const n = screen.getByRole("textbox", { name: /^Images/ });
    expect(n).toHaveAttribute("aria-invalid", "true");
    expect(n).toHaveAccessibleDescription(/Your plan allows 1 image/);
    expect(n).toHaveFocus();
  });

  it("ImageRequestValidationError issues from a server map onto their fields", async () => {
    const user = userEvent.setup();
    render(
      <ModelParameterForm
        model={everyKindModel}
        onSubmit={() => {
          throw new ImageRequestValidationError([
            { field: "quality", message: "Not offered today" },
            { field: "prompt", message: "Too long for this model" },
          ]);
        }}
      />,
    );
    await fillPromptAndSubmit(user);
    const prompt = screen.getByRole("textbox", { name: /^Prompt/ });
    await waitFor(() => expect(prompt).toHaveAttribute("aria-invalid", "true"));
    // The first failing field in display order takes focus.
    expect(prompt).toHaveFocus();
    expect(screen.getByRole("combobox", { name: /^Quality/ })).toHaveAccessibleDescription(/Not offered today/);
    expect(banner()).toBeNull();
  });

  it("a thrown plain error shows its message without URLs; messages.submitError can rewrite it", async () => {
    const user = userEvent.setup();
    render(
      <ModelParameterForm
        model={everyKindModel}
        onSubmit={() => {
          throw new Error(`POST ${server.origin}/api/v1/images failed: Bearer ${KEY}`);
        }}
        messages={{ submitError: (_error, message) => `Oops: ${message}` }}
      />,
    );
    await fillPromptAndSubmit(user);
    await waitFor(() => expect(banner()).not.toBeNull());
    const alert = banner() as HTMLElement;
    expect(alert.textContent).toMatch(/^Oops: /);
    expect(alert.textContent).not.toContain(server.origin);
    expect(alert.textContent).not.toContain("WXYZ");
  });
});
