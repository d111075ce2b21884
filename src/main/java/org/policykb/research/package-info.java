/**
 * The research answers (concordance, trend, collocates, suggestions, related documents' terms),
 * each written once over a small interface an engine implements to feed it.
 */
package org.policykb.research;
