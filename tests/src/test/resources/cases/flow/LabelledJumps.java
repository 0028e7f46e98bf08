import dev.ownership.annotations.Owned;

/** Labelled break and continue out of nested loops, and a labelled block. */
class LabelledJumps {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  void breakOuterAfterTheMove(int n) {
    Buf b = new Buf();
    outer:
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (j == i) {
          take(b);
          break outer;
        }
        b.write(j);
      }
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void breakOuterAfterTheMoveThenNoRead(int n) {
    Buf b = new Buf();
    outer:
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (j == i) {
          take(b);
          break outer;
        }
        b.write(j);
      }
      b.write(i);
    }
  }

  void continueOuterComesBackToTheMove(int n) {
    Buf b = new Buf();
    outer:
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (j == 1) {
          // :: error: [use.after.move]
          take(b);
          continue outer;
        }
      }
    }
  }

  void continueOuterWithAFreshValue(int n) {
    Buf b = new Buf();
    outer:
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (j == 1) {
          take(b);
          b = new Buf();
          continue outer;
        }
        b.write(j);
      }
    }
    b.write(-1);
  }

  void continueOuterSkipsTheReadAfterTheInnerLoop(int n) {
    outer:
    for (int i = 0; i < n; i++) {
      Buf b = new Buf();
      for (int j = 0; j < n; j++) {
        if (j == 1) {
          take(b);
          continue outer;
        }
      }
      b.write(i);
    }
  }

  void unlabelledBreakLeavesOnlyTheInnerLoop(int n) {
    Buf b = new Buf();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        // :: error: [use.after.move]
        take(b);
        break;
      }
    }
  }

  static boolean more() {
    return Math.random() > 0.5;
  }

  void continueOuterWhileFromAnInnerDoWhile() {
    Buf b = new Buf();
    loop:
    while (more()) {
      // :: error: [use.after.move]
      b.write(0);
      do {
        if (more()) {
          take(b);
          continue loop;
        }
      } while (more());
      b.write(1);
    }
  }

  void labelledBlockBreak(boolean c) {
    Buf b = new Buf();
    block:
    {
      if (c) {
        take(b);
        break block;
      }
      b.write(1);
    }
    // :: error: [use.after.move]
    b.write(2);
  }
}
