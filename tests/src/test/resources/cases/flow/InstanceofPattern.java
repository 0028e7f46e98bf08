import dev.ownership.annotations.Owned;

/** instanceof patterns: a binding variable is a local like any other, with flow scoping. */
class InstanceofPattern {
  static final class Buf {
    void write(int b) {}

    int size() {
      return 0;
    }
  }

  static void take(@Owned Buf b) {}

  static boolean offer(@Owned Buf b) {
    return true;
  }

  static Object next() {
    return new Buf();
  }

  void bindingMovedThenRead(Object o) {
    if (o instanceof Buf bb) {
      take(bb);
      // :: error: [use.after.move]
      bb.write(1);
    }
  }

  void bindingReadThenMoved(Object o) {
    if (o instanceof Buf bb) {
      bb.write(1);
      take(bb);
    }
  }

  void bindingInScopeAfterANegatedTest(Object o) {
    if (!(o instanceof Buf bb)) {
      return;
    }
    take(bb);
    // :: error: [use.after.move]
    bb.write(1);
  }

  void bindingMovedInTheSameCondition(Object o) {
    if (o instanceof Buf bb && offer(bb)) {
      // :: error: [use.after.move]
      bb.write(1);
    }
  }

  void bindingReadInTheConditionThenMoved(Object o) {
    if (o instanceof Buf bb && bb.size() == 0) {
      take(bb);
    }
  }

  void bindingMaybeMoved(Object o, boolean c) {
    if (o instanceof Buf bb) {
      if (c) {
        take(bb);
      }
      // :: error: [use.after.move]
      bb.write(1);
    }
  }

  void bindingReassignedAfterTheMove(Object o) {
    if (o instanceof Buf bb) {
      take(bb);
      bb = new Buf();
      bb.write(1);
    }
  }

  void bindingFromAWhileCondition(Object o) {
    while (!(o instanceof Buf bb)) {
      o = next();
    }
    take(bb);
    // :: error: [use.after.move]
    take(bb);
  }

  void bindingInAConditionalExpression(Object o) {
    int n = o instanceof Buf bb ? (offer(bb) ? 1 : 2) : 0;
  }
}
