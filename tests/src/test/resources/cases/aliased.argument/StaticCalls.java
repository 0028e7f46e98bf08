import dev.ownership.annotations.*;

// One call may not pass overlapping paths to a @Mut parameter and to another @Borrowed or @Mut
// parameter (Rust E0499/E0502: `copy(&mut a, &a)`). Reported at the second of the two.
class StaticCalls {
  static final class Buf {
    int x;
    @Owned Buf f;
    @Owned Buf g;

    int read(@Borrowed Buf this) {
      return x;
    }

    void write(@Mut Buf this, int v) {
      x = v;
    }
  }

  static void copy(@Mut Buf dst, @Borrowed Buf src) {
    dst.write(src.read());
  }

  static void copyBack(@Borrowed Buf src, @Mut Buf dst) {
    dst.write(src.read());
  }

  static void swap(@Mut Buf p, @Mut Buf q) {}

  static int compare(@Borrowed Buf p, @Borrowed Buf q) {
    return p.read() - q.read();
  }

  static void fillFrom(@Mut Buf dst, Buf legacy) {}

  static void mix(@Mut Buf dst, @Borrowed Buf s1, @Borrowed Buf s2) {}

  void sameOwnerTwice(@Owned Buf a, @Owned Buf b) {
    // :: error: [aliased.argument]
    copy(a, a);
    copy(a, b);
    copy(b, a);
  }

  void borrowedFirstThenMut(@Owned Buf a, @Owned Buf b) {
    // :: error: [aliased.argument]
    copyBack(a, a);
    copyBack(a, b);
  }

  void twoMutPositions(@Owned Buf a, @Owned Buf b) {
    // :: error: [aliased.argument]
    swap(a, a);
    swap(a, b);
  }

  void twoBorrowedPositionsMayShare(@Owned Buf a) {
    int c = compare(a, a) + compare(a.f, a);
  }

  void fieldAndItsHolder(@Owned Buf h) {
    // :: error: [aliased.argument]
    copy(h.f, h);
    // :: error: [aliased.argument]
    copy(h, h.f);
    copy(h.f, h.g);
    copy(h.g, h.f);
  }

  void sameFieldTwice(@Owned Buf h) {
    // :: error: [aliased.argument]
    swap(h.f, h.f);
    compare(h.f, h.f);
  }

  void legacyPositionIsNotABorrow(@Owned Buf a) {
    fillFrom(a, a);
  }

  void threeArguments(@Owned Buf a, @Owned Buf b, @Owned Buf c) {
    // :: error: [aliased.argument]
    mix(a, b, a);
    mix(b, a, a);
    mix(a, b, c);
  }

  void throughParameters(@Mut Buf m, @Borrowed Buf r) {
    // :: error: [aliased.argument]
    copy(m, m);
    copy(m, r);
    compare(r, r);
  }
}
