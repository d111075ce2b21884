// The OpenAPI description the server publishes of itself (/api/openapi.json), read once when the page loads:
// the workbench takes from it what the server states once in its parameter table — which filters name a
// subcorpus, how each is given and named, and the limits — so that none is copied here.
// (fetched here, not through api.js: api.js reads the parameters' names through messages.js, which reads them here)

async function load() {
  try {
    const r = await fetch('/api/openapi.json', { headers: { Accept: 'application/json' } });
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return await r.json();
  } catch (e) {
    const main = document.getElementById('main');
    if (main) main.textContent = `无法读取服务器的接口说明（/api/openapi.json）：${e.message}。请确认服务器在运行，然后刷新页面。`;
    throw e;
  }
}

export const description = await load();

/**
 * The filter parameters (x-filter), in the API's order: `name`, `label` (the workbench's name), `repeats`
 * (given once per value), `date` (YYYY, YYYY-MM or YYYY-MM-DD) and `fallback` (the default, '' when none).
 */
export const FILTERS = Object.values(description.components.parameters)
  .filter((p) => p['x-filter'])
  .map((p) => ({
    name: p.name,
    label: p['x-label'],
    repeats: p.schema.type === 'array',
    date: p.schema.type === 'string' && !!p.schema.pattern,
    fallback: p.schema.default ?? '',
  }));

/** The schema of parameter `name` of GET `path`, a component or the operation's own. */
export function parameterSchema(path, name) {
  for (const p of description.paths[path].get.parameters) {
    const parameter = p.$ref ? description.components.parameters[p.$ref.split('/').pop()] : p;
    if (parameter.name === name) return parameter.schema;
  }
  throw new Error(`GET ${path} takes no parameter ${name}`);
}
