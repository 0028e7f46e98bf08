package dev.ownership.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code -AskipDefs=REGEX} and {@code -AonlyDefs=REGEX} (Checker Framework) decide which classes
 * are checked, by their qualified names; a class nested in a skipped class is not checked, and a
 * class declared in a method body is checked or not by its own name. Without either option every
 * class is checked.
 */
class DefinitionScopeTest {

  private static final String SOURCE =
      String.join(
          "\n",
          "import dev.ownership.annotations.*;",
          "import java.nio.ByteBuffer;",
          "class Scope {",
          "  static void send(@Owned ByteBuffer data) {}",
          "  static class Kept {",
          "    void twice() {",
          "      ByteBuffer buf = ByteBuffer.allocate(8);",
          "      send(buf);",
          "      buf.flip();", // line 9
          "    }",
          "  }",
          "  static class Legacy {",
          "    void twice() {",
          "      ByteBuffer buf = ByteBuffer.allocate(8);",
          "      send(buf);",
          "      buf.flip();", // line 16
          "      class Inner {",
          "        void again() {",
          "          ByteBuffer b = ByteBuffer.allocate(8);",
          "          send(b);",
          "          b.flip();", // line 21
          "        }",
          "      }",
          "    }",
          "  }",
          "}");

  /** The lines of the errors, with their keys. */
  private static List<String> errors(String... options) {
    Compilation c = Checking.compile("Scope", SOURCE, options);
    return Checking.diagnostics(c).stream()
        .map(e -> e.line() + " " + e.key())
        .collect(Collectors.toList());
  }

  @Test
  void everyClassIsCheckedWithoutTheOptions() {
    assertEquals(List.of("9 use.after.move", "16 use.after.move", "21 use.after.move"), errors());
  }

  @Test
  void skipDefsLeavesOutTheClassesItNames() {
    assertEquals(List.of("9 use.after.move"), errors("-AskipDefs=Legacy"));
  }

  @Test
  void onlyDefsChecksOnlyTheClassesItNames() {
    // A nested class is reached through its outer class, which must match too; the local class
    // `Inner` is named `Inner`, so it is left out.
    assertEquals(List.of("16 use.after.move"), errors("-AonlyDefs=^Scope($|\\.Legacy)"));
  }

  @Test
  void aClassInAMethodBodyIsSkippedByItsOwnName() {
    assertEquals(List.of("9 use.after.move", "16 use.after.move"), errors("-AskipDefs=^Inner$"));
  }
}
