package io.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./newsfacts} launcher says on stderr that it builds, once per build, and nothing when
 * the jar is up to date. Run on a copy of the script with stand-in {@code mvn} and {@code java}
 * commands, so no real build happens.
 */
class LauncherTest {
  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private Run launch(Path root, Path bin) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("newsfacts").toString(), "search", "x");
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    Path out = tmp.resolve("out");
    Path err = tmp.resolve("err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    int code = pb.start().waitFor();
    return new Run(code, Files.readString(out), Files.readString(err));
  }

  private static void script(Path file, String body) throws IOException {
    Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void saysOnceThatItBuildsThenRunsQuietly() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("repo"));
    Files.copy(Path.of("newsfacts"), root.resolve("newsfacts"));
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    Files.createDirectories(root.resolve("src/main"));
    Files.createDirectories(root.resolve("models"));
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    script(bin.resolve("mvn"), "mkdir -p target/lib && touch target/newsfacts.jar && echo built >> ../mvn-runs");
    script(bin.resolve("java"), "echo \"ran $*\"");

    Run first = launch(root, bin);
    assertEquals(0, first.code(), first.err());
    assertEquals(1, first.err().lines().count(), first.err());
    assertTrue(first.err().startsWith("newsfacts: building the tool on first use"), first.err());
    assertTrue(first.out().contains("-jar " + root.resolve("target/newsfacts.jar") + " search x"), first.out());

    Run second = launch(root, bin);
    assertEquals("", second.err(), "an up-to-date jar runs without a word");
    assertEquals(1, Files.readAllLines(tmp.resolve("mvn-runs")).size());

    Thread.sleep(1100);
    Files.writeString(root.resolve("src/main/Changed.java"), "class Changed {}");
    Run third = launch(root, bin);
    assertTrue(third.err().startsWith("newsfacts: sources changed, rebuilding"), third.err());
    assertEquals(1, third.err().lines().count(), third.err());
  }
}
