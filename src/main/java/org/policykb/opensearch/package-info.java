/**
 * The cluster engine: an OpenSearch cluster over its REST API — its schema, the query plan rendered
 * as the query DSL, the backend, and the generation builder.
 */
package org.policykb.opensearch;
