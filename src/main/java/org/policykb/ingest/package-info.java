/**
 * Ingestion: turns one corpus file into a {@link org.policykb.model.PolicyDocument} — decoding,
 * recognising its shape, cleaning its text and extracting its metadata — or a per-file error.
 */
package org.policykb.ingest;
