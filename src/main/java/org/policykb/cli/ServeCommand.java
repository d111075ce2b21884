package org.policykb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policykb.http.ApiServer;
import org.policykb.index.IndexBuilder;
import org.policykb.search.LuceneSearchBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the API and web page; builds the index first when there is none. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the API and web page.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Locations locations;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (IndexBuilder.needsBuild(locations.index)) {
      out.println("no usable index in " + locations.index + "; building it from " + locations.corpus);
      IndexCommand.build(locations.corpus, locations.index, out);
    }
    LuceneSearchBackend backend = new LuceneSearchBackend(locations.index);
    ApiServer server = ApiServer.start(backend, host, port);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        backend.close();
      } catch (java.io.IOException ignored) {
        // shutting down anyway
      }
    }));
    out.println("serving " + backend.health().documents() + " documents on http://" + host + ":" + server.port() + "/");
    return 0;
  }
}
