import { createImageClient } from "@model-forms/client";
import { imageSource, useImageGeneration } from "@model-forms/forms/generation";
import { act, renderHook, waitFor } from "@testing-library/react";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PNG_BASE64, startImageApiStub } from "./image-api-stub";

/** The hook against a real HTTP server on 127.0.0.1, through the real client (no mocked fetch). */
describe("useImageGeneration (real client, local HTTP stub)", () => {
  let stub: Awaited<ReturnType<typeof startImageApiStub>>;
  let client: ReturnType<typeof createImageClient>;
  beforeAll(async () => {
    stub = await startImageApiStub();
    client = createImageClient({ baseUrl: stub.baseUrl, apiKey: "sk-test-0123456789", retryDelayMs: 1 });
  });
  afterAll(() => stub.close());
  beforeEach(() => stub.reset());

  const request = { model: "acme/pixel-v3", prompt: "a lighthouse at dusk", n: 2 };
  const setup = () => renderHook(() => useImageGeneration({ client }));

  it("succeeds with url images, the cost and the remaining balance; the exact body is sent once", async () => {
    const { result } = setup();
    expect(result.current.status).toBe("idle");
    let outcome: Awaited<ReturnType<typeof result.current.generate>> | undefined;
    await act(async () => {
      outcome = await result.current.generate(request, { values: { prompt: "a lighthouse at dusk", n: 2 } });
    });
    expect(outcome?.status).toBe("success");
    const state = result.current;
    expect(state.status).toBe("success");
    expect(state.result?.images.map((image) => image.url)).toEqual([
      `${stub.baseUrl}/images/result-1-0.png`,
      `${stub.baseUrl}/images/result-1-1.png`,
    ]);
    expect(state.result?.cost).toBeCloseTo(0.08);
    expect(state.result?.remainingBalance).toBe(9.96);
    expect(state.result?.created).toBe(1764500000);
    expect(state.result?.values).toEqual({ prompt: "a lighthouse at dusk", n: 2 });
    expect(state.result?.durationMs).toBeGreaterThanOrEqual(0);
    expect(state.error).toBeUndefined();
    expect(stub.posts).toHaveLength(1);
    expect(stub.posts[0]?.body).toEqual(request);
    expect(stub.posts[0]?.headers.authorization).toBe("Bearer sk-test-0123456789");
  });

  it("succeeds with b64_json images of their media type, and OpenRouter's usage.cost", async () => {
    stub.state.mode = "b64";
    const { result } = setup();
    await act(() => result.current.generate({ ...request, n: 1 }));
    const image = result.current.result?.images[0];
    expect(image).toEqual({ b64_json: PNG_BASE64, media_type: "image/webp" });
    expect(image && imageSource(image)).toBe(`data:image/webp;base64,${PNG_BASE64}`);
    expect(result.current.result?.cost).toBe(0.0035);
    expect(result.current.result?.remainingBalance).toBeUndefined();
  });

  it("402 insufficient balance: a typed error with the balance needed, sent once, and Retry may help", async () => {
    stub.state.mode = "402";
    const { result } = setup();
    await act(() => result.current.generate(request));
    expect(result.current.status).toBe("error");
    expect(result.current.error).toMatchObject({
      kind: "insufficient_balance",
      status: 402,
      message: "Insufficient balance",
      requiredBalance: 0.0035,
      retryable: true,
    });
    expect(stub.posts).toHaveLength(1);
  });

  it("400 content policy: the API's own message, not retryable", async () => {
    stub.state.mode = "content-policy";
    const { result } = setup();
    await act(() => result.current.generate(request));
    expect(result.current.error).toMatchObject({
      kind: "content_policy",
      status: 400,
      code: "content_policy_violation",
      message: "Your request was rejected by the safety system.",
      retryable: false,
    });
    expect(JSON.stringify(result.current.error?.message)).not.toContain(stub.baseUrl);
  });

  it("400 naming a parameter: the error carries it (so the form can put it on the field)", async () => {
    stub.state.mode = "bad-parameter";
    const { result } = setup();
    await act(() => result.current.generate(request));
    expect(result.current.error).toMatchObject({ kind: "invalid_request", parameter: "quality" });
  });

  it("a 500 is not retried automatically: one POST", async () => {
    stub.state.mode = "500";
    const { result } = setup();
    await act(() => result.current.generate(request));
    expect(result.current.error).toMatchObject({ kind: "server", retryable: true, message: "upstream exploded" });
    expect(stub.posts).toHaveLength(1);
  });

  it("abort: the running request is cancelled, the state says aborted, the last request stays for Retry", async () => {
    stub.state.mode = "hang";
    const { result } = setup();
    let pending: Promise<unknown> | undefined;
    act(() => {
      pending = result.current.generate(request);
    });
    expect(result.current.status).toBe("generating");
    expect(result.current.isGenerating).toBe(true);
    expect(result.current.startedAt).toBeTypeOf("number");
    await waitFor(() => expect(stub.posts).toHaveLength(1));
    await act(async () => {
      result.current.abort();
      expect(await pending).toEqual({ status: "aborted" });
    });
    expect(result.current.status).toBe("aborted");
    expect(result.current.request).toEqual(request);
    stub.state.mode = "url";
    await act(async () => {
      await result.current.retry();
    });
    expect(result.current.status).toBe("success");
    expect(stub.posts.map((post) => post.body)).toEqual([request, request]);
  });

  it("a socket dropped mid-POST is a network error, never resent by itself; Retry resends the same body and succeeds", async () => {
    stub.state.mode = "drop";
    const { result } = setup();
    await act(() => result.current.generate(request, { values: { prompt: request.prompt, n: 2 } }));
    expect(result.current.status).toBe("error");
    expect(result.current.error).toMatchObject({ kind: "network", retryable: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stub.posts).toHaveLength(1);

    stub.state.mode = "url";
    await act(async () => {
      expect((await result.current.retry())?.status).toBe("success");
    });
    expect(result.current.status).toBe("success");
    expect(result.current.error).toBeUndefined();
    expect(result.current.result?.values).toEqual({ prompt: request.prompt, n: 2 });
    expect(stub.posts.map((post) => post.body)).toEqual([request, request]);
  });

  it("a custom generate (e.g. a Server Action) replaces the client; a thrown API-shaped object is typed", async () => {
    const { result } = renderHook(() =>
      useImageGeneration({
        generate: async () => {
          throw { status: 402, message: "Top up first" };
        },
      }),
    );
    await act(() => result.current.generate(request));
    expect(result.current.error).toMatchObject({ kind: "insufficient_balance", message: "Top up first" });
    expect(stub.posts).toHaveLength(0);
  });

  it("unmounting aborts a running request", async () => {
    stub.state.mode = "hang";
    const { result, unmount } = setup();
    let pending: Promise<unknown> | undefined;
    act(() => {
      pending = result.current.generate(request);
    });
    unmount();
    await expect(pending).resolves.toEqual({ status: "aborted" });
  });
});
