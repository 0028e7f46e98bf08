import dev.ownership.annotations.*;
import java.util.Iterator;
import java.util.List;

// Results that borrow (a @Borrowed return, a JDK view or iterator) keep the loan on what they
// were made from live until their last use: moving that owner before is move.while.borrowed.
class BorrowingResults {
  static final class Buf {
    int x;

    int read(@Borrowed Buf this) {
      return x;
    }
  }

  static final class Holder {
    @Owned Buf a = new Buf();

    @Borrowed Buf view(@Borrowed Holder this) {
      return this.a;
    }
  }

  static void takeHolder(@Owned Holder h) {}

  static void consume(@Owned List<String> l) {}

  static @Borrowed Buf either(@Borrowed Holder x, @Borrowed Holder y, boolean c) {
    return c ? x.a : y.a;
  }

  void moveWhileAViewIsUsedLater(@Owned Holder h) {
    Buf v = h.view();
    // :: error: [move.while.borrowed]
    takeHolder(h);
    v.read();
  }

  void moveAfterTheLastUseOfAView(@Owned Holder h) {
    Buf v = h.view();
    v.read();
    takeHolder(h);
  }

  void moveEitherArgumentWhileTheResultIsLive(@Owned Holder h, @Owned Holder g) {
    Buf e = either(h, g, true);
    // :: error: [move.while.borrowed]
    takeHolder(g);
    e.read();
  }

  void moveBothArgumentsAfterTheResultIsDone(@Owned Holder h, @Owned Holder g) {
    Buf e = either(h, g, false);
    e.read();
    takeHolder(g);
    takeHolder(h);
  }

  void moveAListWhileAnIteratorIsUsedLater(@Owned List<String> list) {
    Iterator<String> it = list.iterator();
    // :: error: [move.while.borrowed]
    consume(list);
    it.hasNext();
  }

  void moveAListAfterTheIteratorIsDone(@Owned List<String> list) {
    Iterator<String> it = list.iterator();
    while (it.hasNext()) {
      it.next();
    }
    consume(list);
  }

  void moveInOneBranchWhileTheViewIsUsedAfterTheJoin(@Owned Holder h, boolean c) {
    Buf v = h.view();
    if (c) {
      // :: error: [move.while.borrowed]
      takeHolder(h);
    }
    v.read();
  }

  void moveInEachBranchAfterTheLastUse(@Owned Holder h, boolean c) {
    Buf v = h.view();
    if (c) {
      v.read();
      takeHolder(h);
    } else {
      takeHolder(h);
    }
  }

  void moveAfterTheLoopThatUsedTheLoan(@Owned Holder h, int n) {
    Buf v = h.view();
    for (int i = 0; i < n; i++) {
      v.read();
    }
    takeHolder(h);
  }
}
