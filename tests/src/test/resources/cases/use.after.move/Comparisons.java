import dev.ownership.annotations.Owned;

class Comparisons {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  void nullCheckAfterMove(@Owned Buf x) {
    take(x);
    // :: error: [use.after.move]
    if (x == null) {
      return;
    }
  }

  void nullCheckBeforeMove(@Owned Buf x) {
    if (x != null) {
      take(x);
    }
  }

  void identityComparisonAfterMove(@Owned Buf x, Buf y) {
    take(x);
    // :: error: [use.after.move]
    boolean same = x == y;
  }

  void comparedWithAMovedValue(Buf y, @Owned Buf x) {
    take(x);
    // :: error: [use.after.move]
    boolean same = y != x;
  }

  void instanceofAfterMove(@Owned Object x) {
    take((Buf) x);
    // :: error: [use.after.move]
    boolean isBuf = x instanceof Buf;
  }

  void equalsAfterMove(@Owned Buf x, Buf y) {
    take(x);
    // :: error: [use.after.move]
    boolean eq = y.equals(x);
  }

  void comparedAfterReassignment(@Owned Buf x) {
    take(x);
    x = null;
    if (x == null) {
      x = new Buf();
    }
    x.write(1);
  }

  void compareBeforeEachMove(@Owned Buf x, @Owned Buf y) {
    boolean same = x == y;
    take(x);
    take(y);
  }

  void stringConcatenationIsARead(@Owned Buf x) {
    take(x);
    // :: error: [use.after.move]
    String s = "buffer " + x;
  }
}
