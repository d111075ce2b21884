/**
 * Fuzzers: the ingestion fuzzer mutates corpus files and checks that every one is read or refused
 * cleanly; the query fuzzer sends hostile requests to a running server and checks that none gets a
 * 5xx. Tools, not part of the product: only the CLI's {@code fuzz} command and the tests use them.
 */
package org.policykb.tools.fuzz;
