/** Benchmarks: a seeded generator of corpora in the shipped shapes, and the measurements of BENCHMARKS.md. */
package org.policykb.tools.bench;
