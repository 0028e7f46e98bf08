import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.util.function.IntSupplier;

// A closure that changes a captured owner holds a mutable loan of it while it is live: reading
// the owner meanwhile, directly or from a second closure, is rustc's E0502 on closures.
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

  void readerClosureWhileAWriterIsLive() {
    @Owned Cell x = new Cell();
    Runnable c1 = () -> x.set(4);
    // :: error: [use.while.mutably.borrowed]
    IntSupplier c2 = () -> x.get();
    c1.run();
    c2.getAsInt();
  }

  int directReadWhileAWriterIsLive() {
    @Owned Cell x = new Cell();
    Runnable c1 = () -> x.set(4);
    // :: error: [use.while.mutably.borrowed]
    int n = x.get();
    c1.run();
    return n;
  }

  // Silent: the writer's last use comes first.

  int readAfterTheWriterIsDone() {
    @Owned Cell x = new Cell();
    Runnable c1 = () -> x.set(4);
    c1.run();
    IntSupplier c2 = () -> x.get();
    return x.get() + c2.getAsInt();
  }
}
