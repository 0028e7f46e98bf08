import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;

// A @Borrowed/@Mut return borrows from the receiver and the @Borrowed/@Mut parameters: it needs
// at least one of them.
class BorrowedReturns {
  static final class Buf {
    @Owned Buf f;

    void write(int b) {}
  }

  // :: error: [ownership.annotation.invalid]
  static @Borrowed Buf nothingToBorrowFrom() {
    return null;
  }

  // :: error: [ownership.annotation.invalid]
  static @Mut Buf nothingToBorrowFromMutably() {
    return null;
  }

  // :: error: [ownership.annotation.invalid]
  static @Borrowed Buf onlyLegacyParameters(Buf a, int n) {
    return null;
  }

  // :: error: [ownership.annotation.invalid]
  static @Borrowed Buf onlyAnOwnedParameter(@Owned Buf a) {
    return null;
  }

  static @Borrowed Buf fromABorrowedParameter(@Borrowed Buf a) {
    return a;
  }

  static @Mut Buf fromAMutParameter(Buf legacy, @Mut Buf a) {
    return a;
  }

  static @Borrowed Buf fromAFieldOfABorrowedParameter(@Borrowed Buf a) {
    return a.f;
  }

  static @Borrowed Buf nullIsFine(@Borrowed Buf a) {
    return null;
  }

  @Borrowed Buf instanceMethodBorrowsFromItsReceiver() {
    return null;
  }

  @Borrowed Buf fromABorrowedReceiver(@Borrowed BorrowedReturns this) {
    return null;
  }

  @Mut Buf fromAMutReceiver(@Mut BorrowedReturns this) {
    return null;
  }

  // :: error: [ownership.annotation.invalid]
  @Borrowed Buf ownedReceiverAndNoBorrowedParameter(@Owned BorrowedReturns this) {
    return null;
  }

  // :: error: [ownership.annotation.invalid]
  @Mut Buf ownedReceiverAndALegacyParameter(@Owned BorrowedReturns this, Buf a) {
    return null;
  }

  @Borrowed Buf ownedReceiverAndABorrowedParameter(@Owned BorrowedReturns this, @Borrowed Buf a) {
    return a;
  }

  @Owned Buf ownedReturnNeedsNothing(@Owned BorrowedReturns this) {
    return new Buf();
  }

  static @Owned Buf staticOwnedReturnNeedsNothing() {
    return new Buf();
  }

  // :: error: [ownership.annotation.invalid]
  static Buf @Borrowed [] borrowedArrayFromNothing() {
    return null;
  }

  static final class Box {
    @Owned Buf content;

    @Borrowed Buf peek() {
      return content;
    }

    // :: error: [ownership.annotation.invalid]
    static @Borrowed Buf staticPeek(Box box) {
      return null;
    }

    static @Borrowed Buf staticPeekBorrowed(@Borrowed Box box) {
      return box.content;
    }
  }
}
