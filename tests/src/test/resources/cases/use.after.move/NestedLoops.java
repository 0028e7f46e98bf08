import dev.ownership.annotations.Owned;

// Moves in nested loops and in loops that give the path a new value on some iterations only
// (after rustc's tests/ui/moves and liveness loop tests), and one error per move in a loop,
// at the first read after it (clang-tidy's use-after-move).
class NestedLoops {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static boolean more() {
    return true;
  }

  void movedInTheOuterLoop(@Owned Buf b) {
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        // :: error: [use.after.move]
        b.write(j);
      }
      take(b);
    }
  }

  void movedInTheInnerLoop(@Owned Buf b) {
    while (more()) {
      while (more()) {
        // :: error: [use.after.move]
        take(b);
      }
    }
  }

  void innerLoopLeftAfterTheMove(@Owned Buf b) {
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        // :: error: [use.after.move]
        take(b);
        break;
      }
    }
  }

  void continueTheOuterLoop(@Owned Buf b) {
    outer:
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        // :: error: [use.after.move]
        take(b);
        continue outer;
      }
    }
  }

  void givenANewValueOnSomeIterations(@Owned Buf b) {
    for (int i = 0; i < 3; i++) {
      if (i % 2 == 0) {
        b = new Buf();
      }
      // :: error: [use.after.move]
      take(b);
    }
  }

  void oneErrorPerMove(@Owned Buf b) {
    for (int i = 0; i < 3; i++) {
      take(b);
      // :: error: [use.after.move]
      b.write(1);
      b.write(2);
      b.write(3);
    }
  }

  // Silent: a new value before every next use, or leaving after the move.

  void givenANewValueEveryIteration(@Owned Buf b) {
    for (int i = 0; i < 3; i++) {
      take(b);
      b = new Buf();
    }
  }

  void newValueInTheInnerLoop(@Owned Buf b) {
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        take(b);
        b = new Buf();
      }
    }
  }

  void returnAfterTheMove(@Owned Buf b) {
    for (int i = 0; i < 3; i++) {
      if (more()) {
        take(b);
        return;
      }
    }
  }

  void breakTheOuterLoopAfterTheMove(@Owned Buf b) {
    outer:
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        take(b);
        break outer;
      }
    }
  }
}
