import dev.ownership.annotations.*;

// Reads conflict with a live mutable loan on an overlapping path: a loan of `h.a` excludes
// reads of `h.a` and of `h`, not of `h.b`. A @Mut return keeps the mutable loan on its
// receiver live as long as the result is used.
class FieldPathsAndResults {
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

    @Mut Buf edit(@Mut Holder this) {
      return this.a;
    }
  }

  void readAnotherFieldWhileOneIsMutablyBorrowed(@Owned Holder h) {
    @Mut Buf m = h.a;
    int v = h.b.read() + h.b.x;
    m.write(v);
  }

  void readTheHolderWhileAFieldIsMutablyBorrowed(@Owned Holder h) {
    @Mut Buf m = h.a;
    // :: error: [use.while.mutably.borrowed]
    h.read();
    m.write(1);
  }

  void readTheFieldWhileTheHolderIsMutablyBorrowed(@Owned Holder h) {
    @Mut Holder m = h;
    // :: error: [use.while.mutably.borrowed]
    h.a.read();
    m.read();
  }

  void readTheSameFieldWhileItIsMutablyBorrowed(@Owned Holder h) {
    @Mut Buf m = h.a;
    // :: error: [use.while.mutably.borrowed]
    int v = h.a.x;
    m.write(v);
  }

  void readTheHolderWhileAMutResultIsUsedLater(@Owned Holder h) {
    Buf e = h.edit();
    // :: error: [use.while.mutably.borrowed]
    h.b.read();
    e.write(1);
  }

  void readTheHolderAfterTheLastUseOfAMutResult(@Owned Holder h) {
    Buf e = h.edit();
    e.write(1);
    h.read();
    h.b.read();
  }

  void mutResultUsedOnlyInTheSameExpression(@Owned Holder h) {
    h.edit().write(1);
    h.read();
  }
}
