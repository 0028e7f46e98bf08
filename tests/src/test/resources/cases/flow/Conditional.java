import dev.ownership.annotations.Owned;

/** The conditional operator `?:`: `send(c ? a : b)` moves a or b, on its branch. */
class Conditional {
  static final class Buf {
    void write(int b) {}

    Buf copy() {
      return new Buf();
    }
  }

  static void take(@Owned Buf b) {}

  static boolean offer(@Owned Buf b) {
    return true;
  }

  static int size(Buf b) {
    return 0;
  }

  void movesOneOfTwo(boolean c) {
    Buf a = new Buf();
    Buf b = new Buf();
    take(c ? a : b);
    // :: error: [use.after.move]
    a.write(1);
    // :: error: [use.after.move]
    b.write(1);
  }

  void movesOneOfTwoThenBothReassigned(boolean c) {
    Buf a = new Buf();
    Buf b = new Buf();
    take(c ? a : b);
    a = new Buf();
    b = new Buf();
    a.write(1);
    b.write(1);
  }

  void copiesAreNotMoves(boolean c) {
    Buf a = new Buf();
    Buf b = new Buf();
    take(c ? a.copy() : b.copy());
    a.write(1);
    b.write(1);
  }

  void onlyOneArmNamesAPath(boolean c) {
    Buf a = new Buf();
    Buf other = new Buf();
    take(c ? new Buf() : a);
    other.write(1);
    // :: error: [use.after.move]
    a.write(1);
  }

  void sameVariableInBothArms(boolean c) {
    Buf a = new Buf();
    take(c ? a : a);
    // :: error: [use.after.move]
    take(a);
  }

  void intoAnOwnedLocal(boolean c) {
    Buf a = new Buf();
    Buf b = new Buf();
    @Owned Buf x = c ? a : b;
    x.write(1);
    take(x);
    // :: error: [use.after.move]
    a.write(1);
  }

  void moveInsideOneArm(boolean c) {
    Buf a = new Buf();
    int n = c ? (offer(a) ? 1 : 2) : 0;
    // :: error: [use.after.move]
    a.write(n);
  }

  void moveInTheCondition() {
    Buf a = new Buf();
    // :: error: [use.after.move]
    int n = offer(a) ? size(a) : 0;
  }

  void readInOneArmMoveInTheOther(boolean c) {
    Buf a = new Buf();
    int n = c ? size(a) : (offer(a) ? 1 : 0);
  }

  void nestedConditionals(boolean c, boolean d) {
    Buf a = new Buf();
    Buf b = new Buf();
    Buf e = new Buf();
    take(c ? a : d ? b : e);
    // :: error: [use.after.move]
    b.write(1);
  }
}
