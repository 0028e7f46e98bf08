import dev.ownership.annotations.Owned;

/** if/else: a move in one branch leaves the path "maybe moved" after the if (SPEC §5). */
class IfElse {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  void movedInThenBranch(boolean c) {
    Buf b = new Buf();
    if (c) {
      take(b);
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void movedInElseBranch(boolean c) {
    Buf b = new Buf();
    if (c) {
      b.write(1);
    } else {
      take(b);
    }
    // :: error: [use.after.move]
    take(b);
  }

  void movedInBothBranches(boolean c) {
    Buf b = new Buf();
    if (c) {
      take(b);
    } else {
      take(b);
    }
    // :: error: [use.after.move]
    b.write(1);
    // One mistake, one error: the path counts as usable again.
    b.write(2);
  }

  void movedInOneBranchReadInTheOther(boolean c) {
    Buf b = new Buf();
    if (c) {
      take(b);
    } else {
      b.write(1);
    }
  }

  void reassignedInTheBranchThatMoved(boolean c) {
    Buf b = new Buf();
    if (c) {
      take(b);
      b = new Buf();
    }
    b.write(1);
    take(b);
  }

  void movedInBothThenReassigned(boolean c) {
    Buf b = new Buf();
    if (c) take(b);
    else take(b);
    b = new Buf();
    b.write(1);
  }

  void reassignedOnlyInTheBranchThatDidNotMove(boolean c) {
    Buf b = new Buf();
    if (c) {
      take(b);
    } else {
      b = new Buf();
    }
    // :: error: [use.after.move]
    b.write(1);
  }

  void comparedAfterMaybeMove(boolean c) {
    Buf b = new Buf();
    if (c) take(b);
    // :: error: [use.after.move]
    if (b == null) {
      return;
    }
  }

  void readOnEachPathAfterMove(boolean c) {
    Buf b = new Buf();
    take(b);
    // One move, one error (as rustc): the read in the else branch is the same mistake.
    if (c) {
      // :: error: [use.after.move]
      b.write(1);
    } else {
      b.write(2);
    }
    b.write(3);
  }

  void ownedParameterMovedOnlyOnAPathThatReturns(@Owned Buf p, boolean c) {
    if (c) {
      take(p);
      return;
    }
    p.write(1);
    take(p);
  }

  void ownedLocalMovedInBranch(boolean c) {
    @Owned Buf b = new Buf();
    if (!c) {
      take(b);
    }
    // :: error: [use.after.move]
    take(b);
  }
}
