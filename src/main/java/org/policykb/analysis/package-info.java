/**
 * Text analysis shared by indexing and querying: character folding, the exact-match bigram stream and
 * the smartcn analyzer, so that a phrase is folded the same way wherever it is compared.
 */
package org.policykb.analysis;
