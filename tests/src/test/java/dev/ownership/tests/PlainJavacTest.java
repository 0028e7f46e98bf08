package dev.ownership.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ownership.checker.OwnershipChecker;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker as a user meets it first: a separate {@code javac} process with the annotations on
 * the class path and the checker's jars on the processor path, and no {@code -processor} flag.
 * Auto-service registration must be enough for javac to find and run it.
 */
class PlainJavacTest {

  @TempDir Path temp;

  /** Where a class was loaded from: a jar, or a classes directory inside the reactor build. */
  private static String locationOf(Class<?> c) throws Exception {
    return Paths.get(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void javacFindsTheCheckerOnTheProcessorPathAndReportsUseAfterMove() throws Exception {
    Path src = temp.resolve("Upload.java");
    Files.writeString(
        src,
        String.join(
            "\n",
            "import dev.ownership.annotations.Owned;",
            "import java.nio.ByteBuffer;",
            "class Upload {",
            "  static void send(@Owned ByteBuffer data) {}",
            "  void run() {",
            "    ByteBuffer b = ByteBuffer.allocate(8);",
            "    send(b);",
            "    b.flip();",
            "  }",
            "}",
            ""),
        StandardCharsets.UTF_8);
    String processorPath =
        String.join(
            File.pathSeparator,
            locationOf(OwnershipChecker.class),
            locationOf(org.checkerframework.framework.source.SourceChecker.class),
            locationOf(org.checkerframework.dataflow.qual.Pure.class));
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "javac").toString());
    for (String flag : System.getProperty("ownership.jdkFlags", "").trim().split("\\s+")) {
      if (!flag.isEmpty()) {
        cmd.add("-J" + flag);
      }
    }
    cmd.addAll(
        List.of(
            "-cp",
            locationOf(dev.ownership.annotations.Owned.class),
            "-processorpath",
            processorPath,
            "-d",
            temp.resolve("out").toString(),
            src.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    assertEquals(1, p.exitValue(), out);
    assertTrue(
        out.contains("Upload.java:8: error: [use.after.move] use of moved value `b`"), out);
    assertTrue(out.contains("`b` was moved at line 7, column 10"), out);
    assertTrue(out.contains("Upload.java:7: Note: `b` moved here"), out);
  }
}
