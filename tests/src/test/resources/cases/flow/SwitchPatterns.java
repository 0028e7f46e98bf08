// requires: java 21
import dev.ownership.annotations.Owned;

/** Pattern matching in switch (Java 21): type patterns, record patterns, guards, sealed types. */
class SwitchPatterns {
  static final class Buf {
    void write(int b) {}

    int size() {
      return 0;
    }
  }

  record Pair(Buf left, Buf right) {}

  sealed interface Msg permits Data, Stop {}

  record Data(Buf payload) implements Msg {}

  record Stop() implements Msg {}

  static void take(@Owned Buf b) {}

  static boolean offer(@Owned Buf b) {
    return true;
  }

  void typePatternBindingMovedThenRead(Object o) {
    switch (o) {
      case Buf b -> {
        take(b);
        // :: error: [use.after.move]
        b.write(1);
      }
      case String s -> s.length();
      default -> {}
    }
  }

  void recordPatternComponentsMovedOnceEach(Object o) {
    switch (o) {
      case Pair(Buf l, Buf r) -> {
        take(l);
        take(r);
      }
      default -> {}
    }
  }

  void recordPatternComponentMovedTwice(Object o) {
    switch (o) {
      case Pair(Buf l, Buf r) -> {
        take(l);
        // :: error: [use.after.move]
        take(l);
      }
      default -> {}
    }
  }

  void guardMovesTheBinding(Object o) {
    switch (o) {
      case Buf b when offer(b) -> {
        // :: error: [use.after.move]
        b.write(1);
      }
      default -> {}
    }
  }

  void guardReadsTheBindingThenTheBodyMovesIt(Object o) {
    switch (o) {
      case Buf b when b.size() == 0 -> take(b);
      default -> {}
    }
  }

  void outerLocalMovedInOneCaseOfASealedSwitch(Msg m) {
    Buf x = new Buf();
    switch (m) {
      case Data d -> take(x);
      case Stop s -> x.write(0);
    }
    // :: error: [use.after.move]
    x.write(1);
  }

  void outerLocalMovedInEveryCaseAndReassigned(Msg m) {
    Buf x = new Buf();
    switch (m) {
      case Data d -> {
        take(x);
        x = new Buf();
      }
      case Stop s -> {
        take(x);
        x = new Buf();
      }
    }
    x.write(1);
  }

  void switchExpressionResultMovesTheChosenArm(Msg m, @Owned Buf fallback) {
    take(
        switch (m) {
          case Data(Buf p) -> p;
          case Stop s -> fallback;
        });
    // :: error: [use.after.move]
    fallback.write(1);
  }

  void recordPatternInInstanceof(Object o) {
    if (o instanceof Pair(Buf l, Buf r)) {
      take(l);
      r.write(1);
      // :: error: [use.after.move]
      l.write(1);
    }
  }
}
