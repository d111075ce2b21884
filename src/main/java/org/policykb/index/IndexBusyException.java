package org.policykb.index;

import java.io.IOException;

/** Another build holds the index lock; this one gave up at once instead of waiting. */
public class IndexBusyException extends IOException {
  public IndexBusyException(String message) {
    super(message);
  }
}
