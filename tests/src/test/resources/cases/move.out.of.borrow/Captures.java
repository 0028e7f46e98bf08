import dev.ownership.annotations.Owned;
import java.util.function.Consumer;
import java.util.function.Supplier;

// A lambda body may run any number of times: like Rust's Fn closures, it cannot move what it
// captured.
class Captures {
  static final class Buf {
    @Owned Buf f;

    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static @Owned Buf make() {
    return new Buf();
  }

  static void run(Runnable r) {
    r.run();
  }

  void lambdaMovesACapturedOwner(@Owned Buf b) {
    // :: error: [move.out.of.borrow]
    run(() -> take(b));
  }

  void lambdaMovesACapturedLocalOwner() {
    @Owned Buf b = make();
    run(
        () -> {
          b.write(0);
          // :: error: [move.out.of.borrow]
          take(b);
        });
  }

  void lambdaMovesAFieldOfACapturedOwner(@Owned Buf b) {
    // :: error: [move.out.of.borrow]
    run(() -> take(b.f));
  }

  void lambdaOnlyReadsWhatItCaptured(@Owned Buf b) {
    run(() -> b.write(1));
    take(b);
  }

  void lambdaMovesItsOwnLocal() {
    run(
        () -> {
          @Owned Buf mine = make();
          mine.write(1);
          take(mine);
        });
  }

  void lambdaMovesItsParameter() {
    Consumer<Buf> sink = x -> take(x);
    sink.accept(new Buf());
  }

  void lambdaReturnsAFreshValue() {
    Supplier<Buf> s = () -> make();
    s.get().write(1);
  }

  void anonymousClassMovesACapturedOwner(@Owned Buf b) {
    Runnable r =
        new Runnable() {
          @Override
          public void run() {
            // :: error: [move.out.of.borrow]
            take(b);
          }
        };
    r.run();
  }

  void anonymousClassMovesItsOwnLocal() {
    Runnable r =
        new Runnable() {
          @Override
          public void run() {
            @Owned Buf mine = make();
            take(mine);
          }
        };
    r.run();
  }

  void rejectedMoveInsideALambdaDoesNotMarkTheCapturedPathMoved(@Owned Buf b) {
    run(
        () -> {
          // :: error: [move.out.of.borrow]
          take(b);
          b.write(1);
        });
    b.write(2);
    take(b);
  }

  // -- a captured value the enclosing body does not track as owned: a legacy value, which the
  // lambda may hand on as the enclosing body could

  void lambdaHandsOnALegacyParameter(Buf legacy) {
    run(() -> take(legacy));
  }

  Runnable closerHandsOnALegacyParameter(Buf legacy) {
    return () -> take(legacy);
  }

  void lambdaMovesAnUnannotatedLocalThatOwns() {
    Buf b = make();
    run(
        () -> {
          // :: error: [move.out.of.borrow]
          take(b);
        });
  }
}
