import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;

class ThisAndReceivers {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static void keep(@Owned Holder h) {}

  static void describe(Holder h) {}

  static final class Holder {
    @Owned Buf buf;
    Buf legacy;

    Holder() {
      // `this` is @Mut in a constructor: it cannot be given away.
      // :: error: [move.out.of.borrow]
      keep(this);
    }

    Holder(int size) {
      // Assigning fields and reading `this` is fine.
      this.buf = new Buf();
      this.buf.write(size);
      describe(this);
    }

    void legacyReceiverGivesAwayThis() {
      // :: error: [move.out.of.borrow]
      keep(this);
    }

    void borrowedReceiverGivesAwayThis(@Borrowed Holder this) {
      // :: error: [move.out.of.borrow]
      keep(this);
    }

    void mutReceiverGivesAwayThis(@Mut Holder this) {
      // :: error: [move.out.of.borrow]
      keep(this);
    }

    void ownedReceiverGivesAwayThis(@Owned Holder this) {
      keep(this);
    }

    void ownedReceiverGivesAwayAField(@Owned Holder this) {
      take(this.buf);
      take(legacy);
    }

    void borrowedReceiverGivesAwayAField(@Borrowed Holder this) {
      // :: error: [move.out.of.borrow]
      take(this.buf);
    }

    void borrowedReceiverGivesAwayAFieldUnqualified(@Borrowed Holder this) {
      // :: error: [move.out.of.borrow]
      take(buf);
    }

    void borrowedReceiverStoresAFieldIntoAnOwnedLocal(@Borrowed Holder this) {
      // :: error: [move.out.of.borrow]
      @Owned Buf mine = this.buf;
    }

    void legacyReceiverGivesAwayAField() {
      // Under an unannotated receiver the fields are not reached through a borrow.
      take(this.buf);
      take(legacy);
    }

    void borrowedReceiverReadsItsFields(@Borrowed Holder this) {
      this.buf.write(1);
      buf.write(2);
      describe(this);
    }

    void rejectedMoveOfThisDoesNotMarkItMoved(@Borrowed Holder this) {
      // :: error: [move.out.of.borrow]
      keep(this);
      this.buf.write(1);
    }

    void rejectedFieldMoveDoesNotMarkItMoved(@Borrowed Holder this) {
      // :: error: [move.out.of.borrow]
      take(this.buf);
      this.buf.write(1);
    }

    void consume(@Owned Holder this) {}

    void consumingCallOnThisUnderABorrowedReceiver(@Borrowed Holder this) {
      // :: error: [move.out.of.borrow]
      this.consume();
    }

    void implicitConsumingCallOnThisUnderALegacyReceiver() {
      // :: error: [move.out.of.borrow]
      consume();
    }

    void consumingCallOnThisUnderAnOwnedReceiver(@Owned Holder this) {
      consume();
    }
  }
}
