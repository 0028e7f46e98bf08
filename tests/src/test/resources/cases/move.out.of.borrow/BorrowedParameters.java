import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;

class BorrowedParameters {
  static final class Buf {
    @Owned Buf f;
    Buf legacy;

    void write(int b) {}

    void close(@Owned Buf this) {}
  }

  static final class Holder {
    @Owned Buf buf;
  }

  static void take(@Owned Buf b) {}

  static void look(Buf b) {}

  void moveABorrowedParameter(@Borrowed Buf b) {
    // :: error: [move.out.of.borrow]
    take(b);
  }

  void moveAMutParameter(@Mut Buf m) {
    // :: error: [move.out.of.borrow]
    take(m);
  }

  void moveAnOwnedParameter(@Owned Buf o) {
    take(o);
  }

  void moveALegacyParameter(Buf p) {
    take(p);
  }

  void moveAFieldReachedThroughABorrowedParameter(@Borrowed Buf b) {
    // :: error: [move.out.of.borrow]
    take(b.f);
  }

  void moveADeeperPathThroughABorrowedParameter(@Borrowed Buf b) {
    // :: error: [move.out.of.borrow]
    take(b.f.f);
  }

  void moveAFieldOfAnOwnedParameter(@Owned Buf o) {
    // A partial move out of an owner is allowed.
    take(o.f);
  }

  void consumingCallOnABorrowedParameter(@Borrowed Buf b) {
    // :: error: [move.out.of.borrow]
    b.close();
  }

  void consumingCallOnAnOwnedParameter(@Owned Buf o) {
    o.close();
  }

  void borrowedIntoAnOwnedLocal(@Borrowed Buf b) {
    // :: error: [move.out.of.borrow]
    @Owned Buf mine = b;
  }

  void borrowedIntoAnOwnedField(@Borrowed Buf b, Holder h) {
    // :: error: [move.out.of.borrow]
    h.buf = b;
  }

  void mutIntoAnOwnedField(@Mut Buf m, Holder h) {
    // :: error: [move.out.of.borrow]
    h.buf = m;
  }

  void ownedIntoAnOwnedField(@Owned Buf o, Holder h) {
    h.buf = o;
  }

  void borrowedPassedToLegacyOrRead(@Borrowed Buf b) {
    look(b);
    b.write(1);
    b.f.write(2);
  }

  void rejectedMoveDoesNotMarkThePathMoved(@Borrowed Buf b) {
    // :: error: [move.out.of.borrow]
    take(b);
    b.write(1);
    look(b);
  }

  void eachRejectedMoveIsItsOwnMistake(@Mut Buf m) {
    // :: error: [move.out.of.borrow]
    take(m);
    // :: error: [move.out.of.borrow]
    take(m);
    m.write(1);
  }

  void rejectedFieldMoveDoesNotMarkTheFieldMoved(@Borrowed Buf b) {
    // :: error: [move.out.of.borrow]
    take(b.f);
    b.f.write(1);
    look(b);
  }
}
