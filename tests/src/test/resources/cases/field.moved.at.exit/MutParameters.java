import dev.ownership.annotations.*;

// An @Owned field of a @Mut parameter belongs to the caller's object: moved out, a value must be
// put back before every exit. Through a @Borrowed parameter the move itself is rejected
// (move.out.of.borrow); through an @Owned parameter it is a partial move of an owner.
class MutParameters {
  static final class Buf {
    int x;
  }

  static final class Holder {
    @Owned Buf buf;
    @Owned Buf spare;
    Buf legacy;
  }

  static void take(@Owned Buf b) {}

  static void movedAndNeverPutBack(@Mut Holder h) {
    // :: error: [field.moved.at.exit]
    take(h.buf);
  }

  static void putBack(@Mut Holder h) {
    take(h.buf);
    h.buf = new Buf();
  }

  static void putBackFromAnotherField(@Mut Holder h) {
    take(h.buf);
    // :: error: [field.moved.at.exit]
    h.buf = h.spare;
  }

  static void rotateTheFields(@Mut Holder h) {
    @Owned Buf first = h.buf;
    h.buf = h.spare;
    h.spare = first;
  }

  static void onlyOneOfTwoPutBack(@Mut Holder a, @Mut Holder b) {
    take(a.buf);
    // :: error: [field.moved.at.exit]
    take(b.buf);
    a.buf = new Buf();
  }

  static void movedThroughAReborrowOfTheParameter(@Mut Holder h) {
    Holder r = h;
    // :: error: [field.moved.at.exit]
    take(r.buf);
  }

  static void putBackThroughAReborrowOfTheParameter(@Mut Holder h) {
    Holder r = h;
    take(r.buf);
    r.buf = new Buf();
  }

  static void throughABorrowedParameter(@Borrowed Holder h) {
    // :: error: [move.out.of.borrow]
    take(h.buf);
  }

  static void partialMoveOfAnOwnedParameter(@Owned Holder h) {
    take(h.buf);
  }

  static void legacyParameter(Holder h) {
    take(h.buf);
  }

  static void legacyFieldOfAMutParameter(@Mut Holder h) {
    take(h.legacy);
  }

  static @Owned Buf swap(@Mut Holder h, @Owned Buf fresh) {
    @Owned Buf old = h.buf;
    h.buf = fresh;
    return old;
  }
}
