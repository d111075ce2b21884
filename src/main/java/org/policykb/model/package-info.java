/** The values every pipeline stage shares: a cleaned policy document and its parts. */
package org.policykb.model;
