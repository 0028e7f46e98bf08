import dev.ownership.annotations.*;

// Reassigning a borrowed path while the loan is live is a mutation (Rust E0506); reassigning
// the borrowing local itself ends its old loan and makes a new one.
class Reassignment {
  static final class Buf {
    int x;

    int read(@Borrowed Buf this) {
      return x;
    }

    void write(@Mut Buf this, int v) {
      x = v;
    }
  }

  static @Owned Buf make() {
    return new Buf();
  }

  void reassignTheOwnerWhileTheLoanIsLive(@Owned Buf owner) {
    @Borrowed Buf r = owner;
    // :: error: [mutation.while.borrowed]
    owner = make();
    r.read();
  }

  void reassignTheOwnerAfterTheLastUse(@Owned Buf owner) {
    @Borrowed Buf r = owner;
    r.read();
    owner = make();
    owner.write(1);
  }

  void reassignALocalOwnerWhileMutablyBorrowed() {
    @Owned Buf owner = make();
    @Mut Buf m = owner;
    // :: error: [mutation.while.borrowed]
    owner = make();
    m.write(1);
  }

  void reassignTheBorrowingLocalEndsItsLoan(@Owned Buf a, @Owned Buf b) {
    @Borrowed Buf r = a;
    r.read();
    r = b;
    a.write(1);
    r.read();
  }

  void theNewLoanOfAReassignedLocal(@Owned Buf a, @Owned Buf b) {
    @Borrowed Buf r = a;
    r = b;
    // :: error: [mutation.while.borrowed]
    b.write(1);
    r.read();
    a.write(2);
  }

  void reassignAFieldWhileTheHolderIsBorrowed(@Owned Buf owner, @Owned Buf other) {
    @Borrowed Buf r = owner;
    // :: error: [mutation.while.borrowed]
    owner.x = 5;
    other.x = 5;
    r.read();
  }

  void loopMutatesWhileTheLoanIsUsedInTheNextIteration(@Owned Buf owner, int n) {
    @Borrowed Buf r = owner;
    for (int i = 0; i < n; i++) {
      r.read();
      // :: error: [mutation.while.borrowed]
      owner.write(i);
    }
  }

  void loopUsesAFreshLoanEachIteration(@Owned Buf owner, int n) {
    for (int i = 0; i < n; i++) {
      @Borrowed Buf r = owner;
      r.read();
      owner.write(i);
    }
  }
}
