import dev.ownership.annotations.Owned;

/** for-each loops over arrays: the loop variable is fresh each iteration, outer locals are not. */
class ForEachLoop {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static void takeAll(Buf @Owned [] all) {}

  void outerLocalMovedInEveryIteration(int[] xs) {
    Buf b = new Buf();
    for (int x : xs) {
      // :: error: [use.after.move]
      take(b);
    }
  }

  void eachElementMovedOnce(Buf[] bufs) {
    for (Buf x : bufs) {
      x.write(1);
      take(x);
    }
  }

  void elementReadAfterItsMove(Buf[] bufs) {
    for (Buf x : bufs) {
      take(x);
      // :: error: [use.after.move]
      x.write(1);
    }
  }

  void outerLocalMovedThenBreak(int[] xs) {
    Buf b = new Buf();
    for (int x : xs) {
      if (x == 0) {
        take(b);
        break;
      }
      b.write(x);
    }
    // :: error: [use.after.move]
    b.write(-1);
  }

  void outerLocalMovedAndReassignedEachIteration(int[] xs) {
    Buf b = new Buf();
    for (int x : xs) {
      take(b);
      b = new Buf();
    }
    b.write(0);
  }

  void iteratingAMovedArray(Buf @Owned [] all) {
    takeAll(all);
    // :: error: [use.after.move]
    for (Buf x : all) {
      x.write(1);
    }
  }

  void iteratingThenMovingTheArray(Buf @Owned [] all) {
    for (Buf x : all) {
      x.write(1);
    }
    takeAll(all);
  }

  void nestedForEachMovesTheOuterElement(Buf[] bufs, int[] xs) {
    for (Buf x : bufs) {
      for (int i : xs) {
        // :: error: [use.after.move]
        take(x);
      }
    }
  }
}
