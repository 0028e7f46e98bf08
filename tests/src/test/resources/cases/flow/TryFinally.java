import dev.ownership.annotations.Owned;
import java.io.IOException;

/** try/finally: the finally block runs after the try on every exit, normal or not. */
class TryFinally {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static void work() {}

  static void mayFail() throws IOException {}

  void readInFinallyAfterAMoveInTry() {
    Buf b = new Buf();
    try {
      take(b);
    } finally {
      // :: error: [use.after.move]
      b.write(1);
    }
  }

  void moveInFinallyOnly() {
    Buf b = new Buf();
    try {
      b.write(1);
    } finally {
      take(b);
    }
  }

  void moveInFinallyThenReadAfter() {
    Buf b = new Buf();
    try {
      work();
    } finally {
      take(b);
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void moveInTryAndAgainInFinally() {
    Buf b = new Buf();
    try {
      take(b);
    } finally {
      // :: error: [use.after.move]
      take(b);
    }
  }

  void maybeMovedInTryReadInFinally(boolean c) {
    Buf b = new Buf();
    try {
      if (c) {
        take(b);
      }
      work();
    } finally {
      // :: error: [use.after.move]
      b.write(1);
    }
  }

  void moveThenReturnInTryFinallyReads() {
    Buf b = new Buf();
    try {
      take(b);
      return;
    } finally {
      // :: error: [use.after.move]
      b.write(1);
    }
  }

  void finallyReassigns() {
    Buf b = new Buf();
    try {
      take(b);
    } finally {
      b = new Buf();
    }
    b.write(1);
  }

  void moveInTryReadAfterFinally() {
    Buf b = new Buf();
    try {
      take(b);
    } finally {
      work();
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void breakThroughFinallyAfterAMove(int n) {
    Buf b = new Buf();
    for (int i = 0; i < n; i++) {
      try {
        if (i == 2) {
          take(b);
          break;
        }
      } finally {
        // :: error: [use.after.move]
        b.write(i);
      }
    }
  }

  void continueThroughAFinallyThatReassigns(int n) {
    Buf b = new Buf();
    for (int i = 0; i < n; i++) {
      try {
        take(b);
        continue;
      } finally {
        b = new Buf();
      }
    }
    b.write(n);
  }

  void tryCatchFinally() {
    Buf b = new Buf();
    try {
      mayFail();
      take(b);
    } catch (IOException e) {
      b.write(0);
    } finally {
      // :: error: [use.after.move]
      b.write(1);
    }
  }

  void tryCatchFinallyEveryPathReassigns() {
    Buf b = new Buf();
    try {
      mayFail();
      take(b);
      b = new Buf();
    } catch (IOException e) {
      b.write(0);
    } finally {
      work();
    }
    // The paths on which take(b) or new Buf() threw an unchecked exception leave the method.
    take(b);
  }
}
