package org.policykb.http;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A browser test of the workbench over {@link WorkbenchFixture}: the fixture served once per test
 * class, a browser per test (made by the test, which chooses its size), closed after it.
 */
abstract class FixtureBrowserTest {
  @TempDir static Path work;
  static LocalServer server;
  Browser browser;

  @BeforeAll
  static void serveFixture() throws IOException {
    Browser.assumeInstalled();
    server = WorkbenchFixture.serve(work);
  }

  @AfterAll
  static void stopServing() throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }
}
