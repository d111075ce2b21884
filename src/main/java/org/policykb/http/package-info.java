/** The REST API and web page: thin Javalin handlers over a {@link org.policykb.search.SearchBackend}. */
package org.policykb.http;
