import dev.ownership.annotations.Owned;

/** switch statements: fallthrough, default, break, and the arrow form without fallthrough. */
class SwitchStatement {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  void fallthroughFromTheMovingCase(int k) {
    Buf b = new Buf();
    switch (k) {
      case 1:
        take(b);
        // falls through
      case 2:
        // :: error: [use.after.move]
        b.write(2);
        break;
      default:
        b.write(0);
    }
  }

  void breakEndsTheMovingCase(int k) {
    Buf b = new Buf();
    switch (k) {
      case 1:
        take(b);
        break;
      case 2:
        b.write(2);
        break;
      default:
        b.write(0);
        break;
    }
  }

  void maybeMovedAfterTheSwitch(int k) {
    Buf b = new Buf();
    switch (k) {
      case 1:
        take(b);
        break;
      default:
        break;
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void movedInEveryCaseButNoDefault(int k) {
    Buf b = new Buf();
    switch (k) {
      case 1:
        take(b);
        break;
      case 2:
        take(b);
        break;
    }
    // No case may match: still "maybe moved", still an error.
    // :: error: [use.after.move]
    b.write(1);
  }

  void movedInEveryCaseAndDefault(int k) {
    Buf b = new Buf();
    switch (k) {
      case 1:
        take(b);
        break;
      default:
        take(b);
    }
    // :: error: [use.after.move]
    take(b);
  }

  void everyMovingCaseReassigns(int k) {
    Buf b = new Buf();
    switch (k) {
      case 1:
        take(b);
        b = new Buf();
        break;
      case 2:
      case 3:
        take(b);
        b = new Buf();
        break;
      default:
    }
    b.write(1);
  }

  void theMovingCaseReturns(int k) {
    Buf b = new Buf();
    switch (k) {
      case 1:
        take(b);
        return;
      default:
        b.write(0);
    }
    b.write(1);
  }

  void defaultInTheMiddleFallsThrough(int k) {
    Buf b = new Buf();
    switch (k) {
      case 1:
        b.write(1);
        break;
      default:
        take(b);
      case 2:
        // The framework's graph loses this fallthrough; the checker puts it back.
        // :: error: [use.after.move]
        b.write(2);
    }
  }

  void fallthroughIntoADefaultThatMovesAgain(int k) {
    Buf b = new Buf();
    switch (k) {
      case 1:
        take(b);
      default:
        // :: error: [use.after.move]
        take(b);
    }
  }

  void continueFromASwitchInALoop(int k, int n) {
    Buf b = new Buf();
    for (int i = 0; i < n; i++) {
      // :: error: [use.after.move]
      b.write(i);
      switch (k) {
        case 1:
          take(b);
          continue;
        default:
          break;
      }
      b.write(-i);
    }
  }

  void breakLeavesOnlyTheSwitchInALoop(int k, int n) {
    Buf b = new Buf();
    for (int i = 0; i < n; i++) {
      switch (k) {
        case 1:
          take(b);
          b = new Buf();
          break;
        default:
          b.write(0);
          break;
      }
      b.write(i);
    }
  }

  void arrowCasesDoNotFallThrough(int k) {
    Buf b = new Buf();
    switch (k) {
      case 1 -> take(b);
      case 2 -> b.write(2);
      default -> {}
    }
    // :: error: [use.after.move]
    b.write(3);
  }

  void movedBeforeTheSwitchReadInOneCase(int k) {
    Buf b = new Buf();
    take(b);
    switch (k) {
      case 1:
        b = new Buf();
        break;
      case 2:
        // :: error: [use.after.move]
        b.write(2);
        break;
      default:
        return;
    }
  }
}
