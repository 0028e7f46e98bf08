import dev.ownership.annotations.Owned;

/** return and throw end a path: code after them does not see the move. */
class ReturnAndThrow {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static int size(Buf b) {
    return 0;
  }

  static boolean more() {
    return Math.random() > 0.5;
  }

  void moveThenReturn(boolean c) {
    Buf b = new Buf();
    if (c) {
      take(b);
      return;
    }
    b.write(1);
    take(b);
  }

  void moveThenThrow(boolean c) {
    Buf b = new Buf();
    if (c) {
      take(b);
      throw new IllegalArgumentException();
    }
    b.write(1);
  }

  void returnOnOnlySomePaths(boolean c, boolean d) {
    Buf b = new Buf();
    if (c) {
      take(b);
      if (d) {
        return;
      }
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void theOtherBranchThrows(boolean c) {
    Buf b = new Buf();
    if (c) {
      take(b);
    } else {
      throw new IllegalStateException();
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  @Owned Buf returnAMovedValue() {
    Buf b = new Buf();
    take(b);
    // :: error: [use.after.move]
    return b;
  }

  @Owned Buf returnMovesTheValueOnItsPath(boolean c) {
    Buf b = new Buf();
    if (c) {
      return b;
    }
    b.write(1);
    return b;
  }

  Buf returnAMovedValueFromALegacyMethod() {
    Buf b = new Buf();
    take(b);
    // :: error: [use.after.move]
    return b;
  }

  int returnExpressionReadsAMovedValue() {
    Buf b = new Buf();
    take(b);
    // :: error: [use.after.move]
    return size(b);
  }

  void returnFromInsideALoop() {
    Buf b = new Buf();
    while (more()) {
      if (more()) {
        take(b);
        return;
      }
      b.write(1);
    }
    b.write(2);
  }

  void throwFromInsideALoop() {
    Buf b = new Buf();
    for (int i = 0; i < 10; i++) {
      b.write(i);
      if (more()) {
        take(b);
        throw new IllegalStateException();
      }
    }
    take(b);
  }
}
