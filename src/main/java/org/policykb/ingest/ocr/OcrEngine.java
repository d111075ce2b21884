package org.policykb.ingest.ocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * PaddleOCR's PP-OCR pipeline run by ONNX Runtime in this process, on the CPU: lines detected on a
 * page image ({@link TextDetector}), each cut out straight and read ({@link TextRecognizer}), then
 * joined into the page's printed lines ({@link PageLines}). One engine serves the whole JVM; pages are
 * read on its own bounded pool, one page a thread (a session runs several pages at once), and at most
 * twice as many page images as threads wait in memory.
 */
public final class OcrEngine {
  /** Changes whenever this pipeline reads differently, so that files read by an older one are read again. */
  private static final int PIPELINE = 3;
  private static final String THREADS_PROPERTY = "policykb.ocr.threads";
  private static String loadedFrom = "\0";
  private static OcrEngine shared;
  private static OcrUnavailableException problem;

  private final String name;
  private final TextDetector detector;
  private final TextRecognizer recognizer;
  private final ExecutorService pool;
  private final Semaphore waiting;

  private OcrEngine(OcrModels models, int threads) throws OrtException {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    this.detector = new TextDetector(env, env.createSession(models.detection(), options));
    this.recognizer = new TextRecognizer(env, env.createSession(models.recognition(), options), models.dictionary());
    this.name = models.name() + " (onnxruntime " + env.getVersion() + ", pipeline " + PIPELINE + ")";
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "ocr-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.waiting = new Semaphore(2 * threads);
  }

  /**
   * The engine of this JVM, started on first use from where the models are looked for now
   * ({@link OcrModels}); started again when that place changes.
   *
   * @throws OcrUnavailableException why there is none, in words for a build report
   */
  public static synchronized OcrEngine shared() throws OcrUnavailableException {
    String location = OcrModels.location();
    String key = location == null ? "" : location;
    if (!key.equals(loadedFrom)) {
      loadedFrom = key;
      shared = null;
      problem = null;
      try {
        shared = new OcrEngine(OcrModels.load(location), threads());
      } catch (OcrUnavailableException e) {
        problem = e;
      } catch (OrtException | RuntimeException | LinkageError e) {
        problem = new OcrUnavailableException("ONNX Runtime cannot run the OCR models here: " + e, e);
      }
    }
    if (shared == null) {
      throw problem;
    }
    return shared;
  }

  /** The engine's name and version, as stored with each page it read. */
  public String name() {
    return name;
  }

  /** Reads {@code image} on the engine's pool; waits first while the pool has enough pages queued. */
  public Future<OcrPage> submit(BufferedImage image) throws InterruptedException {
    waiting.acquire();
    Callable<OcrPage> task = () -> {
      try {
        return read(image);
      } finally {
        waiting.release();
      }
    };
    try {
      return pool.submit(task);
    } catch (RuntimeException e) {
      waiting.release();
      throw e;
    }
  }

  /** Reads {@code image} in this thread. */
  public OcrPage read(BufferedImage image) throws OrtException {
    List<PageLines.Read> reads = new ArrayList<>();
    for (TextBox box : boxes(image)) {
      BufferedImage line = Images.straightened(image, box, TextRecognizer.HEIGHT, TextRecognizer.MAX_WIDTH);
      double red = Images.redShare(line);
      // black text under a seal: read without the red ink over it (a red 版头, all red, is read as it is)
      TextRecognizer.Reading r = recognizer.read(red >= UNDER_SEAL && red < RED_TEXT ? Images.withoutRed(line) : line);
      if (sealFragment(r, red) || speck(r)) {
        continue;
      }
      reads.add(new PageLines.Read(box, ChinesePunctuation.withoutMarkStrokes(ChinesePunctuation.halfWidthDigits(ChinesePunctuation.fullWidth(r.text().strip()))), r.confidence(), r.characters()));
    }
    List<OcrLine> lines = PageLines.join(reads);
    double sum = 0;
    int characters = 0;
    for (PageLines.Read r : reads) {
      sum += r.confidence() * r.characters();
      characters += r.characters();
    }
    return new OcrPage(lines, image.getWidth(), image.getHeight(), characters == 0 ? 0 : sum / characters);
  }

  /** A page's ink this red has a seal (or a red 版头) on it. */
  private static final double PAGE_RED = 0.02;

  /**
   * The lines of a page. Where a seal is pressed on it, its lines are found again on the page as its red
   * channel shows it — the seal nearly paper, black text under it whole — and a line found there wider
   * than the pieces found on the page (the digits of a date the seal hid from the detector) takes their
   * place, or is added where none was found. A red 版头, light there, is found on the page as it is.
   */
  private List<TextBox> boxes(BufferedImage image) throws OrtException {
    List<TextBox> boxes = detector.detect(image);
    return Images.redShare(image) < PAGE_RED ? boxes : merged(boxes, detector.detect(Images.withoutRed(image)));
  }

  /** The lines found on a page, with those found on its grey copy ({@link #boxes}) in place of their pieces or added. */
  static List<TextBox> merged(List<TextBox> page, List<TextBox> grey) {
    List<TextBox> boxes = new ArrayList<>(page);
    for (TextBox found : grey) {
      List<TextBox> overlapping = boxes.stream().filter(b -> overlap(b, found)).toList();
      double widest = overlapping.stream().mapToDouble(TextBox::width).max().orElse(0);
      double together = overlapping.stream().mapToDouble(TextBox::width).sum();
      if (overlapping.isEmpty() || found.width() > widest * 1.05 && found.width() >= together * 0.9) {
        boxes.removeAll(overlapping); // 2013年8月 / 日 around the seal's star: one line, 2013年8月21日
        boxes.add(found);
      }
    }
    return boxes;
  }

  private static boolean overlap(TextBox a, TextBox b) {
    return Math.abs(a.cx() - b.cx()) < (a.width() + b.width()) / 2 && Math.abs(a.cy() - b.cy()) < (a.height() + b.height()) / 2;
  }

  /**
   * A character or three read from red ink: a piece of a seal's ring of characters (公, 队) or its star,
   * not text of the page. A red 版头 is a line of large characters and stays.
   */
  private static boolean sealFragment(TextRecognizer.Reading r, double redShare) {
    String text = r.text().strip();
    return text.codePointCount(0, text.length()) <= 3 && redShare >= 0.5;
  }

  /** A line's ink this red is black text with a seal over it; this red or more, red text (a 版头, a seal's ring). */
  private static final double UNDER_SEAL = 0.1;
  private static final double RED_TEXT = 0.9;

  /**
   * A character or two the recognizer itself doubts (under one chance in two): a speck, a scanner's streak
   * or a folio's dash at the page's foot read as 队, never a word of the text.
   */
  private static boolean speck(TextRecognizer.Reading r) {
    String text = r.text().strip();
    return text.codePointCount(0, text.length()) <= 2 && r.confidence() < 0.5;
  }

  private static int threads() {
    String p = System.getProperty(THREADS_PROPERTY);
    int cores = Runtime.getRuntime().availableProcessors();
    return p != null && p.strip().matches("[1-9][0-9]{0,2}") ? Integer.parseInt(p.strip()) : Math.max(1, Math.min(cores, 8));
  }
}
