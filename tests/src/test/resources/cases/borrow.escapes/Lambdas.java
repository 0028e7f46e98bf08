import dev.ownership.annotations.*;
import java.util.function.IntSupplier;

// A lambda or anonymous class that captures a borrow holds it as long as the lambda lives:
// returned, stored in a field or given to an @Owned position, it outlives the call that lent
// the borrow (Rust E0373). Reported at the capture inside the body. Called locally, or handed
// to legacy code (trusted: the loan ends when the call returns), it is fine.
class Lambdas {
  static final class Buf {
    int x;

    int read(@Borrowed Buf this) {
      return x;
    }
  }

  IntSupplier kept;

  static void keep(@Owned IntSupplier s) {}

  static int callNow(IntSupplier s) {
    return s.getAsInt();
  }

  IntSupplier returnedLambda(@Borrowed Buf b) {
    // :: error: [borrow.escapes]
    return () -> b.read();
  }

  IntSupplier returnedThroughALocal(@Borrowed Buf b) {
    // :: error: [borrow.escapes]
    IntSupplier s = () -> b.x;
    return s;
  }

  void storedInAField(@Mut Buf m) {
    // :: error: [borrow.escapes]
    kept = () -> m.read();
  }

  void passedToAnOwnedParameter(@Borrowed Buf b) {
    // :: error: [borrow.escapes]
    keep(() -> b.read());
  }

  IntSupplier returnedAnonymousClass(@Borrowed Buf b) {
    return new IntSupplier() {
      @Override
      public int getAsInt() {
        // :: error: [borrow.escapes]
        return b.read();
      }
    };
  }

  int calledLocally(@Borrowed Buf b) {
    IntSupplier s = () -> b.read();
    return s.getAsInt() + s.getAsInt();
  }

  int passedToALegacyParameter(@Borrowed Buf b) {
    return callNow(() -> b.read());
  }

  int anonymousClassCalledLocally(@Borrowed Buf b) {
    IntSupplier s =
        new IntSupplier() {
          @Override
          public int getAsInt() {
            return b.read();
          }
        };
    return s.getAsInt();
  }

  // Capturing legacy or owned values, or a value copied out of the borrow, is no escape.
  IntSupplier capturesALegacyParameter(Buf legacy) {
    return () -> legacy.read();
  }

  IntSupplier capturesAnOwnedParameter(@Owned Buf o) {
    return () -> o.read();
  }

  IntSupplier capturesACopiedPrimitive(@Borrowed Buf b) {
    int x = b.read();
    return () -> x;
  }

  void storesAFreshLambda(@Borrowed Buf b) {
    kept = () -> 42;
    keep(() -> 7);
  }
}
