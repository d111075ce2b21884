package org.policykb.index;

/**
 * A document's place in its work: the work's id (its smallest member id) and whether the document is
 * the member shown for it (the best read: born-digital before Word, PDF and OFD; then the smallest id).
 */
public record WorkRole(String work, boolean shown) {
  public WorkRole {
    if (work == null || work.isBlank()) {
      throw new IllegalArgumentException("work must not be blank, was '" + work + "'");
    }
  }

  /** The role of a document that is a work of its own. */
  public static WorkRole alone(String id) {
    return new WorkRole(id, true);
  }
}
