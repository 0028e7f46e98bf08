import dev.ownership.annotations.Owned;

/** do-while loops: the body runs once before the condition; the back edge carries moves. */
class DoWhileLoop {
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
    do {
      // :: error: [use.after.move]
      take(b);
    } while (more());
  }

  void movedThenReassigned() {
    Buf b = new Buf();
    do {
      take(b);
      b = new Buf();
    } while (more());
    b.write(1);
  }

  void movedInTheConditionReadInTheBody() {
    Buf b = new Buf();
    do {
      // :: error: [use.after.move]
      b.write(1);
    } while (offer(b));
  }

  void movedInTheConditionReadAfterTheLoop() {
    Buf b = new Buf();
    do {
      b = new Buf();
    } while (offer(b));
    // :: error: [use.after.move]
    b.write(2);
  }

  void movedThenBreak() {
    Buf b = new Buf();
    do {
      if (more()) {
        take(b);
        break;
      }
      b.write(1);
    } while (more());
  }

  void maybeMovedAfterAMovingBreak() {
    Buf b = new Buf();
    do {
      if (more()) {
        take(b);
        break;
      }
      b.write(1);
    } while (more());
    // :: error: [use.after.move]
    b.write(2);
  }

  void continueSkipsTheReassignment() {
    Buf b = new Buf();
    do {
      // :: error: [use.after.move]
      b.write(0);
      if (more()) {
        take(b);
        continue;
      }
      b = new Buf();
    } while (more());
  }

  void movedAfterTheLoop() {
    Buf b = new Buf();
    do {
      b.write(1);
    } while (more());
    take(b);
  }

  void maybeMovedInTheBody() {
    Buf b = new Buf();
    do {
      // :: error: [use.after.move]
      b.write(1);
      if (more()) {
        take(b);
      }
    } while (more());
  }
}
