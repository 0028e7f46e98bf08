import dev.ownership.annotations.Owned;

/** else-if chains, nested ifs, and a move inside the condition of an if. */
class IfElseChains {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static boolean offer(@Owned Buf b) {
    return true;
  }

  void elseIfChainMovesInOneArm(int k) {
    Buf b = new Buf();
    if (k == 0) {
      b.write(0);
    } else if (k == 1) {
      take(b);
    } else {
      b.write(2);
    }
    // :: error: [use.after.move]
    b.write(3);
  }

  void elseIfChainEveryMovingArmReassigns(int k) {
    Buf b = new Buf();
    if (k == 0) {
      take(b);
      b = new Buf();
    } else if (k == 1) {
      take(b);
      b = new Buf();
    }
    b.write(3);
  }

  void elseIfChainEveryArmMoves(int k) {
    Buf b = new Buf();
    if (k == 0) {
      take(b);
    } else if (k == 1) {
      take(b);
    } else {
      take(b);
    }
    // :: error: [use.after.move]
    b.write(3);
  }

  void nestedIfMovesInInnerThen(boolean c, boolean d) {
    Buf b = new Buf();
    if (c) {
      if (d) take(b);
      // :: error: [use.after.move]
      b.write(1);
    }
  }

  void nestedIfInnerMoveReturns(boolean c, boolean d) {
    Buf b = new Buf();
    if (c) {
      if (d) {
        take(b);
        return;
      }
      b.write(1);
    } else {
      b.write(2);
    }
    b.write(3);
  }

  void moveInConditionReadInThen() {
    Buf b = new Buf();
    if (offer(b)) {
      // :: error: [use.after.move]
      b.write(1);
    }
  }

  void moveInConditionReadAfter() {
    Buf b = new Buf();
    if (offer(b)) {
      return;
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void assertMayOrMayNotRun(boolean c) {
    Buf b = new Buf();
    assert c || offer(b);
    // :: error: [use.after.move]
    b.write(1);
  }

  void assertThatOnlyReads(boolean c) {
    Buf b = new Buf();
    assert c || b != null;
    b.write(1);
    take(b);
  }

  void moveInConditionThenReassignedOnBothBranches() {
    Buf b = new Buf();
    if (!offer(b)) {
      b = new Buf();
    } else {
      b = new Buf();
    }
    b.write(1);
  }
}
