/** The links evaluation: links marked by reading in real documents against those the product resolves. */
package org.policykb.tools.links;
