package org.policykb.http;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, for the browser tests: one per test, closed after
 * it. {@link #assumeInstalled()} skips a test class with a message when Chromium is missing, except
 * under CI=true, where a missing browser fails. Screenshots go to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** The narrowest window headless Chromium makes. */
  private static final int MIN_WINDOW_WIDTH = 500;

  final WebDriver driver;
  final WebDriverWait wait;
  private final String testName;
  private int width;
  private int height;

  /** Skips the calling test class unless Chromium and its driver are installed (fails under CI=true). */
  static void assumeInstalled() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true but Chromium is missing: .ci/run installs chromium and chromium-driver");
    }
    assumeTrue(installed, "no Chromium: apt-get install -y chromium chromium-driver fonts-noto-cjk to run the browser tests");
  }

  /** A browser window of {@code width} × {@code height} whose profile lives under {@code work}. */
  Browser(Path work, String testName, int width, int height) throws IOException {
    this.testName = testName;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--window-size=" + Math.max(width, MIN_WINDOW_WIDTH) + "," + height,
        "--user-data-dir=" + Files.createTempDirectory(work, "chrome"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    if (width < MIN_WINDOW_WIDTH) {
      resize(width, height);
    }
    this.width = width;
    this.height = height;
  }

  Browser(Path work, String testName) throws IOException {
    this(work, testName, 1280, 1000);
  }

  /**
   * Makes the page {@code width} × {@code height}. Headless Chromium keeps a window at least 500 px
   * wide, so a narrower one (a phone) is emulated through the DevTools protocol.
   */
  void resize(int width, int height) {
    ChromeDriver chrome = (ChromeDriver) driver;
    if (width < MIN_WINDOW_WIDTH) {
      driver.manage().window().setSize(new Dimension(MIN_WINDOW_WIDTH, height));
      chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
          java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    } else {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
      driver.manage().window().setSize(new Dimension(width, height));
    }
    this.width = width;
    this.height = height;
  }

  /** Waits until the status line (the one every view writes its summary to) holds {@code text}. */
  void waitForStatus(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), text));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Saves what the window shows as {@code target/screenshots/<test>-<view>.png}. */
  void screenshot(String view) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(dir.resolve(testName + "-" + view + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /** Saves the whole page, not only the window, as {@code target/screenshots/<test>-<view>.png}. */
  void fullPageScreenshot(String view) throws IOException {
    int w = width;
    int h = height;
    Long page = (Long) js("return Math.ceil(document.documentElement.scrollHeight)");
    resize(w, (int) Math.min(6000, Math.max(h, page + 150)));
    try {
      screenshot(view);
    } finally {
      resize(w, h);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
