import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;

class EvaluationOrder {
  static final class Buf {
    int size() {
      return 0;
    }

    void bar(int x) {}

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

  void receiverUsedAfterItsArgumentMovedIt(@Owned Buf a) {
    // The receiver is read when the call is made, after the argument has been evaluated.
    // :: error: [use.after.move]
    a.bar(consume(a));
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
