/**
 * What every engine's build shares: one pass over the corpus that decides what is read, written,
 * kept and deleted ({@link org.policykb.index.BuildPass}), the manifest of a generation, and the
 * names of a document's fields.
 */
package org.policykb.index;
