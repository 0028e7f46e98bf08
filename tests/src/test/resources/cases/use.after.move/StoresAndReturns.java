import dev.ownership.annotations.Owned;

class StoresAndReturns {
  static final class Buf {
    void write(int b) {}
  }

  static final class Holder {
    @Owned Buf buf;
    Buf legacy;

    void store(@Owned Buf b) {
      this.buf = b;
      // :: error: [use.after.move]
      b.write(1);
    }

    void storeUnqualified(@Owned Buf b) {
      buf = b;
      // :: error: [use.after.move]
      b.write(1);
    }

    void storeIntoLegacyFieldDoesNotMove(@Owned Buf b) {
      this.legacy = b;
      b.write(1);
      this.buf = b;
    }

    void storeAfterUse(@Owned Buf b) {
      b.write(1);
      this.buf = b;
      this.buf.write(2);
    }
  }

  static void take(@Owned Buf b) {}

  static void mayFail() {}

  void storeIntoAnotherObjectsField(Holder h, @Owned Buf b) {
    h.buf = b;
    // :: error: [use.after.move]
    take(b);
  }

  void storeIntoAnotherObjectsLegacyField(Holder h, @Owned Buf b) {
    h.legacy = b;
    take(b);
  }

  @Owned Buf returnMoves(@Owned Buf b) {
    try {
      return b;
    } finally {
      // :: error: [use.after.move]
      b.write(1);
    }
  }

  @Owned Buf finallyThatLeavesItAlone(@Owned Buf b) {
    try {
      return b;
    } finally {
      mayFail();
    }
  }

  Buf legacyReturnDoesNotMove(@Owned Buf b) {
    try {
      return b;
    } finally {
      b.write(1);
    }
  }

  @Owned Buf finallyBeforeTheReturn(@Owned Buf b) {
    try {
      b.write(0);
    } finally {
      b.write(1);
    }
    return b;
  }

  void aCallThatThrowsHasStillMovedItsArgument(@Owned Buf b) {
    try {
      take(b);
    } catch (RuntimeException e) {
      // :: error: [use.after.move]
      b.write(1);
    }
  }

  void catchBeforeTheMove(@Owned Buf b) {
    try {
      mayFail();
    } catch (RuntimeException e) {
      b.write(1);
    }
    take(b);
  }

  void movedInsideTryReadAfter(@Owned Buf b) {
    try {
      mayFail();
      take(b);
    } catch (RuntimeException e) {
      return;
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void movedInFinally(@Owned Buf b) {
    try {
      b.write(0);
    } finally {
      take(b);
    }
    // :: error: [use.after.move]
    b.write(1);
  }
}
