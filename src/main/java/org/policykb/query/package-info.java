/**
 * The query language and the rules a query is answered by, decided once for every engine: how a
 * phrase is looked up ({@link org.policykb.query.ExactPhrase}), which dates a filter keeps
 * ({@link org.policykb.query.DatePlan}), the orders of documents and the shape of relevance.
 */
package org.policykb.query;
