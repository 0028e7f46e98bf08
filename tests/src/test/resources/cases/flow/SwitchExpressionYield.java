import dev.ownership.annotations.Owned;

/** Switch expressions with `yield`: colon form, fallthrough inside a switch expression. */
class SwitchExpressionYield {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static boolean offer(@Owned Buf b) {
    return true;
  }

  void yieldFromColonFormMovesTheYieldedPath(int k, @Owned Buf x, @Owned Buf y) {
    take(
        switch (k) {
          case 1:
            yield x;
          default:
            yield y;
        });
    // :: error: [use.after.move]
    y.write(1);
  }

  void fallthroughInsideASwitchExpression(int k) {
    Buf b = new Buf();
    int n =
        switch (k) {
          case 1:
            take(b);
          case 2:
            // :: error: [use.after.move]
            b.write(2);
            yield 2;
          default:
            yield 0;
        };
  }

  void yieldEndsTheCase(int k) {
    Buf b = new Buf();
    int n =
        switch (k) {
          case 1:
            take(b);
            yield 1;
          case 2:
            b.write(2);
            yield 2;
          default:
            yield 0;
        };
    // :: error: [use.after.move]
    b.write(n);
  }

  void yieldingAMovedValue(int k) {
    Buf b = new Buf();
    take(b);
    Buf r =
        switch (k) {
          case 1:
            // :: error: [use.after.move]
            yield b;
          default:
            yield new Buf();
        };
  }

  void yieldedOwnerIsUsable(int k, @Owned Buf x) {
    Buf r =
        switch (k) {
          case 1:
            yield x;
          default:
            yield new Buf();
        };
    r.write(1);
    take(r);
  }

  void moveInsideTheYieldedExpression(int k) {
    Buf b = new Buf();
    int n =
        switch (k) {
          case 1:
            yield offer(b) ? 1 : 0;
          default:
            yield 0;
        };
    // :: error: [use.after.move]
    b.write(n);
  }

  void nestedSwitchExpressions(int k, int j) {
    Buf b = new Buf();
    int n =
        switch (k) {
          case 1:
            yield switch (j) {
              case 1 -> {
                take(b);
                b = new Buf();
                yield 1;
              }
              default -> 2;
            };
          default:
            yield 0;
        };
    b.write(n);
  }
}
