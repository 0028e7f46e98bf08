import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;

class EvaluationOrder {
  static final class Buf {
    int size() {
      return 0;
    }

    void bar(int x) {}

    void change(@Mut Buf this, int x) {}

    int get(@Borrowed Buf this, int i) {
      return i;
    }
  }

  static void f(@Owned Buf a, int n) {}

  static void g(int n, @Owned Buf a) {}

  static void both(@Owned Buf a, @Owned Buf b) {}

  static void ownedThenLegacy(@Owned Buf a, Buf b) {}

  static void legacyThenOwned(Buf a, @Owned Buf b) {}

  static int consume(@Owned Buf a) {
    return 0;
  }

  static int other(@Mut Buf v) {
    return 0;
  }

  static int peek(@Borrowed Buf v) {
    return 0;
  }

  void laterArgumentReadsAMovedValue(@Owned Buf a) {
    // :: error: [use.after.move]
    f(a, a.size());
  }

  void earlierArgumentReadsBeforeTheMove(@Owned Buf a) {
    g(a.size(), a);
  }

  void sizeComputedFirst(@Owned Buf a) {
    int n = a.size();
    f(a, n);
  }

  void sameValueToTwoOwnedParameters(@Owned Buf a) {
    // :: error: [use.after.move]
    both(a, a);
  }

  void twoDifferentValues(@Owned Buf a, @Owned Buf b) {
    both(a, b);
  }

  void ownedThenLegacyArgument(@Owned Buf a) {
    // :: error: [use.after.move]
    ownedThenLegacy(a, a);
  }

  void legacyThenOwnedArgument(@Owned Buf a) {
    legacyThenOwned(a, a);
  }

  void receiverNotBorrowedIsReadBeforeTheArgumentMovesIt(@Owned Buf a) {
    // bar does not borrow its receiver: `a` is read where it is evaluated, before consume(a)
    // takes it, as Java evaluates it (`this.pool.recycle(this)`).
    a.bar(consume(a));
  }

  void borrowedReceiverIsReadWhenTheCallIsMade(@Owned Buf a) {
    // get borrows its receiver for the call, after the arguments: the loan is of a moved value.
    // :: error: [use.after.move]
    a.get(consume(a));
  }

  void mutReceiverIsReadWhenTheCallIsMade(@Owned Buf a) {
    // :: error: [use.after.move]
    a.change(consume(a));
  }

  void receiverOfAnotherValue(@Owned Buf a, @Owned Buf b) {
    b.bar(consume(a));
  }

  void nothingMovesInANestedCall(@Owned Buf v) {
    v.get(other(v));
    v.get(peek(v));
    consume(v);
  }

  void moveInTheLastArgumentOfANestedCall(@Owned Buf a) {
    // :: error: [use.after.move]
    f(a, consume(a));
  }

  void nestedMoveAfterTheOuterArgumentsRead(@Owned Buf a) {
    g(a.size(), a);
    // :: error: [use.after.move]
    a.size();
  }
}
