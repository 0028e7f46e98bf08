import dev.ownership.annotations.*;

// A @Borrowed receiver makes a read-only method (Rust's &self); a @Mut receiver a mutating
// one (&mut self). A constructor's `this` is @Mut.
class Receivers {
  static final class Buf {
    int x;
    @Owned Buf f;

    Buf() {
      this.x = 1;
      write(2);
    }

    int read(@Borrowed Buf this) {
      return x;
    }

    void write(@Mut Buf this, int v) {
      x = v;
    }

    static void fill(@Mut Buf dst) {}

    void assignThisField(@Borrowed Buf this) {
      // :: error: [mutation.through.borrow]
      this.x = 1;
    }

    void assignImplicitThisField(@Borrowed Buf this) {
      // :: error: [mutation.through.borrow]
      x = 1;
    }

    void callAMutMethodOnThis(@Borrowed Buf this) {
      // :: error: [mutation.through.borrow]
      this.write(1);
    }

    void callAMutMethodOnImplicitThis(@Borrowed Buf this) {
      // :: error: [mutation.through.borrow]
      write(1);
    }

    void passThisToAMutParameter(@Borrowed Buf this) {
      // :: error: [mutation.through.borrow]
      fill(this);
    }

    void callAMutMethodOnAnOwnedFieldOfThis(@Borrowed Buf this) {
      // :: error: [mutation.through.borrow]
      this.f.write(1);
    }

    void readsInABorrowedMethod(@Borrowed Buf this) {
      int a = this.x + x + read() + this.read() + f.read();
      @Borrowed Buf self = this;
      int b = self.read();
    }

    void theSameInAMutMethod(@Mut Buf this) {
      this.x = 1;
      x = 2;
      this.write(1);
      write(2);
      fill(this);
      this.f.write(1);
    }

    void theSameInALegacyMethod() {
      this.x = 1;
      write(2);
      fill(this);
    }
  }

  void mutMethodThroughABorrowedPath(@Borrowed Buf b, @Mut Buf m) {
    // :: error: [mutation.through.borrow]
    b.write(1);
    m.write(1);
    int r = b.read() + m.read();
  }
}
