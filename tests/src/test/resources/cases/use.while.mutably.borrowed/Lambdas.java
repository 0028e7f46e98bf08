import dev.ownership.annotations.*;

// A lambda passed to a call that mutably borrows a path may not read that path: the read is
// reported inside the lambda (§5). A lambda kept in a local that mutates a captured path holds
// a mutable loan on it while the local is live.
class Lambdas {
  static final class P {
    int x;

    int read(@Borrowed P this) {
      return x;
    }

    void write(@Mut P this, int v) {
      x = v;
    }

    void each(@Borrowed P this, Runnable action) {
      action.run();
    }

    void eachMut(@Mut P this, Runnable action) {
      action.run();
    }
  }

  static void update(@Mut P target, Runnable action) {
    action.run();
  }

  void lambdaReadsTheReceiverOfAMutCall(@Owned P p) {
    p.eachMut(
        () -> {
          // :: error: [use.while.mutably.borrowed]
          System.out.println(p.read());
        });
  }

  void lambdaReadsAFieldOfTheReceiverOfAMutCall(@Owned P p) {
    // :: error: [use.while.mutably.borrowed]
    p.eachMut(() -> System.out.println(p.x));
  }

  void lambdaReadsAMutArgument(@Owned P p) {
    // :: error: [use.while.mutably.borrowed]
    update(p, () -> p.read());
  }

  void lambdaReadsTheReceiverOfABorrowedCall(@Owned P p) {
    p.each(() -> System.out.println(p.read()));
  }

  void lambdaReadsAnotherOwner(@Owned P p, @Owned P q) {
    p.eachMut(() -> System.out.println(q.read()));
    update(p, () -> q.read());
  }

  void storedMutatingLambdaLiveAcrossARead(@Owned P p) {
    Runnable bump = () -> p.write(p.read() + 1);
    // :: error: [use.while.mutably.borrowed]
    p.read();
    bump.run();
  }

  void storedMutatingLambdaDoneBeforeTheRead(@Owned P p) {
    Runnable bump = () -> p.write(p.read() + 1);
    bump.run();
    p.read();
  }
}
