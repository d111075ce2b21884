/** The evaluation of the elements of official documents on real documents checked by reading, per publisher. */
package org.policykb.tools.elements;
