import dev.ownership.annotations.Owned;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Inside a lambda body: a captured path may not be moved (move.out.of.borrow, as from Rust's Fn
 * closures), and the lambda's own locals and parameters are moved and checked as in a method.
 */
class LambdaBody {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static boolean offer(@Owned Buf b) {
    return true;
  }

  Buf held = new Buf();

  void moveOfACapturedLocal() {
    Buf b = new Buf();
    // :: error: [move.out.of.borrow]
    Runnable r = () -> take(b);
    r.run();
    // A rejected move does not mark the path moved.
    b.write(1);
  }

  void moveOfACapturedOwnedParameter(@Owned Buf p) {
    // :: error: [move.out.of.borrow]
    Runnable r = () -> take(p);
    r.run();
  }

  void moveOfAFieldOfTheCapturedThis() {
    // :: error: [move.out.of.borrow]
    Runnable r = () -> take(this.held);
    r.run();
  }

  void readOfACapturedLocal() {
    Buf b = new Buf();
    Runnable r = () -> b.write(1);
    r.run();
  }

  void lambdaLocalMovedThenRead() {
    Runnable r =
        () -> {
          Buf own = new Buf();
          take(own);
          // :: error: [use.after.move]
          own.write(1);
        };
    r.run();
  }

  void lambdaLocalReadThenMoved() {
    Runnable r =
        () -> {
          Buf own = new Buf();
          own.write(1);
          take(own);
        };
    r.run();
  }

  void lambdaParameterMovedThenRead() {
    Consumer<Buf> c =
        x -> {
          take(x);
          // :: error: [use.after.move]
          x.write(1);
        };
    c.accept(new Buf());
  }

  void lambdaParameterMovedOnce() {
    Consumer<Buf> c = x -> take(x);
    Consumer<Buf> m = LambdaBody::take;
    c.accept(new Buf());
    m.accept(new Buf());
  }

  void lambdaLocalMovedInALoop() {
    Runnable r =
        () -> {
          Buf own = new Buf();
          for (int i = 0; i < 3; i++) {
            // :: error: [use.after.move]
            take(own);
          }
        };
    r.run();
  }

  void lambdaLocalMaybeMoved(boolean c) {
    Runnable r =
        () -> {
          Buf own = new Buf();
          if (c) {
            take(own);
          }
          // :: error: [use.after.move]
          own.write(1);
        };
    r.run();
  }

  void lambdaLocalMovedAndReturned() {
    Supplier<Buf> s =
        () -> {
          Buf own = new Buf();
          if (offer(own)) {
            return new Buf();
          }
          // :: error: [use.after.move]
          return own;
        };
    s.get();
  }

  void innerLambdaMovesAnOuterLambdaLocal() {
    Runnable r =
        () -> {
          Buf own = new Buf();
          // :: error: [move.out.of.borrow]
          Runnable inner = () -> take(own);
          inner.run();
          own.write(1);
          take(own);
        };
    r.run();
  }
}
