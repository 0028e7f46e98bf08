import dev.ownership.annotations.Owned;
import java.io.IOException;

/**
 * A call that throws has still moved its @Owned argument: an @Owned argument is moved when it is
 * evaluated, before the call runs, and before any later argument is evaluated.
 */
class ThrowingCalls {
  static final class Buf {
    void write(int b) {}

    Buf copy() {
      return new Buf();
    }
  }

  static final class Conn {
    Conn(@Owned Buf initial) throws IOException {}
  }

  static void take(@Owned Buf b) {}

  static void sendOrFail(@Owned Buf b) throws IOException {}

  static void sendOrThrowUnchecked(@Owned Buf b) {
    throw new IllegalStateException();
  }

  static void takeFirst(@Owned Buf b, int n) {}

  static void takeSecond(int n, @Owned Buf b) {}

  static int count() throws IOException {
    return 1;
  }

  void checkedFailureStillMoved() {
    Buf b = new Buf();
    try {
      sendOrFail(b);
    } catch (IOException e) {
      // :: error: [use.after.move]
      b.write(1);
    }
  }

  void retryWithACopyMadeBefore() {
    Buf b = new Buf();
    Buf backup = b.copy();
    try {
      sendOrFail(b);
    } catch (IOException e) {
      backup.write(1);
      take(backup);
    }
  }

  void uncheckedFailureStillMoved() {
    Buf b = new Buf();
    try {
      sendOrThrowUnchecked(b);
    } catch (IllegalStateException e) {
      // :: error: [use.after.move]
      take(b);
    }
  }

  void failureBeforeOrInTheMovingCall() {
    Buf b = new Buf();
    try {
      int n = count();
      sendOrFail(b);
    } catch (IOException e) {
      // :: error: [use.after.move]
      b.write(1);
    }
  }

  void argumentMovedBeforeALaterArgumentThrows() {
    Buf b = new Buf();
    try {
      takeFirst(b, count());
    } catch (IOException e) {
      // :: error: [use.after.move]
      b.write(1);
    }
  }

  void argumentNotYetEvaluatedWhenAnEarlierOneThrows() {
    Buf b = new Buf();
    try {
      takeSecond(count(), b);
    } catch (IOException e) {
      b.write(1);
    }
  }

  void constructorThatThrowsHasMovedItsArgument() {
    Buf b = new Buf();
    try {
      Conn c = new Conn(b);
    } catch (IOException e) {
      // :: error: [use.after.move]
      b.write(1);
    }
  }

  void catchReassignsThenReads() {
    Buf b = new Buf();
    try {
      sendOrFail(b);
    } catch (IOException e) {
      b = new Buf();
      b.write(1);
      take(b);
    }
  }
}
