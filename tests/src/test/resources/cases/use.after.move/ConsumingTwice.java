import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;

// Consuming twice, after Swift's `consuming`/`borrowing` tests (SE-0377, SE-0390): a value
// consumed twice on the paths through a switch, a consuming receiver used after it was
// consumed, and a field consumed twice inside a consuming method.
class ConsumingTwice {
  static final class Buf {
    void write(int b) {}

    void finish(@Owned Buf this) {}
  }

  static void take(@Owned Buf b) {}

  static final class Holder {
    @Owned Buf f = new Buf();

    void consumeFieldTwice(@Owned Holder this) {
      take(f);
      // :: error: [use.after.move]
      take(f);
    }

    void consumeFieldOnce(@Owned Holder this) {
      take(f);
    }

    void consumeFieldOfAMutReceiver(@Mut Holder this) {
      // :: error: [field.moved.at.exit]
      take(f);
    }

    void consumeFieldOfABorrowedReceiver(@Borrowed Holder this) {
      // :: error: [move.out.of.borrow]
      take(f);
    }
  }

  void fallThroughConsumesAgain(@Owned Buf b, int k) {
    switch (k) {
      case 1:
        take(b);
      case 2:
        // :: error: [use.after.move]
        take(b);
        break;
      default:
        break;
    }
  }

  void consumedInOneArmThenAfter(@Owned Buf b, int k) {
    switch (k) {
      case 1 -> take(b);
      default -> b.write(0);
    }
    // :: error: [use.after.move]
    take(b);
  }

  void consumingReceiverTwice(@Owned Buf b) {
    b.finish();
    // :: error: [use.after.move]
    b.finish();
  }

  void consumeABorrowedParameter(@Borrowed Buf b) {
    // :: error: [move.out.of.borrow]
    b.finish();
  }

  // Silent: one consumption on each path.

  void oneConsumptionPerArm(@Owned Buf b, int k) {
    switch (k) {
      case 1 -> take(b);
      case 2 -> b.finish();
      default -> take(b);
    }
  }

  void breakBeforeTheNextCase(@Owned Buf b, int k) {
    switch (k) {
      case 1:
        take(b);
        break;
      case 2:
        take(b);
        break;
      default:
        b.finish();
    }
  }
}
