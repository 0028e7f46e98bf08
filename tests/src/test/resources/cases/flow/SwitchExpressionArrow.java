import dev.ownership.annotations.Owned;

/**
 * Switch expressions, arrow form: a move inside an arm, and moving the switch's result, which
 * moves the value of the arm that was taken.
 */
class SwitchExpressionArrow {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  void moveInsideAnArm(int k) {
    Buf b = new Buf();
    int n =
        switch (k) {
          case 1 -> {
            take(b);
            yield 1;
          }
          default -> 0;
        };
    // :: error: [use.after.move]
    b.write(n);
  }

  void armMovesAndReassigns(int k) {
    Buf b = new Buf();
    int n =
        switch (k) {
          case 1 -> {
            take(b);
            b = new Buf();
            yield 1;
          }
          default -> 0;
        };
    b.write(n);
  }

  void armMovesAndThrows(int k) {
    Buf b = new Buf();
    int n =
        switch (k) {
          case 1 -> {
            take(b);
            throw new IllegalStateException();
          }
          default -> 0;
        };
    b.write(n);
  }

  void movingTheResultMovesTheArmTaken(int k, @Owned Buf x, @Owned Buf y) {
    take(
        switch (k) {
          case 1 -> x;
          default -> y;
        });
    // :: error: [use.after.move]
    x.write(1);
    // :: error: [use.after.move]
    y.write(1);
  }

  void resultIntoAnUnannotatedLocalMovesAnOwnedSource(int k, @Owned Buf x, @Owned Buf y) {
    Buf b =
        switch (k) {
          case 1 -> x;
          default -> y;
        };
    b.write(1);
    take(b);
    // :: error: [use.after.move]
    x.write(1);
  }

  void resultIntoAnOwnedLocal(int k) {
    Buf x = new Buf();
    Buf y = new Buf();
    @Owned Buf b =
        switch (k) {
          case 1 -> x;
          default -> y;
        };
    b.write(1);
    // :: error: [use.after.move]
    take(y);
  }

  void onlyOneArmNamesATrackedPath(int k, @Owned Buf x) {
    take(
        switch (k) {
          case 1 -> new Buf();
          default -> x;
        });
    // :: error: [use.after.move]
    take(x);
  }

  void armsThatOnlyReadTheirSubject(int k, @Owned Buf x) {
    int n =
        switch (k) {
          case 1 -> {
            x.write(1);
            yield 1;
          }
          default -> 0;
        };
    x.write(n);
    take(x);
  }

  void resultMovedThenEverySourceReassigned(int k, @Owned Buf x, @Owned Buf y) {
    take(
        switch (k) {
          case 1 -> x;
          default -> y;
        });
    x = new Buf();
    y = new Buf();
    x.write(1);
    y.write(1);
  }
}
