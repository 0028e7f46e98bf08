import dev.ownership.annotations.Owned;
import java.util.function.Consumer;

/**
 * Anonymous classes, as lambdas: captured outer locals may be read but not moved inside, a
 * captured moved local is a use after move, and the class's own locals and fields are tracked.
 */
class AnonymousClass {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  void movesACapturedLocal() {
    Buf b = new Buf();
    Runnable r =
        new Runnable() {
          @Override
          public void run() {
            // :: error: [move.out.of.borrow]
            take(b);
          }
        };
    r.run();
    b.write(1);
  }

  void capturesAMovedLocal() {
    Buf b = new Buf();
    take(b);
    Runnable r =
        new Runnable() {
          @Override
          public void run() {
            // :: error: [use.after.move]
            b.write(1);
          }
        };
    r.run();
  }

  void readsACapturedLocalThatIsMovedAfterTheLastUse() {
    Buf b = new Buf();
    Runnable r =
        new Runnable() {
          @Override
          public void run() {
            b.write(1);
          }
        };
    r.run();
    take(b);
  }

  void ownLocalsAreTracked() {
    Runnable r =
        new Runnable() {
          @Override
          public void run() {
            Buf own = new Buf();
            take(own);
            // :: error: [use.after.move]
            own.write(1);
          }
        };
    r.run();
  }

  void ownLocalsMovedOnce() {
    Runnable r =
        new Runnable() {
          @Override
          public void run() {
            Buf own = new Buf();
            own.write(1);
            take(own);
          }
        };
    r.run();
  }

  void ownFieldMovedThenRead() {
    Runnable r =
        new Runnable() {
          Buf held = new Buf();

          @Override
          public void run() {
            take(held);
            // :: error: [use.after.move]
            held.write(1);
          }
        };
    r.run();
  }

  void ownFieldMovedThenReassigned() {
    Runnable r =
        new Runnable() {
          Buf held = new Buf();

          @Override
          public void run() {
            take(this.held);
            this.held = new Buf();
            held.write(1);
          }
        };
    r.run();
  }

  void ownedParameterOfAnImplementedMethod() {
    Consumer<Buf> c =
        new Consumer<Buf>() {
          @Override
          public void accept(@Owned Buf x) {
            take(x);
            // :: error: [use.after.move]
            x.write(1);
          }
        };
    c.accept(new Buf());
  }
}
