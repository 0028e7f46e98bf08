package dev.ownership.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline of SPEC §7: {@code -Aownership.baseline.write} records the violations of a
 * compilation, {@code -Aownership.baseline=FILE} then reports those as warnings and any other as an
 * error, and entries name the member and the path, not the line, so they survive edits.
 */
class BaselineTest {

  /** Two violations: a use after a move in {@code run}, a move out of a borrow in {@code keep}. */
  private static final String TWO =
      String.join(
          "\n",
          "package demo;",
          "import dev.ownership.annotations.*;",
          "import java.nio.ByteBuffer;",
          "class Upload {",
          "  static void send(@Owned ByteBuffer data) {}",
          "  void run(boolean c) {",
          "    ByteBuffer buf = ByteBuffer.allocate(8);",
          "    send(buf);",
          "    buf.flip();",
          "  }",
          "  void keep(@Borrowed ByteBuffer b) {",
          "    send(b);",
          "  }",
          "}");

  private static final String HEADER_END = "# No line numbers: edits elsewhere in a file keep";

  @TempDir Path dir;

  private Path baseline() {
    return dir.resolve("config/ownership-baseline.txt");
  }

  private Compilation write(String source) {
    return Checking.compile(
        "demo.Upload", source, "-Aownership.baseline=" + baseline(), "-Aownership.baseline.write");
  }

  private Compilation read(String source) {
    return Checking.compile("demo.Upload", source, "-Aownership.baseline=" + baseline());
  }

  /** The baseline's entries: its lines without the comment header. */
  private List<String> entries() throws IOException {
    return Files.readAllLines(baseline(), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("#"))
        .collect(Collectors.toList());
  }

  private static String diagnostics(Compilation c) {
    return Checking.diagnostics(c).stream().map(Object::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void writingRecordsEveryViolationSortedAndReportsThemAsWarnings() throws IOException {
    Compilation c = write(TWO);
    assertEquals(Compilation.Status.SUCCESS, c.status(), () -> diagnostics(c));
    assertEquals("9: warning: [use.after.move]\n12: warning: [move.out.of.borrow]", diagnostics(c));
    assertEquals(
        List.of(
            "demo/Upload.java Upload#keep(ByteBuffer) move.out.of.borrow `b`",
            "demo/Upload.java Upload#run(boolean) use.after.move `buf`"),
        entries());
    String text = Files.readString(baseline(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("# Ownership for Java baseline"), text);
    assertTrue(text.contains(HEADER_END), text);
    // Declared options: javac has nothing to say about them.
    assertFalse(
        c.diagnostics().stream()
            .anyMatch(d -> d.getMessage(Locale.ROOT).contains("not recognized")),
        () -> diagnostics(c));
  }

  @Test
  void writingTwiceGivesTheSameBytes() throws IOException {
    write(TWO);
    byte[] first = Files.readAllBytes(baseline());
    write(TWO);
    assertEquals(new String(first, StandardCharsets.UTF_8), Files.readString(baseline()));
  }

  @Test
  void recordedViolationsAreWarningsAndTheBuildPasses() {
    write(TWO);
    Compilation c = read(TWO);
    assertEquals(Compilation.Status.SUCCESS, c.status(), () -> diagnostics(c));
    assertEquals("9: warning: [use.after.move]\n12: warning: [move.out.of.borrow]", diagnostics(c));
    assertTrue(
        c.diagnostics().stream()
            .anyMatch(
                d ->
                    d.getKind() == Diagnostic.Kind.NOTE
                        && d.getMessage(Locale.ROOT)
                            .equals(
                                "ownership violations reported as warnings because the baseline "
                                    + baseline()
                                    + " records them: 2")),
        "a note says how many violations the baseline excused");
  }

  @Test
  void entriesSurviveLinesAddedAboveThem() {
    write(TWO);
    String moved =
        TWO.replace(
            "class Upload {",
            "class Upload {\n  // three new lines\n  int added;\n  void another() {}");
    Compilation c = read(moved);
    assertEquals(Compilation.Status.SUCCESS, c.status(), () -> diagnostics(c));
    assertEquals(
        "12: warning: [use.after.move]\n15: warning: [move.out.of.borrow]", diagnostics(c));
  }

  @Test
  void aFixedViolationDropsOutWhenTheBaselineIsRewritten() throws IOException {
    write(TWO);
    String fixed =
        TWO.replace("    send(buf);\n    buf.flip();", "    buf.flip();\n    send(buf);");
    Compilation stale = read(fixed);
    assertTrue(
        stale.diagnostics().stream()
            .anyMatch(
                d ->
                    d.getKind() == Diagnostic.Kind.NOTE
                        && d.getMessage(Locale.ROOT)
                            .endsWith(
                                "matched no violation (fixed, or the"
                                    + " code was renamed; rewrite the baseline with"
                                    + " -Aownership.baseline.write to drop them): 1")),
        "a note says the baseline has an entry to drop");
    Compilation c = write(fixed);
    assertEquals(Compilation.Status.SUCCESS, c.status(), () -> diagnostics(c));
    assertEquals(
        List.of("demo/Upload.java Upload#keep(ByteBuffer) move.out.of.borrow `b`"), entries());
    // And the violation, made again, is an error: it is no longer recorded.
    Compilation again = read(TWO);
    assertEquals(Compilation.Status.FAILURE, again.status());
    assertEquals(
        "9: error: [use.after.move]\n12: warning: [move.out.of.borrow]", diagnostics(again));
  }

  @Test
  void aNewViolationIsStillAnError() {
    write(TWO);
    String more =
        TWO.replace(
            "  void keep(",
            "  void fresh() {\n"
                + "    ByteBuffer other = ByteBuffer.allocate(8);\n"
                + "    send(other);\n"
                + "    other.flip();\n"
                + "  }\n"
                + "  void keep(");
    Compilation c = read(more);
    assertEquals(Compilation.Status.FAILURE, c.status());
    assertEquals(
        "9: warning: [use.after.move]\n"
            + "14: error: [use.after.move]\n"
            + "17: warning: [move.out.of.borrow]",
        diagnostics(c));
  }

  @Test
  void repeatedViolationsAreCountedAndOnlyThatManyAreExcused() throws IOException {
    String twice = TWO.replace("    send(b);\n", "    send(b);\n    send(b);\n");
    write(twice);
    assertEquals(
        List.of(
            "demo/Upload.java Upload#keep(ByteBuffer) move.out.of.borrow `b` x2",
            "demo/Upload.java Upload#run(boolean) use.after.move `buf`"),
        entries());
    String thrice =
        twice.replace("    send(b);\n    send(b);\n", "    send(b);\n    send(b);\n    send(b);\n");
    Compilation c = read(thrice);
    assertEquals(Compilation.Status.FAILURE, c.status());
    assertEquals(
        "9: warning: [use.after.move]\n"
            + "12: warning: [move.out.of.borrow]\n"
            + "13: warning: [move.out.of.borrow]\n"
            + "14: error: [move.out.of.borrow]",
        diagnostics(c));
  }

  @Test
  void membersNameNestedClassesInitializersAndConstructorsNotLambdasOrAnonymousClasses()
      throws IOException {
    String source =
        String.join(
            "\n",
            "package demo;",
            "import dev.ownership.annotations.*;",
            "import java.nio.ByteBuffer;",
            "import java.util.List;",
            "class Upload {",
            "  static void send(@Owned ByteBuffer data) {}",
            "  static final class Part {",
            "    Part(@Borrowed ByteBuffer b, List<String> names) {",
            "      send(b);",
            "    }",
            "  }",
            "  Runnable field = () -> {",
            "    ByteBuffer inLambda = ByteBuffer.allocate(1);",
            "    send(inLambda);",
            "    inLambda.flip();",
            "  };",
            "  {",
            "    ByteBuffer inBlock = ByteBuffer.allocate(1);",
            "    send(inBlock);",
            "    inBlock.flip();",
            "  }",
            "  void anonymous() {",
            "    new Object() {",
            "      void inner(@Borrowed ByteBuffer b) {",
            "        send(b);",
            "      }",
            "    };",
            "  }",
            "}");
    Compilation c = write(source);
    assertEquals(Compilation.Status.SUCCESS, c.status(), () -> diagnostics(c));
    assertEquals(
        List.of(
            "demo/Upload.java Upload#anonymous() move.out.of.borrow `b`",
            "demo/Upload.java Upload#field use.after.move `inLambda`",
            "demo/Upload.java Upload#{} use.after.move `inBlock`",
            "demo/Upload.java Upload$Part#Part(ByteBuffer,List) move.out.of.borrow `b`"),
        entries());
  }

  @Test
  void misconfigurationIsAnError() throws IOException {
    Compilation noFile = Checking.compile("demo.Upload", TWO, "-Aownership.baseline.write");
    assertTrue(
        noFile.errors().stream()
            .anyMatch(d -> d.getMessage(Locale.ROOT).contains("-Aownership.baseline.write needs")),
        () -> diagnostics(noFile));

    Compilation missing = read(TWO);
    assertTrue(
        missing.errors().stream()
            .anyMatch(
                d -> d.getMessage(Locale.ROOT).contains("cannot read the ownership baseline")),
        () -> diagnostics(missing));

    Files.createDirectories(baseline().getParent());
    Files.writeString(baseline(), "# header\ndemo/Upload.java Upload#run(boolean) buf\n");
    Compilation malformed = read(TWO);
    assertTrue(
        malformed.errors().stream()
            .anyMatch(d -> d.getMessage(Locale.ROOT).contains(":2: not a baseline entry")),
        () -> diagnostics(malformed));
  }
}
