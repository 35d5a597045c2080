import type { ImageModel } from "@model-forms/client";
import { imageApi } from "../lib/image-api";

/** Server-only: the catalog, and the model the page asks for (`?model=`), fetched on the server. */
export async function loadModel(requested: string | undefined): Promise<{ models: ImageModel[]; model?: ImageModel }> {
  const models = await imageApi().listModels();
  return { models, model: models.find((m) => m.id === requested) ?? models[0] };
}
