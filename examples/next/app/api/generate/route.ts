import { generate } from "../../../lib/generate";

/** `POST /api/generate`: validates the body with core, forwards it with the server's key. */
export async function POST(request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ formError: "Send a JSON body." }, { status: 400 });
  }
  const result = await generate(body);
  return "images" in result ? Response.json(result) : Response.json(result, { status: result.status });
}
