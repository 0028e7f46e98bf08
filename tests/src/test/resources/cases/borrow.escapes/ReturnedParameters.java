import dev.ownership.annotations.*;

// SPEC §4 borrow.escapes: a @Borrowed/@Mut parameter returned from a method whose return is
// unannotated outlives the call that lent it (Rust E0515/E0621). A @Borrowed/@Mut return says
// the result borrows from it, and the caller's loan stays live instead.
class ReturnedParameters {
  static final class Buf {
    int x;

    int read(@Borrowed Buf this) {
      return x;
    }
  }

  static Buf returnsABorrowedParameter(@Borrowed Buf b) {
    // :: error: [borrow.escapes]
    return b;
  }

  static @Borrowed Buf returnsABorrowedParameterAsABorrow(@Borrowed Buf b) {
    return b;
  }

  static Buf returnsAMutParameter(@Mut Buf m) {
    // :: error: [borrow.escapes]
    return m;
  }

  static @Mut Buf returnsAMutParameterAsAMutBorrow(@Mut Buf m) {
    return m;
  }

  static @Borrowed Buf returnsAMutParameterAsASharedBorrow(@Mut Buf m) {
    return m;
  }

  static Buf returnsAReborrowOfABorrowedParameter(@Borrowed Buf b) {
    Buf r = b;
    r.read();
    // :: error: [borrow.escapes]
    return r;
  }

  static Buf returnsAnExplicitBorrowedLocal(@Borrowed Buf b) {
    @Borrowed Buf r = b;
    // :: error: [borrow.escapes]
    return r;
  }

  static @Borrowed Buf returnsAReborrowAsABorrow(@Borrowed Buf b) {
    Buf r = b;
    return r;
  }

  static Buf returnsOneOfTwo(boolean c, @Borrowed Buf a, Buf legacy) {
    if (c) {
      // :: error: [borrow.escapes]
      return a;
    }
    return legacy;
  }

  static Buf returnsOneOfTwoByConditional(boolean c, @Borrowed Buf a, Buf legacy) {
    // :: error: [borrow.escapes]
    return c ? a : legacy;
  }

  // Legacy and owned parameters may be returned from an unannotated method.
  static Buf returnsALegacyParameter(Buf legacy) {
    return legacy;
  }

  static Buf returnsAnOwnedParameter(@Owned Buf o) {
    return o;
  }

  static @Owned Buf returnsAnOwnedParameterAsAnOwner(@Owned Buf o) {
    return o;
  }

  // Reading a borrowed parameter and returning the (copied) value is no escape.
  static int returnsAPrimitiveReadThroughABorrow(@Borrowed Buf b) {
    return b.read() + b.x;
  }

  // The receiver is a borrowed parameter too.
  ReturnedParameters returnsABorrowedThis(@Borrowed ReturnedParameters this) {
    // :: error: [borrow.escapes]
    return this;
  }

  @Borrowed ReturnedParameters returnsABorrowedThisAsABorrow(@Borrowed ReturnedParameters this) {
    return this;
  }

  ReturnedParameters returnsALegacyThis() {
    return this;
  }
}
