package dev.ownership.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The words users read, pinned: whole messages and their notes for each kind of mistake. */
class MessageTextTest {

  private static final String UPLOAD =
      String.join(
          "\n",
          "import dev.ownership.annotations.Owned;",
          "import java.nio.ByteBuffer;",
          "class Upload {",
          "  static void send(@Owned ByteBuffer data) {}",
          "  void run(boolean c) {",
          "    ByteBuffer buf = ByteBuffer.allocate(8);",
          "    if (c) {",
          "      send(buf);",
          "    }",
          "    buf.flip();",
          "    ByteBuffer other = ByteBuffer.allocate(8);",
          "    send(other);",
          "    other.flip();",
          "    for (int i = 0; i < 2; i++) {",
          "      ByteBuffer inLoop = ByteBuffer.allocate(8);",
          "      send(inLoop);",
          "    }",
          "    ByteBuffer again = ByteBuffer.allocate(8);",
          "    while (c) {",
          "      send(again);",
          "    }",
          "  }",
          "}");

  private static List<String> errors(Compilation c) {
    return c.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(MessageTextTest::render)
        .collect(Collectors.toList());
  }

  private static String render(Diagnostic<? extends JavaFileObject> d) {
    return d.getLineNumber() + ": " + d.getMessage(Locale.ROOT);
  }

  @Test
  void useAfterMoveNamesThePathTheMoveSiteAndWhereItWent() {
    Compilation c = Checking.compile("Upload", UPLOAD);
    assertEquals(
        List.of(
            "10: [use.after.move] use of possibly moved value `buf`\n"
                + "  `buf` was moved at line 8, column 12, into parameter `data` of"
                + " send(ByteBuffer), which is @Owned, on the path through the `if` at line 7",
            "13: [use.after.move] use of moved value `other`\n"
                + "  `other` was moved at line 12, column 10, into parameter `data` of"
                + " send(ByteBuffer), which is @Owned",
            "20: [use.after.move] use of possibly moved value `again`\n"
                + "  `again` was moved at line 20, column 12, into parameter `data` of"
                + " send(ByteBuffer), which is @Owned, in a previous iteration of the loop"),
        errors(c));
  }

  @Test
  void eachErrorHasANoteAtTheMoveSite() {
    Compilation c = Checking.compile("Upload", UPLOAD);
    assertEquals(
        List.of("8:12: `buf` moved here", "12:10: `other` moved here", "20:12: `again` moved here"),
        Checking.notes(c));
  }

  @Test
  void moveOutOfBorrowSaysWhyAndWhatToDo() {
    String src =
        String.join(
            "\n",
            "import dev.ownership.annotations.*;",
            "class Relay {",
            "  static void keep(@Owned StringBuilder sb) {}",
            "  void pass(@Borrowed StringBuilder sb) {",
            "    keep(sb);",
            "  }",
            "}");
    assertEquals(
        List.of(
            "5: [move.out.of.borrow] cannot move out of `sb`: `sb` is a borrow, not an owner;"
                + " pass a copy, or declare it @Owned if the value is to be given away\n"
                + "  it would be moved into parameter `sb` of keep(StringBuilder), which is @Owned"),
        errors(Checking.compile("Relay", src)));
  }

  @Test
  void annotationMisuseNamesTheAnnotationAndTheFix() {
    String src =
        String.join(
            "\n",
            "import dev.ownership.annotations.*;",
            "class Bad {",
            "  void m(@Owned int n, @Owned byte[] data) {}",
            "}");
    assertEquals(
        List.of(
            "3: [ownership.annotation.invalid] @Owned on the primitive type `int`: a primitive is"
                + " copied, never owned or borrowed; remove the annotation (for an owned array,"
                + " write `byte @Owned []`)",
            "3: [ownership.annotation.invalid] @Owned on the primitive type `byte`: a primitive is"
                + " copied, never owned or borrowed; remove the annotation (for an owned array,"
                + " write `byte @Owned []`)"),
        errors(Checking.compile("Bad", src)));
  }

  @Test
  void overrideMisuseNamesBothSides() {
    String src =
        String.join(
            "\n",
            "import dev.ownership.annotations.*;",
            "class Base {",
            "  void use(@Borrowed StringBuilder sb) {}",
            "}",
            "class Derived extends Base {",
            "  @Override void use(@Owned StringBuilder sb) {}",
            "}");
    assertEquals(
        List.of(
            "6: [override.invalid] parameter `sb` is @Owned, but use(StringBuilder) in Base takes"
                + " it as @Borrowed: an override may ask less of its callers, never more"),
        errors(Checking.compile("Base", src)));
  }
}
