package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.search.SearchCorpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsfacts serve}'s refusals: no index, a bad port or host, a port in use. */
class ServeCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void noIndexIsAUsageError() {
    Run r = run("serve", "--index", tmp.resolve("none").toString(), "--port", "0");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("newsfacts: " + tmp.resolve("none") + ": "), r.err());
    assertEquals("", r.out());
  }

  @Test
  void badPortsAndHostsAreUsageErrors() throws Exception {
    Path index = tmp.resolve("index");
    SearchCorpus.write(index);
    Run port = run("serve", "--index", index.toString(), "--port", "70000");
    assertEquals(2, port.code());
    assertTrue(port.err().contains("--port must be between 0 and 65535"), port.err());
    Run host = run("serve", "--index", index.toString(), "--port", "0", "--host", "no-such-host.invalid");
    assertEquals(2, host.code());
    assertTrue(host.err().contains("is not a known address"), host.err());
  }

  @Test
  void aPortInUseFailsWithOneLine() throws Exception {
    Path index = tmp.resolve("index");
    SearchCorpus.write(index);
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Run r = run("serve", "--index", index.toString(), "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(1, r.code());
      assertTrue(r.err().startsWith("newsfacts: cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
    }
  }
}
