import dev.ownership.annotations.Owned;

/** `&&` and `||`: a move in the right operand happens only when the left lets it run. */
class ShortCircuit {
  static final class Buf {
    void write(int b) {}

    int size() {
      return 0;
    }
  }

  static boolean offer(@Owned Buf b) {
    return true;
  }

  void andMovesThenTheThenBranchReads(boolean c) {
    Buf x = new Buf();
    if (c && offer(x)) {
      // :: error: [use.after.move]
      x.write(1);
    }
  }

  void andMaybeMovedOnTheElseBranch(boolean c) {
    Buf x = new Buf();
    if (c && offer(x)) {
      return;
    }
    // :: error: [use.after.move]
    x.write(1);
  }

  void orMaybeMovedOnTheThenBranch(boolean c) {
    Buf x = new Buf();
    if (c || offer(x)) {
      // :: error: [use.after.move]
      x.write(1);
    }
  }

  void orMovedOnTheElseBranch(boolean c) {
    Buf x = new Buf();
    if (c || offer(x)) {
      return;
    }
    // :: error: [use.after.move]
    x.write(1);
  }

  void readBeforeTheMoveInTheSameCondition() {
    Buf x = new Buf();
    if (x != null && x.size() == 0 && offer(x)) {
      x = new Buf();
      x.write(1);
    }
  }

  void leftOperandMovesRightOperandReads() {
    Buf x = new Buf();
    // :: error: [use.after.move]
    if (offer(x) && x.size() > 0) {
      return;
    }
  }

  void bothOperandsMove() {
    Buf x = new Buf();
    // :: error: [use.after.move]
    if (offer(x) || offer(x)) {
      return;
    }
  }

  void resultKeptInABoolean(boolean c) {
    Buf x = new Buf();
    boolean sent = c && offer(x);
    if (!sent) {
      x = new Buf();
    }
    // :: error: [use.after.move]
    x.write(1);
  }

  void everyBranchReassigns(boolean c) {
    Buf x = new Buf();
    if (c && offer(x)) {
      x = new Buf();
    } else {
      x = new Buf();
    }
    x.write(1);
  }

  void negatedOr(boolean c) {
    Buf x = new Buf();
    if (!(c || offer(x))) {
      x = new Buf();
    }
    // The else branch is reached when offer(x) returned true: x was moved there.
    // :: error: [use.after.move]
    x.write(1);
  }

  void shortCircuitWithoutAMoveThenMove(boolean c) {
    Buf x = new Buf();
    if (c || x.size() == 0) {
      x.write(1);
    }
    offer(x);
  }
}
