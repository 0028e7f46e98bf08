import dev.ownership.annotations.*;

// While a mutable loan is live, the path it borrows may not be read except through the loan
// (Rust E0502/E0499: `let m = &mut o; o.read(); m.write(1);`).
class MutLocals {
  static final class Buf {
    int x;

    int read(@Borrowed Buf this) {
      return x;
    }

    void write(@Mut Buf this, int v) {
      x = v;
    }
  }

  static int peek(@Borrowed Buf src) {
    return src.read();
  }

  static void legacy(Buf any) {}

  void readTheOwnerWhileTheMutLoanIsUsedLater(@Owned Buf owner) {
    @Mut Buf m = owner;
    // :: error: [use.while.mutably.borrowed]
    owner.read();
    m.write(1);
  }

  void readTheOwnerAfterTheLastUseOfTheMutLoan(@Owned Buf owner) {
    @Mut Buf m = owner;
    m.write(1);
    owner.read();
    int v = owner.x;
  }

  void mutLoanNeverUsedAgain(@Owned Buf owner) {
    @Mut Buf m = owner;
    owner.read();
  }

  void readAFieldOfTheOwnerWhileMutablyBorrowed(@Owned Buf owner) {
    @Mut Buf m = owner;
    // :: error: [use.while.mutably.borrowed]
    int v = owner.x;
    m.write(v);
  }

  void passTheOwnerToABorrowedParameterWhileMutablyBorrowed(@Owned Buf owner) {
    @Mut Buf m = owner;
    // :: error: [use.while.mutably.borrowed]
    peek(owner);
    m.write(1);
  }

  void passTheOwnerToABorrowedParameterAfterwards(@Owned Buf owner) {
    @Mut Buf m = owner;
    m.write(1);
    peek(owner);
  }

  void passTheOwnerToALegacyParameterWhileMutablyBorrowed(@Owned Buf owner) {
    @Mut Buf m = owner;
    // :: error: [use.while.mutably.borrowed]
    legacy(owner);
    m.write(1);
  }

  void sharedLoanWhileMutablyBorrowed(@Owned Buf owner) {
    @Mut Buf m = owner;
    // :: error: [use.while.mutably.borrowed]
    @Borrowed Buf r = owner;
    m.write(1);
    r.read();
  }

  void readThroughTheLoanIsFine(@Owned Buf owner) {
    @Mut Buf m = owner;
    int v = m.read() + m.x + peek(m);
    m.write(v);
    @Borrowed Buf r = m;
    r.read();
    m.write(2);
  }

  void sharedLoansDoNotExcludeReads(@Owned Buf owner) {
    @Borrowed Buf r = owner;
    int v = owner.read() + owner.x + peek(owner);
    r.read();
  }

  void readInOneBranchOnly(@Owned Buf owner, boolean c) {
    @Mut Buf m = owner;
    if (c) {
      m.write(1);
      owner.read();
    } else {
      // :: error: [use.while.mutably.borrowed]
      owner.read();
      m.write(2);
    }
  }
}
