import dev.ownership.annotations.*;

// A @Borrowed/@Mut result borrows from the receiver and the borrowed parameters, so it must be
// derived from one of them (or be null). A borrow of a local owner dies with the method (Rust
// E0515: returns a reference to data owned by the current function).
class BorrowedReturns {
  static final class Buf {
    int x;
    @Owned Buf inner;
  }

  static final class Holder {
    @Owned Buf a;

    @Borrowed Buf localOwner(@Borrowed Holder this) {
      Buf local = new Buf();
      // :: error: [borrow.escapes]
      return local;
    }

    @Borrowed Buf explicitlyOwnedLocal(@Borrowed Holder this) {
      @Owned Buf local = new Buf();
      local.x = 1;
      // :: error: [borrow.escapes]
      return local;
    }

    @Borrowed Buf freshObject(@Borrowed Holder this) {
      // :: error: [borrow.escapes]
      return new Buf();
    }

    @Mut Buf freshObjectAsAMutBorrow(@Mut Holder this) {
      // :: error: [borrow.escapes]
      return new Buf();
    }

    @Borrowed Buf fieldOfALocalOwner(@Borrowed Holder this) {
      @Owned Buf local = new Buf();
      // :: error: [borrow.escapes]
      return local.inner;
    }

    @Borrowed Buf nullIsFine(@Borrowed Holder this) {
      return null;
    }

    @Borrowed Buf fieldOfThis(@Borrowed Holder this) {
      return this.a;
    }

    @Borrowed Buf switchWithAFreshObject(int k) {
      return switch (k) {
        case 0 -> a;
        // :: error: [borrow.escapes]
        default -> new Buf();
      };
    }

    @Mut Buf fieldOfThisMutably(@Mut Holder this) {
      return a;
    }

    @Borrowed Buf deeperFieldOfThis(@Borrowed Holder this) {
      return a.inner;
    }

    @Borrowed Buf aBorrowedParameter(@Borrowed Holder this, @Borrowed Buf other) {
      return other;
    }

    @Borrowed Buf resultOfAnotherBorrowingCall(@Borrowed Holder this) {
      return fieldOfThis();
    }

    @Borrowed Buf conditionalOverTheReceiverAndAParameter(boolean c, @Borrowed Buf p) {
      return c ? a : p;
    }

    @Borrowed Buf conditionalWithAFreshObject(boolean c) {
      // :: error: [borrow.escapes]
      return c ? a : new Buf();
    }
  }

  static @Borrowed Buf conditionalOverTwoBorrowedParameters(
      boolean c, @Borrowed Holder x, @Borrowed Holder y) {
    return c ? x.a : y.a;
  }

  static @Borrowed Buf ifElseOverTwoBorrowedParameters(
      boolean c, @Borrowed Holder x, @Borrowed Holder y) {
    if (c) {
      return x.a;
    }
    return y.a;
  }

  static @Borrowed Buf borrowedResultOfAStaticCall(@Borrowed Holder x, @Borrowed Holder y) {
    return conditionalOverTwoBorrowedParameters(true, x, y);
  }

  static @Borrowed Buf reborrowOfAParameter(@Borrowed Holder x) {
    Buf r = x.a;
    return r;
  }

  static @Borrowed Buf localOwnerBesideABorrowedParameter(@Borrowed Holder x) {
    Buf local = new Buf();
    if (local.x > 0) {
      return x.a;
    }
    // :: error: [borrow.escapes]
    return local;
  }

  static @Borrowed Buf anOwnedParameterDiesWithTheCall(@Borrowed Holder x, @Owned Buf o) {
    // :: error: [borrow.escapes]
    return o;
  }
}
