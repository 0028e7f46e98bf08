package dev.ownership.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * {@code -AwarnUnneededSuppressions} (Checker Framework) reports an ownership suppression that
 * silences nothing, bare or with a key, and leaves alone the ones that do work. The suppressions
 * themselves are case files under {@code cases/suppression}.
 */
class SuppressionTest {

  private static final String SOURCE =
      String.join(
          "\n",
          "import dev.ownership.annotations.*;",
          "import java.nio.ByteBuffer;",
          "class Stale {",
          "  static void send(@Owned ByteBuffer data) {}",
          "  @SuppressWarnings(\"ownership\")",
          "  void clean() {",
          "    ByteBuffer buf = ByteBuffer.allocate(8);",
          "    send(buf);",
          "  }",
          "  @SuppressWarnings(\"ownership\")",
          "  void needed() {",
          "    ByteBuffer buf = ByteBuffer.allocate(8);",
          "    send(buf);",
          "    buf.flip();",
          "  }",
          "  @SuppressWarnings(\"ownership:use.after.move\")",
          "  void staleKey() {}",
          "  @SuppressWarnings({\"ownership\", \"ownership:unneeded.suppression\"})",
          "  void keptOnPurpose() {}",
          "  void local() {",
          "    @SuppressWarnings(\"ownership\")",
          "    int unused = 1;",
          "  }",
          "}");

  private static List<String> warnings(Compilation c) {
    return c.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> d.getLineNumber() + ": " + d.getKind() + ": " + d.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
  }

  @Test
  void staleSuppressionsAreReported() {
    Compilation c = Checking.compile("Stale", SOURCE, "-AwarnUnneededSuppressions");
    assertEquals(
        List.of(
            "5: MANDATORY_WARNING: [unneeded.suppression] warning suppression \"ownership\""
                + " is not used by OwnershipChecker",
            "16: MANDATORY_WARNING: [unneeded.suppression] warning suppression"
                + " \"ownership:use.after.move\" is not used by OwnershipChecker",
            "21: MANDATORY_WARNING: [unneeded.suppression] warning suppression \"ownership\""
                + " is not used by OwnershipChecker"),
        warnings(c));
  }

  @Test
  void withoutTheOptionNothingIsSaid() {
    Compilation c = Checking.compile("Stale", SOURCE);
    assertEquals(List.of(), warnings(c));
  }
}
