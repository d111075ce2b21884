/** Occurrences, NEAR spans, snippets and passages over one document's text, without an engine. */
package org.policykb.text;
