import dev.ownership.annotations.*;

// A path may not be moved while a loan on it is live (Rust E0505), whether the loan is shared
// or mutable. Once the loan's last use is behind, the move is fine.
class Loans {
  static final class Buf {
    int x;

    int read(@Borrowed Buf this) {
      return x;
    }

    void write(@Mut Buf this, int v) {
      x = v;
    }

    void close(@Owned Buf this) {}
  }

  static void take(@Owned Buf b) {}

  static @Owned Buf make() {
    return new Buf();
  }

  void moveWhileASharedLoanIsUsedLater(@Owned Buf owner) {
    @Borrowed Buf r = owner;
    // :: error: [move.while.borrowed]
    take(owner);
    r.read();
  }

  void moveAfterTheLastUseOfTheSharedLoan(@Owned Buf owner) {
    @Borrowed Buf r = owner;
    r.read();
    take(owner);
  }

  void sharedLoanNeverUsedAgain(@Owned Buf owner) {
    @Borrowed Buf r = owner;
    take(owner);
  }

  void moveWhileAMutLoanIsUsedLater(@Owned Buf owner) {
    @Mut Buf m = owner;
    // :: error: [move.while.borrowed]
    take(owner);
    m.write(1);
  }

  void moveAfterTheLastUseOfTheMutLoan(@Owned Buf owner) {
    @Mut Buf m = owner;
    m.write(1);
    take(owner);
  }

  void moveIntoAnOwnedLocalWhileBorrowed() {
    @Owned Buf owner = make();
    @Borrowed Buf r = owner;
    // :: error: [move.while.borrowed]
    @Owned Buf other = owner;
    r.read();
    other.write(1);
  }

  void consumingCallWhileBorrowed(@Owned Buf owner) {
    @Borrowed Buf r = owner;
    // :: error: [move.while.borrowed]
    owner.close();
    r.read();
  }

  void consumingCallAfterTheLoan(@Owned Buf owner) {
    @Borrowed Buf r = owner;
    int v = r.read();
    owner.close();
  }

  void moveWhileAReborrowIsUsedLater(@Owned Buf owner) {
    @Borrowed Buf r = owner;
    Buf again = r;
    // :: error: [move.while.borrowed]
    take(owner);
    again.read();
  }

  void storedLambdaHoldsALoanOnWhatItCaptures(@Owned Buf owner) {
    Runnable show = () -> System.out.println(owner.read());
    // :: error: [move.while.borrowed]
    take(owner);
    show.run();
  }

  void storedLambdaDoneBeforeTheMove(@Owned Buf owner) {
    Runnable show = () -> System.out.println(owner.read());
    show.run();
    take(owner);
  }
}
