import dev.ownership.annotations.Owned;

class OwnedParameters {
  static final class Buf {
    void write(int b) {}

    int size() {
      return 0;
    }
  }

  static void take(@Owned Buf b) {}

  static void look(Buf b) {}

  void readAfterMove(@Owned Buf b) {
    take(b);
    // :: error: [use.after.move]
    b.write(1);
  }

  void readsBeforeTheMoveAreFine(@Owned Buf b) {
    b.write(1);
    look(b);
    int n = b.size();
    take(b);
  }

  void passingToALegacyParameterDoesNotMove(@Owned Buf b) {
    look(b);
    look(b);
    b.write(1);
    take(b);
  }

  void moveTwice(@Owned Buf b) {
    take(b);
    // :: error: [use.after.move]
    take(b);
  }

  void movedOnOneBranch(@Owned Buf b, boolean flag) {
    if (flag) {
      take(b);
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void movedOnOneBranchAndRefilled(@Owned Buf b, boolean flag) {
    if (flag) {
      take(b);
      b = new Buf();
    }
    b.write(1);
  }

  void movedOnEachBranchOfAnIfElse(@Owned Buf b, boolean flag) {
    if (flag) {
      take(b);
    } else {
      b.write(0);
      take(b);
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void readOnlyOnTheOtherBranch(@Owned Buf b, boolean flag) {
    if (flag) {
      take(b);
    } else {
      b.write(1);
    }
  }

  void movedInAPreviousIteration(@Owned Buf b, int n) {
    for (int i = 0; i < n; i++) {
      // :: error: [use.after.move]
      take(b);
    }
  }

  void movedAndRefilledInEveryIteration(@Owned Buf b, int n) {
    for (int i = 0; i < n; i++) {
      take(b);
      b = new Buf();
    }
    b.write(1);
  }

  void movedThenLeavesTheLoop(@Owned Buf b, int n) {
    while (n > 0) {
      if (n == 3) {
        take(b);
        break;
      }
      b.write(n);
      n--;
    }
  }

  void movedInASwitchCase(@Owned Buf b, int k) {
    switch (k) {
      case 1:
        take(b);
        break;
      case 2:
        b.write(2);
        break;
      default:
        break;
    }
    // :: error: [use.after.move]
    b.write(3);
  }

  void movedInTheConditionOfAShortCircuit(@Owned Buf b, boolean flag) {
    boolean r = flag && consumed(b);
    // :: error: [use.after.move]
    b.write(1);
  }

  void ternaryMovesOnOneArm(@Owned Buf b, boolean flag) {
    int n = flag ? consumeAndCount(b) : 0;
    // :: error: [use.after.move]
    b.write(n);
  }

  static boolean consumed(@Owned Buf b) {
    return true;
  }

  static int consumeAndCount(@Owned Buf b) {
    return 1;
  }
}
