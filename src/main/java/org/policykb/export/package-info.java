/** Research results as files a spreadsheet opens: concordance lines as CSV or TSV. Shared by http and cli. */
package org.policykb.export;
