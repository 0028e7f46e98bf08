package dev.ownership.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Library models (SPEC §13). A buffer-pool library is compiled without annotations, by plain
 * javac; its callers are then checked as if it were annotated, with the model given by {@code
 * -Astubs=} and with the model shipped inside the library's jar under {@code META-INF/ownership/}.
 * The JDBC model of the README is checked against the JDK's own {@code javax.sql}; a user's model
 * overrides the JDK model; a broken model gives {@code [model.invalid]} with its file, line and
 * column, and the compilation goes on without it; an unknown class or method is a {@code
 * [model.unknown]} warning with its line.
 */
class ModelFilesTest {

  private static final Path MODELS = Path.of("src/test/resources/models");

  @TempDir static Path work;

  /** The library's classes, compiled with no checker and no annotations. */
  private static Path libraryClasses;

  /** The same classes in a jar, without a model. */
  private static Path plainJar;

  /** The same classes in a jar with the model at {@code META-INF/ownership/bufferpool.astub}. */
  private static Path modelJar;

  @BeforeAll
  static void buildLibrary() throws IOException {
    libraryClasses = work.resolve("classes");
    Files.createDirectories(libraryClasses);
    List<String> sources;
    try (Stream<Path> s = Files.walk(MODELS.resolve("bufferpool/src"))) {
      sources =
          s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-proc:none", "-d", libraryClasses.toString()));
    args.addAll(sources);
    assertEquals(0, javac.run(null, null, null, args.toArray(new String[0])), "library compiles");
    plainJar = jar("bufpool.jar", false);
    modelJar = jar("bufpool-with-model.jar", true);
  }

  private static Path jar(String name, boolean withModel) throws IOException {
    Path jar = work.resolve(name);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(libraryClasses)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        out.putNextEntry(new JarEntry(libraryClasses.relativize(f).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(f));
        out.closeEntry();
      }
      if (withModel) {
        out.putNextEntry(new JarEntry("META-INF/ownership/bufferpool.astub"));
        out.write(Files.readAllBytes(MODELS.resolve("bufferpool/bufferpool.astub")));
        out.closeEntry();
      }
    }
    return jar;
  }

  private static String classPath(Path library) {
    return System.getProperty("java.class.path") + File.pathSeparator + library;
  }

  private static Compilation check(Path source, Path library, String... options)
      throws IOException {
    List<String> all = new ArrayList<>(List.of(options));
    if (library != null) {
      all.add("-classpath");
      all.add(classPath(library));
    }
    JavaFileObject file =
        JavaFileObjects.forSourceString(
            source.getFileName().toString().replace(".java", ""), Files.readString(source));
    return Checking.compile(all, file);
  }

  private static List<CaseFile.Expectation> expected(Path source) throws IOException {
    return CaseFile.read(source).expected;
  }

  /** Diagnostics with no source position (about model files), as their text. */
  private static List<String> modelDiagnostics(Compilation c) {
    List<String> out = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
      if (d.getSource() == null && d.getKind() != Diagnostic.Kind.NOTE) {
        out.add(d.getKind() + ": " + d.getMessage(Locale.ROOT));
      }
    }
    return out;
  }

  private static final Path CALLER = MODELS.resolve("bufferpool/Caller.java");
  private static final Path POOL_MODEL = MODELS.resolve("bufferpool/bufferpool.astub");

  /** Whether the Checker Framework's own stub parser accepts a model's text. */
  private static boolean frameworkParses(String text) {
    return new org.checkerframework.com.github.javaparser.JavaParser()
        .parseStubUnit(text)
        .isSuccessful();
  }

  @Test
  void modelsAreInTheFrameworksStubSyntax() throws IOException {
    String jdk;
    try (java.io.InputStream in =
        dev.ownership.checker.OwnershipChecker.class.getResourceAsStream("jdk.astub")) {
      jdk = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertTrue(frameworkParses(jdk), "jdk.astub");
    for (String f :
        List.of("bufferpool/bufferpool.astub", "jdbc/jdbc.astub", "override.astub", "unknown.astub")) {
      assertTrue(frameworkParses(Files.readString(MODELS.resolve(f))), f);
    }
    assertTrue(!frameworkParses(Files.readString(MODELS.resolve("broken.astub"))), "broken.astub");
  }

  @Test
  void readmeShowsTheModelsTheTestsRun() throws IOException {
    assertEquals(Files.readString(POOL_MODEL), ReadmeSnippets.get("model-bufferpool"));
    assertEquals(
        Files.readString(MODELS.resolve("jdbc/jdbc.astub")), ReadmeSnippets.get("model-jdbc"));
  }

  @Test
  void unannotatedLibraryWithoutAModelIsSilent() throws IOException {
    Compilation c = check(CALLER, plainJar);
    assertEquals(List.of(), Checking.diagnostics(c));
  }

  @Test
  void modelGivenWithStubsOption() throws IOException {
    Compilation c = check(CALLER, plainJar, "-Astubs=" + POOL_MODEL);
    assertEquals(expected(CALLER), Checking.diagnostics(c));
  }

  @Test
  void modelDirectoryGivenWithStubsOption() throws IOException {
    Compilation c = check(CALLER, libraryClasses, "-Astubs=" + POOL_MODEL.getParent());
    assertEquals(expected(CALLER), Checking.diagnostics(c));
  }

  @Test
  void modelInsideAJarGivenWithStubsOption() throws IOException {
    Compilation c = check(CALLER, plainJar, "-Astubs=" + modelJar);
    assertEquals(expected(CALLER), Checking.diagnostics(c));
  }

  @Test
  void modelShippedInTheLibraryJarIsFoundOnTheClassPath() throws IOException {
    Compilation c = check(CALLER, modelJar);
    assertEquals(expected(CALLER), Checking.diagnostics(c));
  }

  @Test
  void jdbcModel() throws IOException {
    Path source = MODELS.resolve("jdbc/Accounts.java");
    // Without the model, the JDK model alone finds the connection that is never closed (its
    // statement and result set are released with it, and not reported besides it).
    assertEquals(
        List.of("28: error: [owned.not.released]"),
        Checking.diagnostics(check(source, null)).stream()
            .map(Object::toString)
            .collect(java.util.stream.Collectors.toList()));
    Compilation c = check(source, null, "-Astubs=" + MODELS.resolve("jdbc/jdbc.astub"));
    assertEquals(expected(source), Checking.diagnostics(c));
  }

  @Test
  void userModelOverridesTheJdkModel() throws IOException {
    Path source = MODELS.resolve("Override.java");
    assertEquals(
        List.of(new CaseFile.Expectation(7, "error", "mutation.while.borrowed")),
        Checking.diagnostics(check(source, null)));
    Compilation c = check(source, null, "-Astubs=" + MODELS.resolve("override.astub"));
    assertEquals(List.of(), Checking.diagnostics(c));
  }

  @Test
  void syntaxErrorNamesFileLineAndColumnAndTheCompilationGoesOn() throws IOException {
    Path broken = MODELS.resolve("broken.astub");
    Compilation c =
        check(CALLER, plainJar, "-Astubs=" + broken + File.pathSeparator + POOL_MODEL);
    assertEquals(
        List.of(
            "ERROR: [model.invalid] "
                + broken
                + ":6:53: cannot read this model, so it is left out: expected `)` but found `;`"),
        modelDiagnostics(c));
    List<CaseFile.Expectation> got = Checking.diagnostics(c);
    got.removeIf(e -> e.line() == -1);
    assertEquals(expected(CALLER), got, "the other model still applies");
  }

  @Test
  void unknownClassesAndMethodsAreWarningsNamingTheLine() throws IOException {
    Path unknown = MODELS.resolve("unknown.astub");
    Compilation c = check(CALLER, plainJar, "-Astubs=" + unknown);
    assertEquals(
        List.of(
            "WARNING: [model.unknown] "
                + unknown
                + ":6: the model names `drain()`, which `com.example.bufpool.BufferPool` does not"
                + " declare; the entry is ignored",
            "WARNING: [model.unknown] "
                + unknown
                + ":10: the model names class `com.example.bufpool.Missing`, which is not on the"
                + " class path; its entries are ignored"),
        modelDiagnostics(c));
    List<CaseFile.Expectation> got = Checking.diagnostics(c);
    got.removeIf(e -> e.line() == -1);
    assertEquals(expected(CALLER), got, "the entries that name real methods apply");
  }

  @Test
  void eachKindOfSyntaxErrorIsOneErrorWithItsPosition() throws IOException {
    String[][] cases = {
      {"package p;\nclass A {\n  void f();\n", "4:1: cannot read this model, so it is left out:"
          + " expected `}` but found the end of the file"},
      {"package p;\nclass A {\n  void f(int);\n}\n", "3:10: cannot read this model, so it is left"
          + " out: expected a parameter type and name but found `int`"},
      {"package p;\nclass A {\n  void f() # ;\n}\n", "3:12: cannot read this model, so it is left"
          + " out: unexpected character `#`"},
      {"package p;\nvoid f();\n", "2:1: cannot read this model, so it is left out: expected a"
          + " class or interface declaration but found `void`"},
      {"package p;\n/* never closed\n", "2:1: cannot read this model, so it is left out:"
          + " unclosed comment"},
    };
    for (String[] c : cases) {
      Path model = work.resolve("syntax.astub");
      Files.writeString(model, c[0]);
      Compilation result = check(CALLER, plainJar, "-Astubs=" + model);
      assertEquals(
          List.of("ERROR: [model.invalid] " + model + ":" + c[1]), modelDiagnostics(result), c[0]);
    }
  }

  @Test
  void missingModelFileIsAnErrorNotAnException() throws IOException {
    Compilation c = check(CALLER, plainJar, "-Astubs=" + MODELS.resolve("no-such.astub"));
    List<String> d = modelDiagnostics(c);
    assertEquals(1, d.size(), d.toString());
    assertTrue(d.get(0).startsWith("ERROR: [model.invalid] " + MODELS.resolve("no-such.astub") + ":1:1: "), d.get(0));
  }
}
