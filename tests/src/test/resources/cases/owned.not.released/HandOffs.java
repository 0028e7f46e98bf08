import dev.ownership.annotations.*;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

// Handing an owned value to unannotated code: the callee's source decides where the compilation
// has it (it closes, stores or returns the value: a hand-off; it only reads it: a borrow for the
// call), the JDK model decides for the JDK, and a parameter of type Object only formats it.
class HandOffs {
  static final class Conn implements AutoCloseable {
    void log(String s) {}

    @Override
    public void close() {}
  }

  static @Owned Conn open() {
    return new Conn();
  }

  static final class Registry {
    private final List<Conn> open = new ArrayList<>();

    void register(Conn c) {
      open.add(c);
    }
  }

  private Conn kept;
  private final Registry registry = new Registry();
  private final List<Conn> pool = new ArrayList<>();

  private static void closeQuietly(Conn c) {
    if (c != null) {
      c.close();
    }
  }

  private static void describe(Conn c) {
    System.out.println(c.toString());
  }

  private static void describeTwice(Conn c) {
    describe(c);
    describe(c);
  }

  private static Conn identity(Conn c) {
    return c;
  }

  private void keep(Conn c) {
    this.kept = c;
  }

  private static void closeLater(Conn c, List<Runnable> later) {
    later.add(() -> c.close());
  }

  static void format(String pattern, Object... args) {}

  // -- handed on: silent

  void closedByAHelper() {
    Conn c = open();
    c.log("a");
    closeQuietly(c);
  }

  void storedByAHelper() {
    Conn c = open();
    keep(c);
  }

  void storedByAnotherClass() {
    Conn c = open();
    registry.register(c);
  }

  void returnedByAHelper() {
    Conn c = open();
    this.kept = identity(c);
  }

  void capturedByAHelper(List<Runnable> later) {
    Conn c = open();
    closeLater(c, later);
  }

  void putInACollection() {
    Conn c = open();
    pool.add(c);
  }

  void storedInAnArray(Conn[] slots) {
    Conn c = open();
    slots[0] = c;
  }

  Conn[] putInAnArrayInitializer() {
    Conn c = open();
    return new Conn[] {c};
  }

  Supplier<Conn> capturedByALambdaThatIsReturned() {
    Conn c = open();
    return () -> c;
  }

  // -- only read: still owed

  void onlyDescribedByAHelper() {
    // :: error: [owned.not.released]
    Conn c = open();
    describeTwice(c);
  }

  void loggedByAFormattingCall() {
    // :: error: [owned.not.released]
    Conn c = open();
    format("using {}", c);
  }

  void printedByTheJdk() {
    // :: error: [owned.not.released]
    Conn c = open();
    System.out.println(c);
  }

  void describedThenClosed() {
    Conn c = open();
    describe(c);
    format("using {}", c);
    c.close();
  }

  // -- handing on is per path

  void handedOnOnOneBranchOnly(boolean b) {
    // :: error: [owned.not.released]
    Conn c = open();
    if (b) {
      pool.add(c);
    }
  }

  // -- a close handler: the stream keeps it, and closing the stream closes the resource

  java.util.stream.Stream<String> linesClosingTheResource() {
    Conn c = open();
    return java.util.stream.Stream.of("a").onClose(c::close);
  }

  java.util.stream.Stream<String> linesClosingTheResourceInALambda() {
    Conn c = open();
    return java.util.stream.Stream.of("a").onClose(() -> c.close());
  }

  java.util.stream.Stream<String> linesThatForgetTheResource() {
    // :: error: [owned.not.released]
    Conn c = open();
    return java.util.stream.Stream.of("a").onClose(() -> System.out.println("done"));
  }
}
