/** The command line: {@code index}, {@code serve} and {@code search}; {@code main} only parses. */
package org.policykb.cli;
