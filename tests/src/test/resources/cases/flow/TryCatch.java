import dev.ownership.annotations.Owned;
import java.io.IOException;

/** try/catch: a catch block is reached from every call in the try that may throw. */
class TryCatch {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static void mayFail() throws IOException {}

  void moveInTryReadInCatch() {
    Buf b = new Buf();
    try {
      take(b);
      mayFail();
    } catch (IOException e) {
      // :: error: [use.after.move]
      b.write(1);
    }
  }

  void moveAfterTheOnlyCallThatThrowsTheCaughtException() {
    Buf b = new Buf();
    try {
      mayFail();
      take(b);
    } catch (IOException e) {
      b.write(1);
    }
  }

  void maybeMovedAfterTheTryStatement() {
    Buf b = new Buf();
    try {
      mayFail();
      take(b);
    } catch (IOException e) {
      b.write(0);
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void catchReassignsBeforeReading() {
    Buf b = new Buf();
    try {
      take(b);
      mayFail();
    } catch (IOException e) {
      b = new Buf();
      b.write(1);
    }
  }

  void catchMovesAndReturns() {
    Buf b = new Buf();
    try {
      mayFail();
    } catch (IOException e) {
      take(b);
      return;
    }
    b.write(1);
  }

  void catchMovesAndFallsOut() {
    Buf b = new Buf();
    try {
      mayFail();
    } catch (IOException e) {
      take(b);
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void uncheckedExceptionFromTheMovingCall() {
    Buf b = new Buf();
    try {
      take(b);
      b = new Buf();
    } catch (RuntimeException e) {
      // :: error: [use.after.move]
      b.write(1);
    }
  }

  void multiCatch() {
    Buf b = new Buf();
    try {
      mayFail();
      take(b);
      mayFail();
    } catch (IOException | IllegalStateException e) {
      // :: error: [use.after.move]
      b.write(1);
    }
  }

  void nestedTryRethrows() {
    Buf b = new Buf();
    try {
      try {
        take(b);
        mayFail();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    } catch (IllegalStateException e) {
      // :: error: [use.after.move]
      b.write(1);
    }
  }

  void nestedTryInnerCatchHandlesIt() {
    Buf b = new Buf();
    try {
      try {
        mayFail();
      } catch (IOException e) {
        take(b);
        b = new Buf();
      }
      b.write(1);
    } catch (IllegalStateException e) {
      b = new Buf();
    }
    b.write(2);
  }

  void constructorBetweenMoveAndReassignmentMayThrow() {
    Buf b = new Buf();
    try {
      take(b);
      // If this constructor throws, b stays moved.
      b = new Buf();
    } catch (IllegalStateException e) {
      // :: error: [use.after.move]
      b.write(2);
    }
  }
}
