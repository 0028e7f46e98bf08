import dev.ownership.annotations.Owned;
import java.util.function.IntSupplier;

/**
 * Capturing a path in a lambda reads it when the lambda is created: capturing a moved path is a
 * use after move, reported at the first mention of the path inside the lambda.
 */
class LambdaCapture {
  static final class Buf {
    void write(int b) {}

    void flush() {}

    int size() {
      return 0;
    }
  }

  static void take(@Owned Buf b) {}

  void captureAfterMove() {
    Buf b = new Buf();
    take(b);
    // :: error: [use.after.move]
    Runnable r = () -> b.write(1);
    r.run();
  }

  void captureAfterMaybeMoveReportedAtTheFirstMention(boolean c) {
    Buf b = new Buf();
    if (c) {
      take(b);
    }
    Runnable r =
        () -> {
          // :: error: [use.after.move]
          b.write(1);
          b.write(2);
        };
    r.run();
  }

  void captureThenLastUseThenMove() {
    Buf b = new Buf();
    Runnable r = () -> b.write(1);
    r.run();
    take(b);
  }

  void captureOfAnotherVariableAfterAMove() {
    Buf a = new Buf();
    Buf b = new Buf();
    take(a);
    Runnable r = () -> b.write(1);
    r.run();
  }

  void captureOfAMovedOwnedParameter(@Owned Buf p) {
    take(p);
    // :: error: [use.after.move]
    IntSupplier s = () -> p.size();
  }

  void captureInTheBranchThatDidNotMove(boolean c) {
    Buf b = new Buf();
    if (c) {
      Runnable r = () -> b.write(1);
      r.run();
    } else {
      take(b);
    }
  }

  void captureInANestedLambda() {
    Buf b = new Buf();
    take(b);
    Runnable r =
        () -> {
          // :: error: [use.after.move]
          Runnable inner = () -> b.write(1);
          inner.run();
        };
  }

  void captureInALoopThatMovesAfterTheLastUse(int n) {
    Buf b = new Buf();
    for (int i = 0; i < n; i++) {
      // Captured again in the next iteration, after the move below.
      // :: error: [use.after.move]
      Runnable r = () -> b.write(1);
      r.run();
      take(b);
    }
  }

  void boundMethodReferenceOnAMovedReceiver() {
    Buf b = new Buf();
    take(b);
    // :: error: [use.after.move]
    Runnable r = b::flush;
  }

  void boundMethodReferenceBeforeTheMove() {
    Buf b = new Buf();
    Runnable r = b::flush;
    r.run();
    take(b);
  }
}
