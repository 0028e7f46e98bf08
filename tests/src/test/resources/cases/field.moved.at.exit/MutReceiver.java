import dev.ownership.annotations.*;

// SPEC §4 field.moved.at.exit: under a @Mut receiver, an @Owned field of `this` moved out must
// have a value put back before every exit (Rust: cannot move out of `self.buf` behind a mutable
// reference; mem::replace is the fix). Reported once, at the move.
class MutReceiver {
  static final class Buf {
    int x;
  }

  static void take(@Owned Buf b) {}

  static void log(String s) {}

  @Owned Buf buf;
  Buf legacy;

  void movedAndNeverPutBack(@Mut MutReceiver this) {
    // :: error: [field.moved.at.exit]
    take(this.buf);
  }

  void movedThroughImplicitThis(@Mut MutReceiver this) {
    // :: error: [field.moved.at.exit]
    take(buf);
  }

  void putBackBeforeTheEnd(@Mut MutReceiver this) {
    take(this.buf);
    this.buf = new Buf();
  }

  void putBackOnOneBranchOnly(@Mut MutReceiver this, boolean c) {
    // :: error: [field.moved.at.exit]
    take(this.buf);
    if (c) {
      this.buf = new Buf();
    }
  }

  void putBackOnBothBranches(@Mut MutReceiver this, boolean c) {
    take(this.buf);
    if (c) {
      this.buf = new Buf();
    } else {
      buf = new Buf();
    }
  }

  void returnBeforePuttingBack(@Mut MutReceiver this, boolean c) {
    // :: error: [field.moved.at.exit]
    take(this.buf);
    if (c) {
      return;
    }
    this.buf = new Buf();
  }

  void throwBeforePuttingBack(@Mut MutReceiver this, boolean c) {
    // :: error: [field.moved.at.exit]
    take(this.buf);
    if (c) {
      throw new IllegalStateException();
    }
    this.buf = new Buf();
  }

  void putBackBeforeTheThrow(@Mut MutReceiver this, boolean c) {
    take(this.buf);
    this.buf = new Buf();
    if (c) {
      throw new IllegalStateException();
    }
  }

  // The unchecked exceptions any call may throw do not count as exits.
  void uncheckedExceptionsOfCallsDoNotCount(@Mut MutReceiver this) {
    take(this.buf);
    log("between");
    Integer.parseInt("12");
    this.buf = new Buf();
  }

  void movedIntoAnOwnedLocal(@Mut MutReceiver this) {
    // :: error: [field.moved.at.exit]
    @Owned Buf mine = this.buf;
    mine.x = 1;
  }

  // Only the move that is not made good is reported.
  void movedTwice(@Mut MutReceiver this) {
    take(this.buf);
    this.buf = new Buf();
    // :: error: [field.moved.at.exit]
    take(this.buf);
  }

  void legacyFieldIsNotTracked(@Mut MutReceiver this) {
    take(this.legacy);
  }

  // The swap idiom: the old value is returned and a fresh one put in its place.
  @Owned Buf swap(@Mut MutReceiver this, @Owned Buf fresh) {
    @Owned Buf old = this.buf;
    this.buf = fresh;
    return old;
  }
}
