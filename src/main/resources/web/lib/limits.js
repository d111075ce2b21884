// The server's limits the workbench respects, read from the OpenAPI description the server publishes
// (description.js; OpenApiTest holds it to the handlers), so that none is copied here.
import { description, parameterSchema } from './description.js';

/**
 * The search endpoint's limits: `maxSize`, the most hits a page may hold (SearchRequest.MAX_SIZE),
 * and `maxWindow`, the deepest hit a page may reach, page × size (SearchRequest.MAX_WINDOW; the
 * page number's maximum, as a page holds at least one hit).
 */
export async function searchLimits() {
  return {
    maxSize: parameterSchema('/api/search', 'size').maximum,
    maxWindow: parameterSchema('/api/search', 'page').maximum,
  };
}

/** The longest query the server accepts, in characters (the q parameter's maxLength). */
export async function queryMaxLength() {
  return description.components.parameters.Q.schema.maxLength;
}

/** The facets the search counts, as the API names them (the facets parameter's values). */
export const facetNames = () => parameterSchema('/api/search', 'facets').items.enum;
