import dev.ownership.annotations.Owned;

/**
 * Basic for loops: a move in the body is reported at its second iteration ("moved in a previous
 * iteration of the loop"); a move followed by break, or by a reassignment before the next
 * iteration, is fine.
 */
class ForLoop {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static boolean offer(@Owned Buf b) {
    return true;
  }

  void movedInEveryIteration(int n) {
    Buf b = new Buf();
    for (int i = 0; i < n; i++) {
      // :: error: [use.after.move]
      take(b);
    }
  }

  void movedThenBreak(int n) {
    Buf b = new Buf();
    for (int i = 0; i < n; i++) {
      if (i == 3) {
        take(b);
        break;
      }
      b.write(i);
    }
  }

  void movedThenReassignedBeforeTheNextIteration(int n) {
    Buf b = new Buf();
    for (int i = 0; i < n; i++) {
      take(b);
      b = new Buf();
    }
    b.write(1);
  }

  void freshValueEveryIteration(int n) {
    for (int i = 0; i < n; i++) {
      Buf b = new Buf();
      b.write(i);
      take(b);
    }
  }

  void readAfterALoopThatMayHaveMoved(int n) {
    Buf b = new Buf();
    for (int i = 0; i < n; i++) {
      if (i == n - 1) {
        take(b);
        break;
      }
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void movedOnlyOnSomeIterations(int n) {
    Buf b = new Buf();
    for (int i = 0; i < n; i++) {
      if (i == n - 1) {
        // :: error: [use.after.move]
        take(b);
      }
    }
  }

  void reassignedOnlyOnSomeIterations(int n) {
    Buf b = new Buf();
    for (int i = 0; i < n; i++) {
      // :: error: [use.after.move]
      take(b);
      if (i % 2 == 0) {
        b = new Buf();
      }
    }
  }

  void readAtTheTopMovedAtTheBottom(int n) {
    Buf b = new Buf();
    for (int i = 0; i < n; i++) {
      // :: error: [use.after.move]
      b.write(i);
      take(b);
    }
  }

  void movedInTheUpdateClause(int n) {
    Buf b = new Buf();
    // :: error: [use.after.move]
    for (int i = 0; i < n; i += offer(b) ? 1 : 2) {
      i++;
    }
  }

  void movedInTheUpdateClauseAndReassignedInTheBody(int n) {
    Buf b = new Buf();
    for (int i = 0; i < n; i += offer(b) ? 1 : 2) {
      b = new Buf();
    }
  }

  void movedAfterTheLoop(int n) {
    Buf b = new Buf();
    for (int i = 0; i < n; i++) {
      b.write(i);
    }
    take(b);
  }
}
