import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;

// SPEC §4 field.moved.at.exit: moving an @Owned field out through a @Mut path and putting a
// value back before every exit is allowed (Rust's mem::replace); through a @Borrowed path it is
// move.out.of.borrow.
class PutBack {
  static final class Buf {
    void write(int b) {}
  }

  static final class Holder {
    @Owned Buf buf;

    void replaceUnderAMutReceiver(@Mut Holder this) {
      take(this.buf);
      this.buf = new Buf();
    }

    void replaceUnderABorrowedReceiver(@Borrowed Holder this) {
      // :: error: [move.out.of.borrow]
      take(this.buf);
      // Putting a value back is itself a change through the shared borrow (Rust: E0594 too).
      // :: error: [mutation.through.borrow]
      this.buf = new Buf();
    }
  }

  static void take(@Owned Buf b) {}

  static @Owned Buf swap(@Mut Holder h, @Owned Buf fresh) {
    @Owned Buf old = h.buf;
    h.buf = fresh;
    return old;
  }

  static void replaceThroughAMutParameter(@Mut Holder h) {
    take(h.buf);
    h.buf = new Buf();
  }

  static void replaceThroughABorrowedParameter(@Borrowed Holder h) {
    // :: error: [move.out.of.borrow]
    take(h.buf);
    // :: error: [mutation.through.borrow]
    h.buf = new Buf();
  }
}
