package dev.ownership.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ownership.annotations.Owned;
import dev.ownership.checker.OwnershipChecker;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The README's Maven setup, pasted into a project of its own: the dependency, the compiler plugin
 * and {@code .mvn/jvm.config} exactly as README.md shows them (read from it, see {@link
 * ReadmeSnippets}), in a pom that already configures the compiler plugin with its own arguments.
 * The first build of that project must fail on its one use after move, with the error as an
 * {@code [ERROR]} and the note at the move as an {@code [INFO]} line that is not counted, on JDK 17
 * and on the newest JDK under /usr/lib/jvm.
 *
 * <p>The project gets the checker as a user does, from a local Maven repository: one under
 * target/ that holds this build's annotations, checker and parent pom and, through links, every
 * other entry of the local repository this build uses, so that the child Maven runs offline.
 */
class MavenSnippetTest {

  private static final Path WORK =
      SampleAppViolationsTest.root().resolve("tests/target/maven-snippet");

  private static Path repository;

  /** A violation's source: a raw type for -Xlint, then a use after move. */
  private static final List<String> SEND =
      List.of(
          "package demo;",
          "",
          "import dev.ownership.annotations.Owned;",
          "import java.util.ArrayList;",
          "import java.util.List;",
          "",
          "class Send {",
          "  static void send(@Owned StringBuilder b) {}",
          "",
          "  List<String> run() {",
          "    List raw = new ArrayList<String>();",
          "    StringBuilder b = new StringBuilder();",
          "    send(b);",
          "    b.append(\"x\");",
          "    return raw;",
          "  }",
          "}");

  private static final List<String> SEND_TEST =
      List.of(
          "package demo;",
          "",
          "import dev.ownership.annotations.Owned;",
          "",
          "class SendTest {",
          "  static void take(@Owned StringBuilder b) {}",
          "",
          "  void twice() {",
          "    StringBuilder b = new StringBuilder();",
          "    take(b);",
          "    take(b);",
          "  }",
          "}");

  @BeforeAll
  static void localRepository() throws IOException {
    deleteTree(WORK);
    Path real =
        Paths.get(
            System.getProperty(
                "ownership.localRepository",
                Paths.get(System.getProperty("user.home"), ".m2", "repository").toString()));
    repository = WORK.resolve("repository");
    Path dev = Files.createDirectories(repository.resolve("dev"));
    if (Files.isDirectory(real)) {
      try (Stream<Path> entries = Files.list(real)) {
        for (Path e : (Iterable<Path>) entries::iterator) {
          if (!e.getFileName().toString().equals("dev")) {
            Files.createSymbolicLink(repository.resolve(e.getFileName().toString()), e);
          }
        }
      }
      if (Files.isDirectory(real.resolve("dev"))) {
        try (Stream<Path> entries = Files.list(real.resolve("dev"))) {
          for (Path e : (Iterable<Path>) entries::iterator) {
            if (!e.getFileName().toString().equals("ownership")) {
              Files.createSymbolicLink(dev.resolve(e.getFileName().toString()), e);
            }
          }
        }
      }
    }
    Path root = SampleAppViolationsTest.root();
    install("ownership-parent", root.resolve("pom.xml"), null);
    install("ownership-annotations", root.resolve("annotations/pom.xml"), locationOf(Owned.class));
    install(
        "ownership-checker",
        root.resolve("processor/pom.xml"),
        locationOf(OwnershipChecker.class));
  }

  /** Removes the links into the real local repository, so that nothing under target/ leads there. */
  @AfterAll
  static void removeLocalRepository() throws IOException {
    if (repository != null) {
      deleteTree(repository);
    }
  }

  /** Puts a pom, and the jar of a jar or classes directory, where Maven looks for the artifact. */
  private static void install(String artifactId, Path pom, Path classes) throws IOException {
    String version = version();
    Path dir =
        Files.createDirectories(
            repository.resolve("dev/ownership").resolve(artifactId).resolve(version));
    String base = artifactId + "-" + version;
    Files.copy(pom, dir.resolve(base + ".pom"));
    if (classes == null) {
      return;
    }
    Path jar = dir.resolve(base + ".jar");
    if (Files.isRegularFile(classes)) {
      Files.copy(classes, jar);
      return;
    }
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        if (Files.isRegularFile(f)) {
          zip.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
          Files.copy(f, zip);
          zip.closeEntry();
        }
      }
    }
  }

  private static String version() {
    String v = System.getProperty("ownership.version");
    assertTrue(v != null && !v.isEmpty(), "the build passes no ownership.version");
    return v;
  }

  private static Path locationOf(Class<?> c) {
    try {
      return Paths.get(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (Exception e) {
      throw new AssertionError("where " + c + " was loaded from", e);
    }
  }

  /**
   * JDK 17 and the newest JDK under /usr/lib/jvm, by the version in their {@code release} files;
   * the JDK running the tests where there is none.
   */
  static Map<String, Path> jdks() throws IOException {
    TreeMap<Integer, Path> byMajor = new TreeMap<>();
    Map<Integer, String> versions = new TreeMap<>();
    Path jvm = Paths.get("/usr/lib/jvm");
    if (Files.isDirectory(jvm)) {
      try (Stream<Path> dirs = Files.list(jvm)) {
        for (Path d : (Iterable<Path>) dirs.sorted()::iterator) {
          Path release = d.resolve("release");
          if (!Files.isRegularFile(release) || !Files.isExecutable(d.resolve("bin/javac"))) {
            continue;
          }
          Matcher m =
              Pattern.compile("(?m)^JAVA_VERSION=\"((\\d+)[^\"]*)\"")
                  .matcher(Files.readString(release, StandardCharsets.UTF_8));
          if (m.find()) {
            int major = Integer.parseInt(m.group(2));
            byMajor.putIfAbsent(major, d.toRealPath());
            versions.putIfAbsent(major, m.group(1));
          }
        }
      }
    }
    Map<String, Path> chosen = new LinkedHashMap<>();
    for (Integer major : new Integer[] {17, byMajor.isEmpty() ? null : byMajor.lastKey()}) {
      if (major != null && byMajor.containsKey(major)) {
        chosen.putIfAbsent("JDK " + versions.get(major), byMajor.get(major));
      }
    }
    if (chosen.isEmpty()) {
      chosen.put(
          "JDK " + System.getProperty("java.version"), Paths.get(System.getProperty("java.home")));
    }
    return chosen;
  }

  /**
   * The project's own compiler arguments, as a pom may already have them: {@code <compilerArgs>}
   * in pluginManagement with the README's plugin pasted under plugins, or {@code
   * <compilerArgument>} in the project's plugin with the README's configuration merged into it.
   */
  enum Form {
    COMPILER_ARGS,
    COMPILER_ARGUMENT
  }

  @TestFactory
  Stream<DynamicTest> firstBuildFailsOnTheViolation() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, Path> jdk : jdks().entrySet()) {
      for (Form form : Form.values()) {
        String name = form.name().toLowerCase().replace('_', '-') + ", " + jdk.getKey();
        tests.add(DynamicTest.dynamicTest(name, () -> violation(form, jdk.getValue(), name)));
      }
    }
    return tests.stream();
  }

  private void violation(Form form, Path javaHome, String name) throws Exception {
    String plugin = ReadmeSnippets.get("compiler-plugin");
    String build;
    if (form == Form.COMPILER_ARGS) {
      build =
          "<pluginManagement><plugins>\n"
              + resourcesPlugin()
              + "<plugin>\n"
              + "  <groupId>org.apache.maven.plugins</groupId>\n"
              + "  <artifactId>maven-compiler-plugin</artifactId>\n"
              + "  <version>3.13.0</version>\n"
              + "  <configuration>\n"
              + "    <compilerArgs>\n"
              + "      <arg>-Xlint:all</arg>\n"
              + "      <arg>-parameters</arg>\n"
              + "    </compilerArgs>\n"
              + "  </configuration>\n"
              + "</plugin>\n"
              + "</plugins></pluginManagement>\n"
              + "<plugins>\n"
              + plugin
              + "</plugins>\n";
    } else {
      int open = plugin.indexOf("<configuration>");
      int close = plugin.lastIndexOf("</configuration>");
      assertTrue(open >= 0 && close > open, "the README's plugin has no configuration");
      String configuration = plugin.substring(open + "<configuration>".length(), close);
      build =
          "<pluginManagement><plugins>\n"
              + resourcesPlugin()
              + "</plugins></pluginManagement>\n"
              + "<plugins>\n"
              + "<plugin>\n"
              + "  <groupId>org.apache.maven.plugins</groupId>\n"
              + "  <artifactId>maven-compiler-plugin</artifactId>\n"
              + "  <version>3.13.0</version>\n"
              + "  <configuration>\n"
              + "    <compilerArgument>-Xlint:all</compilerArgument>\n"
              + configuration
              + "  </configuration>\n"
              + "</plugin>\n"
              + "</plugins>\n";
    }
    Path project = project(name.replaceAll("[^A-Za-z0-9.-]+", "_"), build);

    Result r = maven(project, javaHome, "compile");
    assertNotEquals(0, r.exit, "the build passed:\n" + r.output);
    assertFalse(r.output.contains("IllegalAccessError"), r.output);

    int use = SEND.indexOf("    b.append(\"x\");") + 1;
    int move = SEND.indexOf("    send(b);") + 1;
    String error = "Send.java:[" + use + ",5] [use.after.move] use of moved value `b`";
    List<String> lines = r.lines();
    int at = -1;
    for (int i = 0; i < lines.size() && at < 0; i++) {
      if (lines.get(i).startsWith("[ERROR] ") && lines.get(i).contains(error)) {
        at = i;
      }
    }
    assertTrue(at >= 0, "no [ERROR] line with `" + error + "`:\n" + r.output);
    // Maven prints the message alone: the checker adds the source line and a caret at the
    // error's column under its first line, where javac on the command line prints them.
    assertTrue(
        at + 3 < lines.size()
            && lines.get(at + 1).trim().equals("b.append(\"x\");")
            && lines.get(at + 2).trim().equals("^")
            && lines.get(at + 2).indexOf('^') == lines.get(at + 1).indexOf('b')
            && lines.get(at + 3).contains("`b` was moved at line " + move + ", column 10"),
        "the error's source line, caret and text do not follow it:\n" + r.output);

    String note = "Send.java:[" + move + ",10] `b` moved here";
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("[INFO] ") && l.contains(note)),
        "no [INFO] line with `" + note + "`:\n" + r.output);
    assertFalse(
        lines.stream().anyMatch(l -> l.startsWith("[ERROR]") && l.contains("moved here")),
        "the note is reported as an error:\n" + r.output);

    List<Integer> counts = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\[INFO\\] (\\d+) errors?\\s*$").matcher(r.output);
    while (m.find()) {
      counts.add(Integer.parseInt(m.group(1)));
    }
    assertEquals(List.of(1), counts, "the error count:\n" + r.output);

    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("[WARNING] ") && l.contains("found raw type")),
        "the project's own -Xlint:all was lost:\n" + r.output);
  }

  @Test
  void baselinePerExecution() throws Exception {
    String plugin = ReadmeSnippets.get("baseline");
    String build =
        "<pluginManagement><plugins>\n"
            + resourcesPlugin()
            + "<plugin>\n"
            + "  <groupId>org.apache.maven.plugins</groupId>\n"
            + "  <artifactId>maven-compiler-plugin</artifactId>\n"
            + "  <version>3.13.0</version>\n"
            + "  <configuration>\n"
            + "    <compilerArgs>\n"
            + "      <arg>-Xlint:all</arg>\n"
            + "    </compilerArgs>\n"
            + "  </configuration>\n"
            + "</plugin>\n"
            + "</plugins></pluginManagement>\n"
            + "<plugins>\n%s</plugins>\n";
    // As the README says: write the files once with the write option after each baseline option.
    String writing =
        plugin.replaceAll(
            "(?m)^(\\s*)(<arg>-Aownership\\.baseline=[^<]*</arg>\n)",
            "$1$2$1<arg>-Aownership.baseline.write</arg>\n");
    assertNotEquals(plugin, writing, "the README's baseline plugin has no -Aownership.baseline=");
    Path project = project("baseline", String.format(build, writing));
    Path tests = Files.createDirectories(project.resolve("src/test/java/demo"));
    Files.write(tests.resolve("SendTest.java"), SEND_TEST, StandardCharsets.UTF_8);
    Path javaHome = Paths.get(System.getProperty("java.home"));

    Result written = maven(project, javaHome, "test-compile");
    assertEquals(0, written.exit, written.output);
    for (String file : List.of("ownership-baseline.txt", "ownership-baseline-test.txt")) {
      assertTrue(Files.isRegularFile(project.resolve(file)), file + " not written");
      assertTrue(
          written.info(file + " written, entries: 1"),
          "no [INFO] count for " + file + ":\n" + written.output);
    }
    assertTrue(
        Files.readString(project.resolve("ownership-baseline.txt"), StandardCharsets.UTF_8)
            .contains("demo/Send.java Send#run() use.after.move `b`"));
    assertTrue(
        Files.readString(project.resolve("ownership-baseline-test.txt"), StandardCharsets.UTF_8)
            .contains("demo/SendTest.java SendTest#twice() use.after.move `b`"));

    // Then the plugin as pasted, reading the files, from a clean target/.
    Files.writeString(
        project.resolve("pom.xml"), pom(String.format(build, plugin)), StandardCharsets.UTF_8);
    deleteTree(project.resolve("target"));
    Result read = maven(project, javaHome, "test-compile");
    assertEquals(0, read.exit, read.output);
    for (String file : List.of("ownership-baseline.txt", "ownership-baseline-test.txt")) {
      assertTrue(
          read.info(file + " records them: 1"),
          "no [INFO] count for " + file + ":\n" + read.output);
    }
    assertTrue(read.output.contains("found raw type"), "-Xlint:all was lost:\n" + read.output);
  }

  private static String resourcesPlugin() {
    return "<plugin>\n"
        + "  <groupId>org.apache.maven.plugins</groupId>\n"
        + "  <artifactId>maven-resources-plugin</artifactId>\n"
        + "  <version>3.3.1</version>\n"
        + "</plugin>\n";
  }

  private static String pom(String build) throws IOException {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
        + "<modelVersion>4.0.0</modelVersion>\n"
        + "<groupId>demo</groupId>\n"
        + "<artifactId>demo</artifactId>\n"
        + "<version>1.0</version>\n"
        + "<properties>\n"
        + "  <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>\n"
        + "</properties>\n"
        + "<dependencies>\n"
        + ReadmeSnippets.get("dependency")
        + "</dependencies>\n"
        + "<build>\n"
        + build
        + "</build>\n"
        + "</project>\n";
  }

  /** A new project directory: the pom around {@code build}, jvm.config, and Send.java. */
  private static Path project(String name, String build) throws IOException {
    Path project = WORK.resolve(name);
    deleteTree(project);
    Files.createDirectories(project.resolve(".mvn"));
    Files.writeString(
        project.resolve(".mvn/jvm.config"), ReadmeSnippets.get("jvm.config"), StandardCharsets.UTF_8);
    Files.writeString(project.resolve("pom.xml"), pom(build), StandardCharsets.UTF_8);
    Path sources = Files.createDirectories(project.resolve("src/main/java/demo"));
    Files.write(sources.resolve("Send.java"), SEND, StandardCharsets.UTF_8);
    return project;
  }

  private static final class Result {
    final int exit;
    final String output;

    Result(int exit, String output) {
      this.exit = exit;
      this.output = output;
    }

    List<String> lines() {
      return List.of(output.split("\\R"));
    }

    boolean info(String text) {
      return lines().stream().anyMatch(l -> l.startsWith("[INFO] ") && l.contains(text));
    }
  }

  /**
   * {@code mvn -B -o GOAL} in {@code project}, on {@code javaHome}. The project directory is new,
   * so this is its first build; no MAVEN_OPTS reach it, so the flags come from its jvm.config.
   */
  private static Result maven(Path project, Path javaHome, String goal) throws Exception {
    Path log = project.resolve("mvn-" + goal + ".log");
    ProcessBuilder pb =
        new ProcessBuilder(
                maven(), "-B", "-o", "-Dmaven.repo.local=" + repository.toAbsolutePath(), goal)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().put("JAVA_HOME", javaHome.toString());
    pb.environment().remove("MAVEN_OPTS");
    pb.environment().remove("MAVEN_ARGS");
    pb.environment().remove("MAVEN_BASEDIR");
    Process p = pb.start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "maven did not finish");
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static String maven() {
    String home = System.getProperty("maven.home");
    if (home != null && Files.isExecutable(Paths.get(home, "bin", "mvn"))) {
      return Paths.get(home, "bin", "mvn").toString();
    }
    return "mvn";
  }

  /** Deletes a tree without following links: the repository's links lead into the real one. */
  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> all;
    try (Stream<Path> files = Files.walk(dir)) {
      all = files.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
    }
    for (Path f : all) {
      Files.delete(f);
    }
  }
}
