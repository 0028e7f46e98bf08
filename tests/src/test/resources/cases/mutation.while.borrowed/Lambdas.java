import dev.ownership.annotations.*;

// A lambda passed directly to a call runs during the call: its loans are made at call entry
// with the call's own, and a conflict is reported inside the lambda (§5). A lambda kept in a
// local holds its loans while the local is live.
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

  void lambdaMutatesTheReceiverOfABorrowedCall(@Owned P p) {
    // :: error: [mutation.while.borrowed]
    p.each(() -> p.x = 10);
  }

  void lambdaCallsAMutMethodOnTheReceiverOfABorrowedCall(@Owned P p) {
    p.each(
        () -> {
          int v = p.read();
          // :: error: [mutation.while.borrowed]
          p.write(v + 1);
        });
  }

  void lambdaMutatesTheReceiverOfAMutCall(@Owned P p) {
    p.eachMut(
        () -> {
          // :: error: [mutation.while.borrowed]
          p.x = 10;
        });
  }

  void lambdaMutatesAnotherOwner(@Owned P p, @Owned P q) {
    p.each(() -> q.x = 10);
    p.each(() -> q.write(1));
    p.eachMut(() -> q.write(2));
  }

  void lambdaOnlyReadsTheReceiverOfABorrowedCall(@Owned P p) {
    p.each(() -> System.out.println(p.x + p.read()));
  }

  void lambdaMutatesTheReceiverOfALegacyCall(@Owned P p) {
    run(() -> p.x = 10);
    run(() -> p.write(1));
  }

  static void run(Runnable r) {
    r.run();
  }

  void storedReadingLambdaLiveAcrossAMutation(@Owned P p) {
    Runnable show = () -> System.out.println(p.read());
    // :: error: [mutation.while.borrowed]
    p.write(1);
    show.run();
  }

  void storedReadingLambdaDoneBeforeTheMutation(@Owned P p) {
    Runnable show = () -> System.out.println(p.read());
    show.run();
    p.write(1);
  }
}
