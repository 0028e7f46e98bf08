import dev.ownership.annotations.Owned;

/** while loops: the back edge carries a move into the next iteration. */
class WhileLoop {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static boolean offer(@Owned Buf b) {
    return true;
  }

  static boolean more() {
    return Math.random() > 0.5;
  }

  void movedInTheBody() {
    Buf b = new Buf();
    while (more()) {
      // :: error: [use.after.move]
      take(b);
    }
  }

  void movedThenBreak() {
    Buf b = new Buf();
    while (more()) {
      b.write(0);
      take(b);
      break;
    }
  }

  void movedThenReassigned() {
    Buf b = new Buf();
    while (more()) {
      take(b);
      b = new Buf();
    }
    b.write(1);
    take(b);
  }

  void readAtTheTopMovedAtTheBottom() {
    Buf b = new Buf();
    while (more()) {
      // :: error: [use.after.move]
      b.write(1);
      take(b);
    }
  }

  void readRightAfterTheMoveAndAgainInTheNextIteration() {
    Buf b = new Buf();
    while (more()) {
      // The read below is the first after the move; this one, in the next iteration, comes later
      // on that path and is the same mistake.
      b.write(1);
      take(b);
      // :: error: [use.after.move]
      b.write(2);
    }
  }

  void movedInTheConditionReassignedInTheBody() {
    Buf b = new Buf();
    while (offer(b)) {
      b = new Buf();
    }
    // The condition's last evaluation moved b and the loop exited.
    // :: error: [use.after.move]
    b.write(1);
  }

  void whileTrueExitsOnlyThroughTheMovingBreak() {
    Buf b = new Buf();
    while (true) {
      if (more()) {
        take(b);
        break;
      }
      b.write(1);
    }
    // :: error: [use.after.move]
    b.write(2);
  }

  void whileTrueMovesThenReturns() {
    Buf b = new Buf();
    while (true) {
      b.write(1);
      if (more()) {
        take(b);
        return;
      }
    }
  }

  void continueAfterTheMoveSkipsTheReassignment() {
    Buf b = new Buf();
    while (more()) {
      // :: error: [use.after.move]
      b.write(0);
      if (more()) {
        take(b);
        continue;
      }
      b = new Buf();
    }
  }

  void continueAfterTheMoveAndReassignment() {
    Buf b = new Buf();
    while (more()) {
      b.write(0);
      if (more()) {
        take(b);
        b = new Buf();
        continue;
      }
      b.write(1);
    }
    take(b);
  }
}
