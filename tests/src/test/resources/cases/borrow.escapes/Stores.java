import dev.ownership.annotations.*;

// A borrow stored into a field or an array element outlives the call that lent it (Rust
// E0521). Into an @Owned field the key is move.out.of.borrow instead; assigning to a local is
// never an escape.
class Stores {
  static final class Buf {
    int x;
    @Owned Buf inner;
  }

  static Buf lastSeen;

  Buf last;
  @Owned Buf owned;
  Buf[] recent = new Buf[4];
  int lastX;

  void borrowedParameterIntoALegacyField(@Borrowed Buf b) {
    // :: error: [borrow.escapes]
    this.last = b;
  }

  void borrowedParameterIntoALegacyFieldImplicitThis(@Borrowed Buf b) {
    // :: error: [borrow.escapes]
    last = b;
  }

  void mutParameterIntoALegacyField(@Mut Buf m) {
    // :: error: [borrow.escapes]
    last = m;
  }

  void borrowedParameterIntoAStaticField(@Borrowed Buf b) {
    // :: error: [borrow.escapes]
    lastSeen = b;
  }

  void borrowedParameterIntoAFieldOfAnotherObject(@Borrowed Buf b, Stores other) {
    // :: error: [borrow.escapes]
    other.last = b;
  }

  void borrowedParameterIntoAnArrayElement(@Borrowed Buf b, Buf[] arr) {
    // :: error: [borrow.escapes]
    arr[0] = b;
  }

  void borrowedParameterIntoAnArrayField(@Borrowed Buf b) {
    // :: error: [borrow.escapes]
    recent[1] = b;
  }

  void ownedFieldOfABorrowedParameterIntoALegacyField(@Borrowed Buf b) {
    // :: error: [borrow.escapes]
    last = b.inner;
  }

  void conditionalBorrowIntoALegacyField(@Borrowed Buf b, boolean c) {
    // :: error: [borrow.escapes]
    last = c ? b : null;
  }

  void reborrowIntoALegacyField(@Borrowed Buf b) {
    Buf r = b;
    // :: error: [borrow.escapes]
    last = r;
  }

  void borrowedParameterIntoAnOwnedField(@Borrowed Buf b) {
    // :: error: [move.out.of.borrow]
    owned = b;
  }

  void borrowedParameterIntoALocal(@Borrowed Buf b) {
    Buf local = b;
    Buf other;
    other = b;
    @Borrowed Buf explicit = b;
    Buf[] array = {null};
    int n = local.x + other.x + explicit.x + array.length;
  }

  void primitiveReadThroughABorrowIntoAField(@Borrowed Buf b) {
    lastX = b.x;
    this.lastX = b.inner.x;
  }

  void legacyParameterIntoAField(@Borrowed Buf b, Buf legacy) {
    last = legacy;
    recent[0] = legacy;
  }

  void ownedParameterIntoAnOwnedField(@Owned Buf o) {
    owned = o;
  }

  void nullIntoTheField(@Borrowed Buf b) {
    last = null;
    recent[2] = null;
  }
}
