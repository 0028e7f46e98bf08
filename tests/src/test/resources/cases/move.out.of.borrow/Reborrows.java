import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;

// An unannotated local takes the mode of its initializer: from a borrow it is a reborrow,
// and a reborrow cannot be moved any more than the borrow it came from.
class Reborrows {
  static final class Buf {
    @Owned Buf f;

    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  void reborrowOfABorrowedParameter(@Borrowed Buf b) {
    Buf r = b;
    r.write(1);
    // :: error: [move.out.of.borrow]
    take(r);
  }

  void reborrowOfAMutParameter(@Mut Buf m) {
    Buf r = m;
    // :: error: [move.out.of.borrow]
    take(r);
  }

  void reborrowOfAFieldReachedThroughABorrow(@Borrowed Buf b) {
    Buf r = b.f;
    // :: error: [move.out.of.borrow]
    take(r);
  }

  void explicitBorrowedLocal(@Owned Buf o) {
    @Borrowed Buf r = o;
    r.write(1);
    // :: error: [move.out.of.borrow]
    take(r);
  }

  void localFromAnOwnerIsAnOwner(@Owned Buf o) {
    Buf r = o;
    take(r);
  }

  void localFromAFieldOfAnOwnerIsAnOwner(@Owned Buf o) {
    Buf r = o.f;
    take(r);
  }

  void rejectedMoveOfAReborrowDoesNotMarkItMoved(@Borrowed Buf b) {
    Buf r = b;
    // :: error: [move.out.of.borrow]
    take(r);
    r.write(1);
  }
}
