import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;

class StaticFieldsAndReturns {
  static final class Buf {
    @Owned Buf f;

    void write(int b) {}
  }

  static @Owned Buf POOL = new Buf();

  static Buf LEGACY = new Buf();

  static void take(@Owned Buf b) {}

  void moveOutOfAnOwnedStaticField() {
    // :: error: [move.out.of.borrow]
    take(POOL);
  }

  void moveOutOfAnOwnedStaticFieldQualified() {
    // :: error: [move.out.of.borrow]
    take(StaticFieldsAndReturns.POOL);
  }

  void readAnOwnedStaticField() {
    POOL.write(1);
    POOL = new Buf();
  }

  void moveOutOfALegacyStaticField() {
    take(LEGACY);
  }

  static @Owned Buf returnABorrowedParameter(@Borrowed Buf b) {
    // :: error: [move.out.of.borrow]
    return b;
  }

  static @Owned Buf returnAMutParameter(@Mut Buf m) {
    // :: error: [move.out.of.borrow]
    return m;
  }

  static @Owned Buf returnAFieldThroughABorrowedParameter(@Borrowed Buf b) {
    // :: error: [move.out.of.borrow]
    return b.f;
  }

  static @Owned Buf returnAnOwnedParameter(@Owned Buf o) {
    return o;
  }

  static @Owned Buf returnAFreshValue(@Borrowed Buf b) {
    b.write(1);
    return new Buf();
  }

  static @Borrowed Buf returnABorrowedParameterAsABorrow(@Borrowed Buf b) {
    return b;
  }

  static @Owned Buf returnAnOwnedStaticField() {
    // :: error: [move.out.of.borrow]
    return POOL;
  }

  static @Owned Buf returnABorrowOnOneBranch(@Borrowed Buf b, @Owned Buf o, boolean flag) {
    if (flag) {
      return o;
    }
    // :: error: [move.out.of.borrow]
    return b;
  }

  static final class Holder {
    @Owned Buf buf;

    @Owned Holder returnThisFromALegacyReceiver() {
      // :: error: [move.out.of.borrow]
      return this;
    }

    @Owned Holder returnThisFromAnOwnedReceiver(@Owned Holder this) {
      return this;
    }

    @Owned Buf returnAFieldFromABorrowedReceiver(@Borrowed Holder this) {
      // :: error: [move.out.of.borrow]
      return this.buf;
    }

    @Owned Buf returnAFieldFromAnOwnedReceiver(@Owned Holder this) {
      return this.buf;
    }

    @Borrowed Buf lendAField(@Borrowed Holder this) {
      return this.buf;
    }
  }
}
