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
                + " send(ByteBuffer), which is @Owned\n"
                + "  help: if this line only reads `other`, move it above line 12, before the"
                + " value is given away",
            "20: [use.after.move] use of possibly moved value `again`\n"
                + "  `again` was moved at line 20, column 12, into parameter `data` of"
                + " send(ByteBuffer), which is @Owned, in a previous iteration of the loop"),
        errors(c));
  }

  @Test
  void aMoveCarriedByTheOuterLoopSaysSo() {
    String source =
        String.join(
            "\n",
            "import dev.ownership.annotations.Owned;",
            "import java.nio.ByteBuffer;",
            "class Nested {",
            "  static void send(@Owned ByteBuffer data) {}",
            "  void run(@Owned ByteBuffer b) {",
            "    for (int i = 0; i < 2; i++) {",
            "      for (int j = 0; j < 2; j++) {",
            "        send(b);",
            "        break;",
            "      }",
            "    }",
            "  }",
            "}");
    assertEquals(
        List.of(
            "8: [use.after.move] use of possibly moved value `b`\n"
                + "  `b` was moved at line 8, column 14, into parameter `data` of"
                + " send(ByteBuffer), which is @Owned, in a previous iteration of the outer loop"),
        errors(Checking.compile("Nested", source)));
  }

  @Test
  void sourceLinesOnDemandGoUnderTheFirstLineWithACaretAtTheColumn() {
    Compilation on = Checking.compile("Upload", UPLOAD, "-Aownership.sourceLines=true");
    String other = errors(on).get(1);
    assertEquals(
        "13: [use.after.move] use of moved value `other`\n"
            + "      other.flip();\n"
            + "      ^\n"
            + "  `other` was moved at line 12, column 10, into parameter `data` of"
            + " send(ByteBuffer), which is @Owned\n"
            + "  help: if this line only reads `other`, move it above line 12, before the"
            + " value is given away",
        other);
    // Off by default outside Maven's compiler, and when asked: javac prints them itself.
    Compilation off = Checking.compile("Upload", UPLOAD, "-Aownership.sourceLines=false");
    assertEquals(errors(Checking.compile("Upload", UPLOAD)), errors(off));
    assertEquals(false, errors(off).get(1).contains("other.flip();"));
  }

  private static final String JOURNAL =
      String.join(
          "\n",
          "import java.io.*;",
          "import java.nio.file.*;",
          "import java.util.Properties;",
          "import java.util.concurrent.locks.ReentrantLock;",
          "class Journal {",
          "  private final ReentrantLock lock = new ReentrantLock();",
          "  void append(Path p, String line) throws IOException {",
          "    BufferedWriter out = Files.newBufferedWriter(p);",
          "    out.write(line);",
          "    out.close();",
          "  }",
          "  void load(Properties props, File f) throws IOException {",
          "    props.load(new FileInputStream(f));",
          "  }",
          "  void count(String n) {",
          "    lock.lock();",
          "    Integer.parseInt(n);",
          "    lock.unlock();",
          "  }",
          "}");

  @Test
  void jdkResourcesAndLocksNameTheSourceThePathAndTheFix() {
    Compilation c = Checking.compile("Journal", JOURNAL);
    assertEquals(
        List.of(
            "8: [owned.not.released] `out` holds the resource that"
                + " `newBufferedWriter(Path, OpenOption[])` opened at line 8, and it is not closed"
                + " when `write(String)` at line 9 throws IOException\n"
                + "  help: open it in a try-with-resources (`try (BufferedWriter out = ...) { ..."
                + " }`), which closes it on every path, or close it in a `finally` block",
            "13: [owned.not.released] `new FileInputStream(File)` opens a resource here that"
                + " nothing closes: load(InputStream) only reads it\n"
                + "  help: store it in a try-with-resources (`try (var in = ...) { ... }`) and use"
                + " it there",
            "16: [lock.not.released] `this.lock` is locked here and is still held when"
                + " `parseInt(String)` at line 17 throws, while every normal exit unlocks it\n"
                + "  help: unlock it in a `finally` block that starts right after the lock()"
                + " (`this.lock.lock(); try { ... } finally { this.lock.unlock(); }`), as Rust"
                + " drops a MutexGuard on unwind"),
        errors(c));
  }

  private static final String POOL =
      String.join(
          "\n",
          "import dev.ownership.annotations.*;",
          "import java.io.IOException;",
          "class Pool {",
          "  static final class Conn implements AutoCloseable {",
          "    void send(String s) throws IOException {}",
          "    public void close() {}",
          "  }",
          "  static @Owned Conn open() { return new Conn(); }",
          "  void caught() throws IOException {",
          "    Conn c = open();",
          "    try {",
          "      c.send(\"a\");",
          "    } catch (IOException e) {",
          "      return;",
          "    }",
          "    c.close();",
          "  }",
          "  void overwritten() {",
          "    Conn c = open();",
          "    c = open();",
          "    c.close();",
          "  }",
          "  void closedThenUsed() throws IOException {",
          "    Conn c = open();",
          "    c.close();",
          "    c.send(\"b\");",
          "  }",
          "}");

  @Test
  void leaksAndUsesAfterCloseSayWhereAndWhatToDo() {
    Compilation c = Checking.compile("Pool", POOL);
    assertEquals(
        List.of(
            "10: [owned.not.released] `c` is owned here and not released when"
                + " `send(String)` at line 12 throws IOException, which is caught at line 13,"
                + " and the method then returns without releasing it\n"
                + "  help: close it (try-with-resources closes it on every path), or hand it on"
                + " to an @Owned parameter",
            "20: [owned.not.released] `c` is given a new value here while it still holds the"
                + " one from line 19, which was not released: the old value leaks\n"
                + "  help: close the old value first, or assign only where it is null"
                + " (`if (c == null)`)",
            "26: [use.after.move] use of closed value `c`\n"
                + "  `c` was closed at line 25, column 5, by close()"),
        errors(c));
    assertEquals(List.of("25:5: `c` closed here"), Checking.notes(c));
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
                + " copied, never owned or borrowed; remove the annotation",
            "3: [ownership.annotation.invalid] @Owned on the primitive type `byte`, the element"
                + " type of this array: a primitive is copied, never owned or borrowed; for an"
                + " owned array write `byte @Owned []`"),
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

  @Test
  void jdkModelFindingNamesTheLoanTheLoopAndTheFix() {
    String src =
        String.join(
            "\n",
            "import java.util.*;",
            "class Prune {",
            "  void prune(List<String> names) {",
            "    for (String n : names) {",
            "      if (n.isEmpty()) {",
            "        names.remove(n);",
            "      }",
            "    }",
            "  }",
            "}");
    Compilation c = Checking.compile("Prune", src);
    assertEquals(
        List.of(
            "6: [mutation.while.borrowed] cannot modify `names` while it is borrowed\n"
                + "  `names` was borrowed at line 4, column 21\n"
                + "  the borrow is used later, when the loop takes its next element\n"
                + "  Java throws ConcurrentModificationException here, or would if the change were"
                + " structural; iterate over a copy (new ArrayList<>(c)), or change it through the"
                + " iterator or view: Iterator.remove, removeIf, replaceAll, Map.Entry.setValue"),
        errors(c));
    assertEquals(List.of("4:21: `names` borrowed here"), Checking.notes(c));
  }

  @Test
  void mutableBorrowConflictPointsAtTheLoanAndItsLaterUse() {
    String src =
        String.join(
            "\n",
            "import dev.ownership.annotations.*;",
            "class Edit {",
            "  static final class Doc { int n; int read(@Borrowed Doc this) { return n; } }",
            "  void edit(@Owned Doc doc) {",
            "    @Mut Doc cursor = doc;",
            "    doc.read();",
            "    cursor.n = 1;",
            "  }",
            "}");
    Compilation c = Checking.compile("Edit", src);
    assertEquals(
        List.of(
            "6: [use.while.mutably.borrowed] cannot use `doc` while it is mutably borrowed\n"
                + "  `doc` was mutably borrowed at line 5, column 23\n"
                + "  the borrow is used later, at line 7, column 5"),
        errors(c));
    assertEquals(
        List.of("5:23: `doc` borrowed here", "7:5: borrow later used here"), Checking.notes(c));
  }
  @Test
  void aCallThatModifiesTheIteratedCollectionNamesTheCalleeAndTheLineInsideIt() {
    String src =
        String.join(
            "\n",
            "import java.util.*;",
            "class Cart {",
            "  private final List<String> items = new ArrayList<>();",
            "  void prune() {",
            "    for (String s : items) {",
            "      if (s.isEmpty()) {",
            "        drop(s);",
            "      }",
            "    }",
            "  }",
            "  private void drop(String s) {",
            "    items.remove(s);",
            "  }",
            "}");
    Compilation c = Checking.compile("Cart", src);
    assertEquals(
        List.of(
            "7: [mutation.while.borrowed] cannot modify `this.items` while it is borrowed\n"
                + "  `this.items` was borrowed at line 5, column 21\n"
                + "  the borrow is used later, when the loop takes its next element\n"
                + "  drop(String) modifies `this.items` at line 12, and Java throws"
                + " ConcurrentModificationException when the loop goes on; collect what to"
                + " change and change it after the loop, or use removeIf, or an Iterator and"
                + " its remove"),
        errors(c));
    assertEquals(
        List.of(
            "5:21: `this.items` borrowed here",
            "12:17: `this.items` is modified here, inside drop(String)"),
        Checking.notes(c));
  }
}
