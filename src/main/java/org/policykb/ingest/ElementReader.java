package org.policykb.ingest;

/**
 * One form in which a document states some of its elements (a 版头, a number in parentheses under the
 * title, a signature above the 成文日期 …): it looks for its form in the text and offers the draft what
 * it finds there. {@link OfficialElementsFinder} runs the readers in the order a document is printed;
 * a new publisher's form is a new reader with its tests.
 */
interface ElementReader {
  void read(OfficialText text, OfficialDraft draft);
}
