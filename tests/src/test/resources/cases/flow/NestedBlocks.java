import dev.ownership.annotations.Owned;

/** Nested blocks, synchronized blocks and local classes: scopes do not end a move. */
class NestedBlocks {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  void moveInANestedBlock() {
    Buf b = new Buf();
    {
      take(b);
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void siblingBlocksDeclareDifferentVariablesOfTheSameName() {
    {
      Buf t = new Buf();
      take(t);
    }
    {
      Buf t = new Buf();
      t.write(1);
      take(t);
    }
  }

  void siblingLoopsDeclareDifferentVariablesOfTheSameName(int n) {
    for (int i = 0; i < n; i++) {
      Buf t = new Buf();
      take(t);
    }
    for (int i = 0; i < n; i++) {
      Buf t = new Buf();
      t.write(i);
    }
  }

  void deeplyNested(boolean c) {
    Buf b = new Buf();
    {
      {
        if (c) {
          {
            take(b);
          }
        }
      }
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void synchronizedBlockMoves(Object lock) {
    Buf b = new Buf();
    synchronized (lock) {
      take(b);
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void synchronizedBlockReads(Object lock) {
    Buf b = new Buf();
    synchronized (lock) {
      b.write(1);
    }
    take(b);
  }

  void localClassTracksItsOwnLocals() {
    class Helper {
      void go() {
        Buf own = new Buf();
        take(own);
        // :: error: [use.after.move]
        own.write(1);
      }

      void goRight() {
        Buf own = new Buf();
        own.write(1);
        take(own);
      }
    }
    new Helper().go();
  }

  void localClassMayNotMoveACapturedLocal() {
    Buf b = new Buf();
    class Helper {
      void go() {
        // :: error: [move.out.of.borrow]
        take(b);
      }
    }
    new Helper().go();
    b.write(1);
  }
}
