package dev.ownership.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ownership.checker.OwnershipChecker;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression suite on real code: compiles the sources of commons-lang3, jsoup, guava, commons-io,
 * commons-compress and HikariCP (unpacked
 * by the Maven profile {@code corpora} into {@code target/corpora/NAME/src}, with their class
 * paths in {@code target/corpora/NAME/deps}) in a forked {@code javac} of the JDK running the
 * test, with the checker found on the processor path and {@code -Awarns}. It asserts exit code 0,
 * no crash text, and that the checker's diagnostics, as sorted {@code path:line: [key]} lines
 * with paths relative to {@code src}, equal {@code src/test/resources/corpora/NAME.expected}.
 *
 * <p>A canary file with one known {@code mutation.while.borrowed} is compiled with each corpus, so
 * an empty expected list cannot pass because the checker did not run. With {@code
 * -Dcorpora.write=true} the test rewrites the expected files instead of comparing. A diagnostic
 * is the checker's when its key has a dot: javac's own lint keys ({@code [removal]}) have none.
 *
 * <p>With {@code -Dcorpora.resources=strict} (system property {@code ownership.corpora.resources})
 * javac also gets {@code -Aownership.resources=strict}, and the expected file is {@code
 * NAME.strict.expected}, the log {@code javac.strict.log}.
 */
@Tag("corpora")
class CorporaTest {

  private static final Pattern DIAGNOSTIC =
      Pattern.compile("^(.+\\.java):(\\d+): (?:warning|error): \\[([\\w-]+(?:\\.[\\w-]+)+)\\]");
  private static final List<String> CRASH_TEXTS =
      List.of("The Checker Framework crashed", "A type system implementation is buggy",
          "An exception has occurred in the compiler", "Exception in thread",
          "An annotation processor threw an uncaught exception", "OutOfMemoryError",
          "Bad service configuration file");
  private static final String CANARY =
      "class OwnershipCorporaCanary {\n"
          + "  void f(java.util.List<String> l) { for (String s : l) l.add(s); }\n"
          + "}\n";
  private static final String CANARY_DIAGNOSTIC =
      "OwnershipCorporaCanary.java:2: [mutation.while.borrowed]";

  @TempDir Path temp;

  /** One diagnostic, ordered by path, then line, then key. */
  record Diagnostic(String path, int line, String key) {
    static final Comparator<Diagnostic> ORDER =
        Comparator.comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::key);

    @Override
    public String toString() {
      return path + ":" + line + ": [" + key + "]";
    }
  }

  /**
   * Where a class was loaded from, as a copy in the temporary directory when it is a jar: another
   * build may reinstall the checker's jar in ~/.m2 while javac runs (seen: ZipException).
   */
  private String locationOf(Class<?> c) throws Exception {
    Path p = Paths.get(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!Files.isRegularFile(p)) {
      return p.toString();
    }
    Path copy = temp.resolve("jars").resolve(p.getFileName());
    if (!Files.exists(copy)) {
      Files.createDirectories(copy.getParent());
      Files.copy(p, copy);
    }
    return copy.toString();
  }

  private static Path property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      fail("system property " + name + " is not set: run with mvn -pl tests -Pcorpora verify");
    }
    return Paths.get(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"commons-lang3", "jsoup", "guava", "commons-io", "commons-compress", "hikaricp"})
  void checkerDiagnosticsOnTheCorpusAreTheExpectedOnes(String corpus) throws Exception {
    Path dir = property("ownership.corpora").resolve(corpus);
    String resources = System.getProperty("ownership.corpora.resources", "").strip();
    boolean strict = resources.equals("strict");
    if (!resources.isEmpty() && !strict) {
      fail("corpora.resources must be strict or empty, not " + resources);
    }
    String suffix = strict ? ".strict" : "";
    Path src = dir.resolve("src");
    assertTrue(Files.isDirectory(src), src + " is missing: the corpora profile unpacks it");
    Path canary = temp.resolve("OwnershipCorporaCanary.java");
    Files.writeString(canary, CANARY, StandardCharsets.UTF_8);
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(src)) {
      walk.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java"))
          .map(Path::toString)
          .sorted()
          .forEach(files::add);
    }
    files.add(canary.toString());
    Path argfile = temp.resolve("files.txt");
    Files.write(
        argfile,
        files.stream().map(f -> "\"" + f.replace("\\", "\\\\") + "\"").collect(Collectors.toList()),
        StandardCharsets.UTF_8);

    List<String> classPath = new ArrayList<>();
    if (Files.isDirectory(dir.resolve("deps"))) {
      try (Stream<Path> jars = Files.list(dir.resolve("deps"))) {
        jars.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).sorted()
            .forEach(classPath::add);
      }
    }
    // The Checker Framework loads its qualifiers through the class path too.
    classPath.add(locationOf(org.checkerframework.dataflow.qual.Pure.class));
    classPath.add(locationOf(dev.ownership.annotations.Owned.class));
    String processorPath = String.join(File.pathSeparator, locationOf(OwnershipChecker.class),
        locationOf(dev.ownership.annotations.Owned.class),
        locationOf(org.checkerframework.framework.source.SourceChecker.class),
        locationOf(org.checkerframework.dataflow.qual.Pure.class),
        locationOf(org.checkerframework.checker.formatter.util.FormatUtil.class));

    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "javac").toString());
    cmd.add("-J-Xmx3g");
    for (String flag : System.getProperty("ownership.jdkFlags", "").trim().split("\\s+")) {
      if (!flag.isEmpty()) {
        cmd.add("-J" + flag);
      }
    }
    cmd.addAll(
        List.of(
            "-encoding", "UTF-8", "-nowarn", "-Xmaxerrs", "10000", "-Xmaxwarns", "100000",
            "-d", temp.resolve("classes").toString(),
            "-cp", String.join(File.pathSeparator, classPath),
            "-processorpath", processorPath,
            "-Awarns"));
    if (strict) {
      cmd.add("-Aownership.resources=strict");
    }
    cmd.add("@" + argfile);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.MINUTES), corpus + ": javac did not finish");
    Files.writeString(dir.resolve("javac" + suffix + ".log"), out, StandardCharsets.UTF_8);
    for (String crash : CRASH_TEXTS) {
      assertFalse(
          out.contains(crash), corpus + ": javac output contains \"" + crash + "\":\n" + out);
    }
    assertEquals(0, p.exitValue(), corpus + ": javac failed:\n" + out);

    List<Diagnostic> actual = new ArrayList<>();
    boolean canaryFound = false;
    for (String line : out.split("\\R")) {
      Matcher m = DIAGNOSTIC.matcher(line);
      if (!m.find()) {
        continue;
      }
      Path file = Paths.get(m.group(1));
      Path shown = file.startsWith(src) ? src.relativize(file) : file.getFileName();
      Diagnostic d = new Diagnostic(
          shown.toString().replace('\\', '/'), Integer.parseInt(m.group(2)), m.group(3));
      if (file.equals(canary)) {
        canaryFound |= d.toString().equals(CANARY_DIAGNOSTIC);
      } else {
        actual.add(d);
      }
    }
    assertTrue(canaryFound, corpus + ": the checker did not report the canary "
        + CANARY_DIAGNOSTIC + "; did it run?\n" + out);
    actual.sort(Diagnostic.ORDER);
    List<String> actualLines =
        actual.stream().map(Diagnostic::toString).collect(Collectors.toList());

    Path expectedFile = property("ownership.corpora.expected").resolve(corpus + suffix + ".expected");
    if (Boolean.getBoolean("corpora.write")) {
      Files.createDirectories(expectedFile.getParent());
      List<String> text = new ArrayList<>(List.of(
          "# The checker's diagnostics on " + corpus + ", one `path:line: [key]` a line, written",
          "# by CorporaTest with -Dcorpora.write=true" + (strict ? " -Dcorpora.resources=strict" : "")
              + " (see tests/corpora/README.md)."));
      text.addAll(actualLines);
      Files.write(expectedFile, text, StandardCharsets.UTF_8);
      System.out.println("corpora: wrote " + actualLines.size() + " lines to " + expectedFile);
      return;
    }
    assertTrue(Files.exists(expectedFile),
        expectedFile + " is missing; create it with -Dcorpora.write=true");
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .collect(Collectors.toList());
    List<String> missing = new ArrayList<>(expected);
    actualLines.forEach(missing::remove);
    List<String> unexpected = new ArrayList<>(actualLines);
    expected.forEach(unexpected::remove);
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      StringBuilder msg = new StringBuilder(corpus + ": the checker's diagnostics differ from "
          + expectedFile + " (" + expected.size() + " expected, " + actualLines.size()
          + " reported)\n");
      missing.forEach(l -> msg.append("  - no longer reported: ").append(l).append('\n'));
      unexpected.forEach(l -> msg.append("  + newly reported:    ").append(l).append('\n'));
      msg.append("If the change is deliberate, rerun with -Dcorpora.write=true; javac's output: ")
          .append(dir.resolve("javac" + suffix + ".log"));
      fail(msg.toString());
    }
  }
}
