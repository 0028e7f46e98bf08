import dev.ownership.annotations.Owned;
import java.util.Objects;

/**
 * Records: accessors are ordinary methods, a compact constructor is a constructor whose
 * parameters may be moved and reassigned, and record methods may take @Owned parameters.
 */
class Records {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  record Pair(Buf left, Buf right) {
    void drainBoth() {
      take(left);
      take(right);
    }

    void drainLeftThenReadIt() {
      take(left);
      // :: error: [use.after.move]
      left.write(1);
    }
  }

  record Frame(Buf payload) {
    Frame {
      Objects.requireNonNull(payload);
      payload.write(0);
    }
  }

  record Replacing(Buf payload) {
    Replacing {
      take(payload);
      payload = new Buf();
    }
  }

  record Checked(Buf payload) {
    Checked {
      take(payload);
      // :: error: [use.after.move]
      payload.write(1);
    }
  }

  record Sink(String name) {
    void accept(@Owned Buf b) {
      take(b);
    }

    static Sink of(@Owned Buf b) {
      take(b);
      return new Sink("x");
    }
  }

  static void takePair(@Owned Pair p) {}

  void accessorResultsAreNotPaths(Pair p) {
    take(p.left());
    take(p.left());
    p.right().write(1);
  }

  void movedRecordThenAccessor() {
    Pair p = new Pair(new Buf(), new Buf());
    takePair(p);
    // :: error: [use.after.move]
    p.left().write(1);
  }

  void recordMaybeMoved(boolean c) {
    Pair p = new Pair(new Buf(), new Buf());
    if (c) {
      takePair(p);
    }
    // :: error: [use.after.move]
    p.right();
  }

  void ownedParameterOfARecordMethod(Sink s) {
    Buf b = new Buf();
    s.accept(b);
    // :: error: [use.after.move]
    b.write(1);
  }

  void ownedParameterOfARecordMethodUsedRight(Sink s) {
    Buf b = new Buf();
    b.write(1);
    s.accept(b);
    s.accept(new Buf());
  }

  void ownedParameterOfARecordFactory() {
    Buf b = new Buf();
    Sink s = Sink.of(b);
    // :: error: [use.after.move]
    Sink.of(b);
  }
}
