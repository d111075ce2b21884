/** The Lucene index: its schema (one place), the document mapping and offline builds from a corpus folder. */
package org.policykb.index;
