/** The values every pipeline stage shares: a cleaned policy document and its parts, and how a count is written. */
package org.policykb.model;
