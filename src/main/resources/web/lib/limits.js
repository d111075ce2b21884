// The server's limits the workbench respects, read from the OpenAPI description the server publishes
// (/api/openapi.json; OpenApiTest holds it to the handlers), so that none is copied here. It is asked
// for once per page load, beside the first search.
import { apiDescription } from './api.js';

let description = null;

function described() {
  description = description || apiDescription().catch((e) => {
    description = null; // not kept: the next search asks again
    throw e;
  });
  return description;
}

const parameter = (doc, path, name) => doc.paths[path].get.parameters.find((p) => p.name === name).schema;

/**
 * The search endpoint's limits: `maxSize`, the most hits a page may hold (SearchRequest.MAX_SIZE),
 * and `maxWindow`, the deepest hit a page may reach, page × size (SearchRequest.MAX_WINDOW; the
 * page number's maximum, as a page holds at least one hit).
 */
export async function searchLimits() {
  const doc = await described();
  return {
    maxSize: parameter(doc, '/api/search', 'size').maximum,
    maxWindow: parameter(doc, '/api/search', 'page').maximum,
  };
}

/** The longest query the server accepts, in characters (the q parameter's maxLength). */
export async function queryMaxLength() {
  const doc = await described();
  return doc.components.parameters.Q.schema.maxLength;
}
