package org.policykb.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.policykb.launch.ServerProcess;
import org.policykb.launch.StartupCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Records the JDK's start-up cache for {@code serve} and shows how much sooner a server answers with it. */
@Command(name = "startup-cache", mixinStandardHelpOptions = true,
    description = "Record the JDK's start-up (AOT) cache from a training run of the server, so that later servers answer sooner.")
final class StartupCacheCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Locations locations;

  @Option(names = "--output", description = "The cache file (default: the one this JVM was started with, -XX:AOTCache=; "
      + "`mvn exec:exec` names target/policykb.aot).")
  Path output;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path cache = output != null ? output : StartupCache.ofThisJvm().orElseThrow(() -> new ParameterException(
        spec.commandLine(), "name the cache file with --output (this JVM was not started with -XX:AOTCache=)"));
    IndexCommand.buildIfMissing(locations, out);
    out.println("recording " + cache + " from a training server on " + locations.index + " …");
    StartupCache.record(locations.index, cache);
    Path log = cache.resolveSibling(cache.getFileName() + ".log");
    double without = firstAnswer(List.of(), log);
    double with = firstAnswer(List.of("-XX:AOTCache=" + cache), log);
    out.printf(Locale.ROOT, "%s: %.0f MB; a server answers its first search %.2f s after starting with it, %.2f s without%n",
        cache, Files.size(cache) / 1048576.0, with, without);
    return 0;
  }

  private double firstAnswer(List<String> jvmOptions, Path log) throws Exception {
    try (ServerProcess server = ServerProcess.start(locations.index, jvmOptions, log)) {
      return server.secondsToFirstAnswer(ServerProcess.search("发展"), Duration.ofMinutes(2));
    }
  }
}
