import dev.ownership.annotations.*;

// A @Borrowed or @Mut return borrows from the receiver and the borrowed parameters: the
// caller's loans on them stay live as long as the result is used.
class BorrowingReturns {
  static final class Buf {
    int x;

    int read(@Borrowed Buf this) {
      return x;
    }

    void write(@Mut Buf this, int v) {
      x = v;
    }
  }

  static final class Holder {
    @Owned Buf a = new Buf();
    @Owned Buf b = new Buf();

    @Borrowed Buf view(@Borrowed Holder this) {
      return this.a;
    }

    @Mut Buf edit(@Mut Holder this) {
      return this.a;
    }

    void reset(@Mut Holder this) {
      a.write(0);
    }
  }

  static @Borrowed Buf pick(@Borrowed Holder first, @Borrowed Holder second) {
    return first.a;
  }

  void modifyHolderWhileAViewIsUsedLater(@Owned Holder h) {
    Buf v = h.view();
    // :: error: [mutation.while.borrowed]
    h.reset();
    v.read();
  }

  void modifyHolderAfterTheLastUseOfAView(@Owned Holder h) {
    Buf v = h.view();
    v.read();
    h.reset();
  }

  void viewNeverUsedAgain(@Owned Holder h) {
    @Borrowed Buf v = h.view();
    h.reset();
  }

  void annotatedViewLocal(@Owned Holder h) {
    @Borrowed Buf v = h.view();
    // :: error: [mutation.while.borrowed]
    h.b = new Buf();
    int x = v.x;
  }

  void viewUsedDirectlyIsNoLoanAfterwards(@Owned Holder h) {
    int x = h.view().read();
    h.reset();
    h.view().read();
  }

  void modifyHolderWhileAMutResultIsUsedLater(@Owned Holder h) {
    Buf e = h.edit();
    // :: error: [mutation.while.borrowed]
    h.reset();
    e.write(1);
  }

  void mutResultDoneBeforeTheModification(@Owned Holder h) {
    Buf e = h.edit();
    e.write(1);
    h.reset();
  }

  void resultBorrowsFromEveryBorrowedArgument(@Owned Holder h1, @Owned Holder h2) {
    Buf p = pick(h1, h2);
    // :: error: [mutation.while.borrowed]
    h2.reset();
    p.read();
  }

  void resultOfPickDone(@Owned Holder h1, @Owned Holder h2) {
    Buf p = pick(h1, h2);
    p.read();
    h1.reset();
    h2.reset();
  }
}
