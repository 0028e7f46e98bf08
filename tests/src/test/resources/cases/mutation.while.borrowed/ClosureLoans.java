import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.util.function.IntSupplier;

// A stored lambda holds its loans while it is live (SPEC §5). Translated from the shapes of
// rustc's borrowck-closures-two-mut, borrowck-closures-mut-and-imm and closure-access-spans
// tests: a closure that changes a captured owner borrows it mutably until its last use.
class ClosureLoans {
  static final class Cell {
    int v;

    void set(@Mut Cell this, int x) {
      v = x;
    }

    int get(@Borrowed Cell this) {
      return v;
    }
  }

  static final class Pair {
    @Owned Cell f = new Cell();
    @Owned Cell g = new Cell();
  }

  void twoClosuresChangeOneOwner() {
    @Owned Cell x = new Cell();
    Runnable c1 = () -> x.set(4);
    // :: error: [mutation.while.borrowed]
    Runnable c2 = () -> x.set(5);
    c1.run();
    c2.run();
  }

  void changeWhileAClosureThatChangesIsLive() {
    @Owned Cell x = new Cell();
    Runnable c1 = () -> x.set(4);
    // :: error: [mutation.while.borrowed]
    x.set(5);
    c1.run();
  }

  void closuresOverOneFieldTwice() {
    @Owned Pair p = new Pair();
    Runnable c1 = () -> p.f.set(4);
    // :: error: [mutation.while.borrowed]
    Runnable c2 = () -> p.f.set(5);
    c1.run();
    c2.run();
  }

  void readerClosureThenChange() {
    @Owned Cell x = new Cell();
    IntSupplier c1 = () -> x.get();
    // :: error: [mutation.while.borrowed]
    x.set(1);
    c1.getAsInt();
  }

  // Silent: disjoint fields, closures no longer used, readers together.

  void closuresOverTwoFields() {
    @Owned Pair p = new Pair();
    Runnable c1 = () -> p.f.set(4);
    Runnable c2 = () -> p.g.set(5);
    c1.run();
    c2.run();
  }

  void secondClosureAfterTheFirstIsDone() {
    @Owned Cell x = new Cell();
    Runnable c1 = () -> x.set(4);
    c1.run();
    Runnable c2 = () -> x.set(5);
    c2.run();
    x.set(6);
  }

  int readersTogether() {
    @Owned Cell x = new Cell();
    IntSupplier c1 = () -> x.get();
    IntSupplier c2 = () -> x.get();
    return x.get() + c1.getAsInt() + c2.getAsInt();
  }

  void changeAnotherFieldWhileAClosureChangesOne() {
    @Owned Pair p = new Pair();
    Runnable c1 = () -> p.f.set(4);
    p.g.set(5);
    c1.run();
  }
}
