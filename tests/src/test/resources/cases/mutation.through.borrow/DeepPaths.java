import dev.ownership.annotations.*;

// Deep: what is reached through a @Borrowed path by an owned field is read-only too; through a
// @Mut path it is mutable. Legacy fields (unannotated, in an unannotated class) are not reached.
class DeepPaths {
  static final class Buf {
    int x;
    @Owned Buf f;
    Buf legacy;

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

  void mutCallOnAnOwnedFieldOfABorrowedParameter(@Borrowed Buf b) {
    // :: error: [mutation.through.borrow]
    b.f.write(1);
  }

  void assignmentThroughAnOwnedFieldOfABorrowedParameter(@Borrowed Buf b) {
    // :: error: [mutation.through.borrow]
    b.f.x = 1;
  }

  void ownedFieldOfABorrowedParameterToAMutParameter(@Borrowed Buf b) {
    // :: error: [mutation.through.borrow]
    fill(b.f);
  }

  void deeperPathThroughABorrowedParameter(@Borrowed Buf b) {
    // :: error: [mutation.through.borrow]
    b.f.f.write(1);
  }

  void replaceAnOwnedFieldOfABorrowedParameter(@Borrowed Buf b) {
    // :: error: [mutation.through.borrow]
    b.f = null;
  }

  void readsThroughOwnedFieldsOfABorrowedParameter(@Borrowed Buf b) {
    int a = b.f.x;
    int c = b.f.read();
    int d = peek(b.f);
    int e = b.f.f.read();
  }

  void legacyFieldIsNotReachedDeeply(@Borrowed Buf b) {
    b.legacy.write(1);
    b.legacy.x = 1;
    fill(b.legacy);
  }

  void theSameThroughAMutParameter(@Mut Buf m) {
    m.f.write(1);
    m.f.x = 1;
    fill(m.f);
    m.f.f.write(1);
    int r = m.f.read();
  }

  void theSameThroughAnOwnedParameter(@Owned Buf o) {
    o.f.write(1);
    o.f.x = 1;
    fill(o.f);
  }
}
