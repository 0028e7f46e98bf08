import dev.ownership.annotations.*;

// Through a @Borrowed parameter the callee may read but not mutate (Rust: E0594, E0596).
class BorrowedParameters {
  static final class Buf {
    int x;

    int read(@Borrowed Buf this) {
      return x;
    }

    void write(@Mut Buf this, int v) {
      x = v;
    }
  }

  static void fill(@Mut Buf dst) {
    dst.write(0);
  }

  static int peek(@Borrowed Buf src) {
    return src.read();
  }

  static void legacy(Buf any) {}

  void assignAFieldThroughABorrowedParameter(@Borrowed Buf b) {
    // :: error: [mutation.through.borrow]
    b.x = 1;
  }

  void compoundAssignmentThroughABorrowedParameter(@Borrowed Buf b) {
    // :: error: [mutation.through.borrow]
    b.x += 1;
  }

  void callAMutMethodThroughABorrowedParameter(@Borrowed Buf b) {
    // :: error: [mutation.through.borrow]
    b.write(1);
  }

  void passABorrowedParameterToAMutParameter(@Borrowed Buf b) {
    // :: error: [mutation.through.borrow]
    fill(b);
  }

  void makeAMutLocalFromABorrowedParameter(@Borrowed Buf b) {
    // :: error: [mutation.through.borrow]
    @Mut Buf m = b;
  }

  void readsThroughABorrowedParameter(@Borrowed Buf b) {
    int a = b.x;
    int c = b.read();
    int d = peek(b);
    @Borrowed Buf again = b;
    int e = again.read();
    legacy(b);
  }

  void theSameThroughAMutParameter(@Mut Buf m) {
    m.x = 1;
    m.x += 1;
    m.write(1);
    fill(m);
    @Mut Buf again = m;
    again.write(2);
    int r = m.read() + peek(m);
  }

  void theSameThroughAnOwnedParameter(@Owned Buf o) {
    o.x = 1;
    o.write(1);
    fill(o);
    int r = o.read();
  }

  void theSameThroughALegacyParameter(Buf p) {
    p.x = 1;
    p.write(1);
    fill(p);
  }
}
