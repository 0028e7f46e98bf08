import dev.ownership.annotations.Owned;

class OneErrorPerMistake {
  static final class Buf {
    @Owned Buf f;

    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  static void look(Buf b) {}

  void threeReadsAfterOneMove(@Owned Buf b) {
    take(b);
    // :: error: [use.after.move]
    b.write(1);
    b.write(2);
    look(b);
  }

  void secondMoveAfterReassignmentIsASecondMistake(@Owned Buf b) {
    take(b);
    // :: error: [use.after.move]
    b.write(1);
    b = new Buf();
    take(b);
    // :: error: [use.after.move]
    b.write(2);
    b.write(3);
  }

  void reassignmentBeforeAnyRead(@Owned Buf b) {
    take(b);
    b = new Buf();
    b.write(1);
    take(b);
    b = new Buf();
    b.write(2);
  }

  void maybeMovedIsReportedOnce(@Owned Buf b, boolean flag) {
    if (flag) {
      take(b);
    }
    // :: error: [use.after.move]
    b.write(1);
    if (flag) {
      b.write(2);
    }
    b.write(3);
  }

  void oneErrorPerPath(@Owned Buf a, @Owned Buf b) {
    take(a);
    take(b);
    // :: error: [use.after.move]
    a.write(1);
    // :: error: [use.after.move]
    b.write(1);
    a.write(2);
    b.write(2);
  }

  void twoReadsOnOneLine(@Owned Buf a) {
    take(a);
    // :: error: [use.after.move]
    a.write(a.hashCode());
  }

  void fieldReportedOnceToo(@Owned Buf x) {
    take(x.f);
    // :: error: [use.after.move]
    x.f.write(1);
    x.f.write(2);
  }

  void readInALoopAfterAMoveBeforeIt(@Owned Buf b, int n) {
    take(b);
    for (int i = 0; i < n; i++) {
      // :: error: [use.after.move]
      b.write(i);
    }
  }
}
