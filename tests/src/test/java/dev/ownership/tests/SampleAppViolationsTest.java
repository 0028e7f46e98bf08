package dev.ownership.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs real Maven on the sample-app with one file replaced by its broken twin from {@code
 * sample-app/violations/}, and demands that the build fail with the diagnostic each twin names
 * in its {@code // expect:} comments. This is the user's view: the checker runs inside an
 * ordinary Maven build, with the flags the README tells users to copy, and fails it.
 *
 * <p>A twin {@code NAME.java.buggy} or {@code NAME.VARIANT.java.buggy} replaces {@code
 * NAME.java}: the part of its name before the first dot names the file, so one file can have
 * several twins, each with one bug.
 *
 * <p>An {@code // expect-note:} comment names a text that must follow such a diagnostic in the
 * lines printed under it (where the checker says, for instance, what the value was moved into).
 */
class SampleAppViolationsTest {

  @TempDir Path temp;

  static Path root() {
    return Paths.get(System.getProperty("ownership.root", "..")).toAbsolutePath().normalize();
  }

  @TestFactory
  Stream<DynamicTest> eachViolationFailsTheBuild() throws IOException {
    Path dir = root().resolve("sample-app/violations");
    List<Path> buggy;
    try (Stream<Path> files = Files.list(dir)) {
      buggy =
          files
              .filter(p -> p.toString().endsWith(".java.buggy"))
              .sorted()
              .collect(Collectors.toList());
    }
    assertFalse(buggy.isEmpty(), "no violation files in " + dir);
    return buggy.stream()
        .map(b -> DynamicTest.dynamicTest(b.getFileName().toString(), () -> check(b)));
  }

  private void check(Path buggyFile) throws Exception {
    String buggy = Files.readString(buggyFile, StandardCharsets.UTF_8);
    List<String> expected = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String line : buggy.split("\n")) {
      int i = line.indexOf("// expect: ");
      if (i >= 0) {
        expected.add(line.substring(i + "// expect: ".length()).trim());
      }
      int n = line.indexOf("// expect-note: ");
      if (n >= 0) {
        notes.add(line.substring(n + "// expect-note: ".length()).trim());
      }
    }
    assertFalse(expected.isEmpty(), buggyFile + " names no expected diagnostic");

    String twin = buggyFile.getFileName().toString();
    String name = twin.substring(0, twin.indexOf('.')) + ".java";
    // Every twin gets its own copy: the dynamic tests of this factory share one temp directory.
    Path work = temp.resolve(twin);
    Path sources = work.resolve("src");
    Path original = root().resolve("sample-app/src/main/java");
    copyTree(original, sources);
    Path replaced;
    try (Stream<Path> files = Files.walk(sources)) {
      replaced =
          files
              .filter(p -> p.getFileName().toString().equals(name))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no sample-app file " + name));
    }
    Files.writeString(replaced, buggy, StandardCharsets.UTF_8);

    Path log = work.resolve("mvn.log");
    ProcessBuilder pb =
        new ProcessBuilder(
                maven(),
                "-B",
                "-o",
                // The local repository of the build that runs this test, not the default one.
                "-Dmaven.repo.local="
                    + System.getProperty(
                        "ownership.localRepository",
                        Paths.get(System.getProperty("user.home"), ".m2", "repository")
                            .toString()),
                "-f",
                root().resolve("pom.xml").toString(),
                "-pl",
                "processor,sample-app",
                "-am",
                "compile",
                "-Dsample.sources=" + sources)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = pb.start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "maven did not finish");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertNotEquals(0, p.exitValue(), "the build passed with " + buggyFile + ":\n" + output);
    // Each expected text must stand on a line that names the replaced file: a diagnostic of it.
    List<String> outputLines = List.of(output.split("\\R"));
    for (String e : expected) {
      assertTrue(
          outputLines.stream().anyMatch(l -> l.contains(name + ":") && l.contains(e)),
          "the build output lacks `" + e + "` in " + name + ":\n" + output);
    }
    // A note stands in the few lines under a diagnostic of the replaced file: the source line,
    // the caret, then the notes.
    for (String note : notes) {
      boolean found = false;
      for (int i = 0; i < outputLines.size() && !found; i++) {
        if (outputLines.get(i).contains(name + ":")) {
          for (int j = i + 1; j < Math.min(i + 8, outputLines.size()) && !found; j++) {
            found = outputLines.get(j).contains(note);
          }
        }
      }
      assertTrue(
          found, "the build output lacks the note `" + note + "` for " + name + ":\n" + output);
    }
  }

  private static String maven() {
    String home = System.getProperty("maven.home");
    if (home != null && Files.isExecutable(Paths.get(home, "bin", "mvn"))) {
      return Paths.get(home, "bin", "mvn").toString();
    }
    return "mvn";
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
