package io.newsfacts.cli;

import io.newsfacts.index.IndexProblems;
import io.newsfacts.search.FactSearcher;
import io.newsfacts.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsfacts serve}: the index as a local, read-only web application, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve a search page, article and person pages, charts and a JSON API over the index.",
        "Read-only; listens on 127.0.0.1 unless --host says otherwise. Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand Main parent;
  @Mixin IndexOptions where;

  @Option(names = "--port", paramLabel = "N", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 opens it to the network).")
  String host = "127.0.0.1";

  /** Released to stop a running server (tests); a user stops it with Ctrl-C. */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, was " + port);
    }
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--host '" + host + "' is not a known address");
    }
    try (FactSearcher searcher = new FactSearcher(where.dir(), parent.kinds())) {
      WebServer web;
      try {
        web = WebServer.start(searcher, parent.kinds(), address, line -> Failures.line(err, null, "serve: " + line));
      } catch (IOException e) {
        Failures.line(err, null, "cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
        return ExitCodes.FAILED;
      }
      Thread hook = new Thread(stop::countDown);
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        InetSocketAddress bound = web.address();
        String shown = bound.getAddress().isAnyLocalAddress() ? "localhost" : bound.getHostString();
        out.printf("newsfacts: serving %s at http://%s:%d/ (Ctrl-C stops)%n", Visible.of(where.dir().toString()),
            shown.contains(":") ? "[" + shown + "]" : shown, bound.getPort());
        out.flush();
        web.warm();
        stop.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        web.close();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // shutting down already: the hook is what stopped us
        }
      }
      return ExitCodes.OK;
    } catch (IndexProblems.NoIndex e) {
      Failures.line(err, where.dir().toString(), e.getMessage());
      return e.beingBuilt() ? ExitCodes.FAILED : ExitCodes.USAGE;
    } catch (IOException e) {
      Failures.line(err, where.dir().toString(), e.getMessage());
      return ExitCodes.FAILED;
    }
  }
}
