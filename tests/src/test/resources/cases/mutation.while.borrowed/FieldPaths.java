import dev.ownership.annotations.*;

// Loans and modifications conflict when their paths overlap (one is a prefix of the other):
// `h.a` and `h` overlap, `h.a` and `h.b` do not.
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
      return a.read() + b.read();
    }

    void reset(@Mut Holder this) {
      a.write(0);
      b.write(0);
    }

    void fieldsOfThis(@Mut Holder this) {
      @Borrowed Buf r = this.a;
      b.write(1);
      // :: error: [mutation.while.borrowed]
      a.write(1);
      r.read();
    }
  }

  static void fill(@Mut Buf dst) {}

  void borrowOneFieldModifyAnother(@Owned Holder h) {
    @Borrowed Buf r = h.a;
    h.b.write(1);
    h.b.x = 2;
    fill(h.b);
    h.b = new Buf();
    r.read();
  }

  void borrowAFieldModifyTheWholeHolder(@Owned Holder h) {
    @Borrowed Buf r = h.a;
    // :: error: [mutation.while.borrowed]
    h.reset();
    r.read();
  }

  void borrowAFieldModifyTheWholeHolderAfterTheLastUse(@Owned Holder h) {
    @Borrowed Buf r = h.a;
    r.read();
    h.reset();
  }

  void borrowAFieldModifyTheSameField(@Owned Holder h) {
    @Borrowed Buf r = h.a;
    // :: error: [mutation.while.borrowed]
    h.a.write(1);
    r.read();
  }

  void borrowAFieldReplaceTheSameField(@Owned Holder h) {
    @Borrowed Buf r = h.a;
    // :: error: [mutation.while.borrowed]
    h.a = new Buf();
    r.read();
  }

  void borrowTheHolderModifyAField(@Owned Holder h) {
    @Borrowed Holder r = h;
    // :: error: [mutation.while.borrowed]
    h.a.write(1);
    r.read();
  }

  void mutablyBorrowOneFieldModifyAnother(@Owned Holder h) {
    @Mut Buf m = h.a;
    h.b.write(1);
    m.write(2);
  }

  void mutablyBorrowAFieldPassItToMut(@Owned Holder h) {
    @Mut Buf m = h.a;
    // :: error: [mutation.while.borrowed]
    fill(h.a);
    m.write(2);
  }
}
