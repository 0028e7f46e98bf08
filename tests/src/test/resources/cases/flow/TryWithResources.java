import dev.ownership.annotations.Owned;

/**
 * try-with-resources: the implicit close() at the end of the statement reads the resource. A
 * resource moved inside the body gets that close() reported as a use after move, at the
 * resource's declaration.
 */
class TryWithResources {
  static final class Res implements AutoCloseable {
    void write(int b) {}

    @Override
    public void close() {}
  }

  static void keep(@Owned Res r) {
    r.close();
  }

  void resourceMovedInTheBody() {
    // :: error: [use.after.move]
    try (Res r = new Res()) {
      keep(r);
    }
  }

  void resourceUsedNotMoved() {
    try (Res r = new Res()) {
      r.write(1);
    }
  }

  void resourceMovedOnOneBranch(boolean c) {
    // :: error: [use.after.move]
    try (Res r = new Res()) {
      r.write(0);
      if (c) {
        keep(r);
      }
    }
  }

  void resourceMovedThenReadInTheBody() {
    // The read in the body is the first read after the move; close() is the same mistake.
    try (Res r = new Res()) {
      keep(r);
      // :: error: [use.after.move]
      r.write(1);
    }
  }

  void resourceMovedThenReturn() {
    // :: error: [use.after.move]
    try (Res r = new Res()) {
      keep(r);
      return;
    }
  }

  void anotherLocalMovedInTheBody() {
    try (Res r = new Res()) {
      Res other = new Res();
      keep(other);
      r.write(1);
    }
  }

  void secondOfTwoResourcesMoved() {
    try (Res a = new Res();
        // :: error: [use.after.move]
        Res b = new Res()) {
      keep(b);
      a.write(1);
    }
  }

  void existingVariableAsResource() {
    Res r = new Res();
    // :: error: [use.after.move]
    try (r) {
      keep(r);
    }
  }

  void existingVariableMovedBeforeTheTry() {
    Res r = new Res();
    keep(r);
    // :: error: [use.after.move]
    try (r) {
      System.out.println("body");
    }
  }

  void existingVariableClosedThenMovedAfter() {
    Res r = new Res();
    try (r) {
      r.write(1);
    }
    keep(r);
  }

  void resourceMovedInTheCatchIsNotPossibleSoCatchMovesAnother() {
    Res spare = new Res();
    try (Res r = new Res()) {
      r.write(1);
    } catch (RuntimeException e) {
      keep(spare);
      return;
    }
    spare.write(2);
  }
}
