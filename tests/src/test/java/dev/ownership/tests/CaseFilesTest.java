package dev.ownership.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles every case file under {@code src/test/resources/cases} with the checker and demands
 * exactly the (line, kind, key) triples its {@code // :: error: [key]} comments name: nothing
 * missing, nothing extra. Adding a test means adding a file.
 */
class CaseFilesTest {

  static Path casesRoot() {
    return Paths.get(System.getProperty("ownership.cases", "src/test/resources/cases"));
  }

  static List<Path> caseFiles() throws IOException {
    try (Stream<Path> files = Files.walk(casesRoot())) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCaseReportsExactlyWhatItExpects() throws IOException {
    return caseFiles().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    casesRoot().relativize(file).toString(), file.toUri(), () -> check(file)));
  }

  private static void check(Path file) throws IOException {
    CaseFile c = CaseFile.read(file);
    Assumptions.assumeTrue(
        Runtime.version().feature() >= c.requiredJava,
        "needs Java " + c.requiredJava + " to compile");
    Compilation compilation =
        Checking.compile(c.options, JavaFileObjects.forSourceString(c.binaryName(), c.source));
    List<CaseFile.Expectation> actual = Checking.diagnostics(compilation);
    assertEquals(
        render(c.expected),
        render(actual),
        () -> "diagnostics of " + file + " (expected, then actual)");
  }

  private static String render(List<CaseFile.Expectation> list) {
    return list.stream().map(Object::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void thereAreCasesForEveryRuleFamily() throws IOException {
    List<Path> files = caseFiles();
    assertFalse(files.isEmpty(), "no case files found under " + casesRoot());
  }
}
