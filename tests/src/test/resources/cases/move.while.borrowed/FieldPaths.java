import dev.ownership.annotations.*;

// A move conflicts with loans on overlapping paths only: moving `h.a` while `h.b` is borrowed
// is fine (a Rust partial move out of disjoint fields); moving `h` while `h.a` is borrowed is
// not, nor moving `h.a` while `h` is borrowed.
class FieldPaths {
  static final class Buf {
    int x;

    int read(@Borrowed Buf this) {
      return x;
    }

    void write(@Mut Buf this, int v) {
      x = v;
    }
  }

  static final class Holder {
    @Owned Buf a = new Buf();
    @Owned Buf b = new Buf();

    int read(@Borrowed Holder this) {
      return b.read();
    }
  }

  static void take(@Owned Buf b) {}

  static void takeHolder(@Owned Holder h) {}

  void moveOneFieldWhileAnotherIsBorrowed(@Owned Holder h) {
    @Borrowed Buf r = h.b;
    take(h.a);
    r.read();
  }

  void moveOneFieldWhileAnotherIsMutablyBorrowed(@Owned Holder h) {
    @Mut Buf m = h.b;
    take(h.a);
    m.write(1);
  }

  void moveTheHolderWhileAFieldIsBorrowedAndUsedLater(@Owned Holder h) {
    @Borrowed Buf r = h.a;
    // :: error: [move.while.borrowed]
    takeHolder(h);
    r.read();
  }

  void moveTheHolderAfterTheLastUseOfTheFieldLoan(@Owned Holder h) {
    @Borrowed Buf r = h.a;
    r.read();
    takeHolder(h);
  }

  void moveAFieldWhileTheHolderIsBorrowed(@Owned Holder h) {
    @Borrowed Holder r = h;
    // :: error: [move.while.borrowed]
    take(h.a);
    r.read();
  }

  void moveTheSameFieldWhileItIsBorrowed(@Owned Holder h) {
    @Borrowed Buf r = h.a;
    // :: error: [move.while.borrowed]
    take(h.a);
    r.read();
  }

  void moveAFieldIntoAnotherFieldWhileItIsBorrowed(@Owned Holder h, @Owned Holder g) {
    @Borrowed Buf r = h.a;
    g.b = h.b;
    // :: error: [move.while.borrowed]
    g.a = h.a;
    r.read();
  }
}
