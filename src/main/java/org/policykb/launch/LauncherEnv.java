package org.policykb.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Run by the build (on the JDK its toolchain selected) to write {@code target/launcher.env}: that
 * JDK's {@code java}, the class path of the jar and its dependencies (the product's, for
 * {@code serve}, {@code index}, {@code search} …), the tools' jar that {@code bench}, {@code fuzz} and
 * {@code dev-cluster} add to it, and the jars that only {@code dev-cluster} and {@code bench} (its
 * side-by-side run) add — the OpenSearch server — as shell assignments. The {@code ./policykb} script
 * reads it to run any command without Maven's start-up.
 */
public final class LauncherEnv {
  private LauncherEnv() {}

  /**
   * {@code args}: the file to write, the product's class path, the tools' class path, then the jars
   * dev-cluster adds to them.
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    String env = "# written by the build: the JDK it selected and the class paths; read by ./policykb\n"
        + "POLICYKB_JAVA=" + quoted(java.toString()) + "\n"
        + "POLICYKB_CLASSPATH=" + quoted(args[1]) + "\n"
        + "POLICYKB_TOOLS_CLASSPATH=" + quoted(args.length > 2 ? args[2] : "") + "\n"
        + "POLICYKB_CLUSTER_CLASSPATH=" + quoted(args.length > 3 ? args[3] : "") + "\n";
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    Files.writeString(tmp, env, StandardCharsets.UTF_8);
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** A POSIX shell single-quoted word: every ' becomes '\''. */
  static String quoted(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
