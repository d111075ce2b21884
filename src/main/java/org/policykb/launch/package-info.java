/**
 * The server started in a JVM of its own: for the cold-start figure, and for recording the JDK's
 * start-up (AOT) cache from a training run.
 */
package org.policykb.launch;
