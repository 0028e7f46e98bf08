import dev.ownership.annotations.*;

// A @Borrowed or @Mut local is a loan of the path it is initialized from, live until the last
// use of the local (non-lexical lifetimes). While it is live the owner may not be modified.
class AnnotatedLoans {
  static final class Buf {
    int x;

    int read(@Borrowed Buf this) {
      return x;
    }

    void write(@Mut Buf this, int v) {
      x = v;
    }
  }

  static void fill(@Mut Buf dst) {}

  void mutCallWhileSharedLoanIsUsedLater(@Owned Buf owner) {
    @Borrowed Buf r = owner;
    // :: error: [mutation.while.borrowed]
    owner.write(1);
    r.read();
  }

  void mutCallAfterTheLastUseOfTheLoan(@Owned Buf owner) {
    @Borrowed Buf r = owner;
    r.read();
    owner.write(1);
  }

  void loanNeverUsedAgain(@Owned Buf owner) {
    @Borrowed Buf r = owner;
    owner.write(1);
    owner.x = 2;
  }

  void fieldAssignmentWhileSharedLoanIsLive(@Owned Buf owner) {
    @Borrowed Buf r = owner;
    // :: error: [mutation.while.borrowed]
    owner.x = 1;
    int v = r.x;
  }

  void passToMutWhileSharedLoanIsLive(@Owned Buf owner) {
    @Borrowed Buf r = owner;
    // :: error: [mutation.while.borrowed]
    fill(owner);
    r.read();
  }

  void mutLoanWhileSharedLoanIsLive(@Owned Buf owner) {
    @Borrowed Buf r = owner;
    // :: error: [mutation.while.borrowed]
    @Mut Buf m = owner;
    m.write(1);
    r.read();
  }

  void twoSharedLoansAtOnce(@Owned Buf owner) {
    @Borrowed Buf r1 = owner;
    @Borrowed Buf r2 = owner;
    int v = r1.read() + r2.read() + owner.read();
    owner.write(v);
  }

  void mutCallWhileMutLoanIsUsedLater(@Owned Buf owner) {
    @Mut Buf m = owner;
    // :: error: [mutation.while.borrowed]
    owner.write(1);
    m.write(2);
  }

  void mutCallAfterTheLastUseOfTheMutLoan(@Owned Buf owner) {
    @Mut Buf m = owner;
    m.write(2);
    owner.write(1);
    owner.x = 3;
  }

  void secondMutLoanWhileTheFirstIsLive(@Owned Buf owner) {
    @Mut Buf m1 = owner;
    // :: error: [mutation.while.borrowed]
    @Mut Buf m2 = owner;
    m2.write(1);
    m1.write(2);
  }

  void secondMutLoanAfterTheFirstIsDone(@Owned Buf owner) {
    @Mut Buf m1 = owner;
    m1.write(2);
    @Mut Buf m2 = owner;
    m2.write(1);
  }

  void loanUsedInOnlyOneBranch(@Owned Buf owner, boolean c) {
    @Borrowed Buf r = owner;
    if (c) {
      // :: error: [mutation.while.borrowed]
      owner.write(1);
      r.read();
    } else {
      owner.write(2);
    }
  }
}
