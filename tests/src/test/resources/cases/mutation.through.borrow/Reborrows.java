import dev.ownership.annotations.*;

// An unannotated local takes the mode of its initializer: from a @Borrowed path it is a shared
// reborrow, and may not mutate either; from a @Mut path a mutable reborrow; from an owner it
// becomes the owner; from legacy code it is untracked.
class Reborrows {
  static final class Buf {
    int x;
    @Owned Buf f;

    int read(@Borrowed Buf this) {
      return x;
    }

    void write(@Mut Buf this, int v) {
      x = v;
    }
  }

  static void fill(@Mut Buf dst) {}

  static Buf legacyMake() {
    return new Buf();
  }

  void assignThroughAReborrowOfABorrowedParameter(@Borrowed Buf b) {
    Buf r = b;
    // :: error: [mutation.through.borrow]
    r.x = 1;
  }

  void mutCallThroughAReborrowOfABorrowedParameter(@Borrowed Buf b) {
    Buf r = b;
    // :: error: [mutation.through.borrow]
    r.write(1);
  }

  void reborrowPassedToAMutParameter(@Borrowed Buf b) {
    Buf r = b;
    // :: error: [mutation.through.borrow]
    fill(r);
  }

  void reborrowOfAnOwnedFieldOfABorrowedParameter(@Borrowed Buf b) {
    Buf r = b.f;
    // :: error: [mutation.through.borrow]
    r.write(1);
  }

  void explicitBorrowedLocalOfAnOwner(@Owned Buf o) {
    @Borrowed Buf r = o;
    // :: error: [mutation.through.borrow]
    r.write(1);
    int v = r.read();
    o.write(2);
  }

  void readsThroughAReborrow(@Borrowed Buf b) {
    Buf r = b;
    int v = r.x + r.read() + r.f.read();
  }

  void reborrowOfAMutParameterMayMutate(@Mut Buf m) {
    Buf r = m;
    r.x = 1;
    r.write(1);
    fill(r);
    r.f.write(2);
  }

  void ownedLocalMayMutate() {
    @Owned Buf o = new Buf();
    o.x = 1;
    o.write(1);
    fill(o);
  }

  void localTakingOverAnOwnerMayMutate(@Owned Buf o) {
    Buf mine = o;
    mine.x = 1;
    mine.write(1);
  }

  void untrackedLocalMayMutate() {
    Buf u = legacyMake();
    u.x = 1;
    u.write(1);
    fill(u);
  }
}
