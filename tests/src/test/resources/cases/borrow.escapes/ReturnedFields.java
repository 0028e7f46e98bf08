import dev.ownership.annotations.*;

// Deep (SPEC §2): an @Owned field reached through a borrowed path is borrowed too, so returning
// it from a method with an unannotated result lets the borrow escape. Legacy fields are not
// reached deeply (an ordinary getter), and a primitive field is copied.
class ReturnedFields {
  static final class Buf {
    int x;
  }

  static final class Holder {
    @Owned Buf buf;
    Buf legacy;
    int size;

    Buf ownedFieldOfABorrowedReceiver(@Borrowed Holder this) {
      // :: error: [borrow.escapes]
      return this.buf;
    }

    Buf ownedFieldOfABorrowedReceiverImplicitThis(@Borrowed Holder this) {
      // :: error: [borrow.escapes]
      return buf;
    }

    Buf ownedFieldOfAMutReceiver(@Mut Holder this) {
      // :: error: [borrow.escapes]
      return buf;
    }

    @Borrowed Buf ownedFieldAsABorrow(@Borrowed Holder this) {
      return buf;
    }

    @Mut Buf ownedFieldAsAMutBorrow(@Mut Holder this) {
      return buf;
    }

    Buf legacyFieldOfABorrowedReceiver(@Borrowed Holder this) {
      return legacy;
    }

    int primitiveFieldOfABorrowedReceiver(@Borrowed Holder this) {
      return size;
    }

    // An unannotated receiver is legacy: an ordinary getter.
    Buf ownedFieldOfALegacyReceiver() {
      return buf;
    }

    int primitiveThroughAnOwnedField(@Borrowed Holder this) {
      return buf.x;
    }
  }

  static Buf ownedFieldOfABorrowedParameter(@Borrowed Holder h) {
    // :: error: [borrow.escapes]
    return h.buf;
  }

  static Buf ownedFieldOfAMutParameter(@Mut Holder h) {
    // :: error: [borrow.escapes]
    return h.buf;
  }

  static Buf ownedFieldOfAReborrow(@Borrowed Holder h) {
    Holder r = h;
    // :: error: [borrow.escapes]
    return r.buf;
  }

  static Buf reborrowOfAnOwnedField(@Borrowed Holder h) {
    Buf r = h.buf;
    // :: error: [borrow.escapes]
    return r;
  }

  static @Borrowed Buf ownedFieldOfABorrowedParameterAsABorrow(@Borrowed Holder h) {
    return h.buf;
  }

  static Buf legacyFieldOfABorrowedParameter(@Borrowed Holder h) {
    return h.legacy;
  }

  static int primitiveFieldOfABorrowedParameter(@Borrowed Holder h) {
    return h.size;
  }

  static Buf ownedFieldOfALegacyParameter(Holder h) {
    return h.buf;
  }
}
