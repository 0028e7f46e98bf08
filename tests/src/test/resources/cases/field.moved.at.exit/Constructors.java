import dev.ownership.annotations.*;

// In a constructor `this` is @Mut (SPEC §3): an @Owned field moved out must be put back before
// the constructor ends, as under a @Mut receiver.
class Constructors {
  static final class Buf {
    int x;
  }

  static void take(@Owned Buf b) {}

  static void log(String s) {}

  static final class MovedAndNeverPutBack {
    @Owned Buf buf;

    MovedAndNeverPutBack(@Owned Buf b) {
      this.buf = b;
      // :: error: [field.moved.at.exit]
      take(this.buf);
    }
  }

  static final class PutBack {
    @Owned Buf buf;

    PutBack(@Owned Buf b) {
      this.buf = b;
      take(this.buf);
      this.buf = new Buf();
    }
  }

  static final class PutBackOnOneBranchOnly {
    @Owned Buf buf;

    PutBackOnOneBranchOnly(@Owned Buf b, boolean c) {
      buf = b;
      // :: error: [field.moved.at.exit]
      take(buf);
      if (c) {
        buf = new Buf();
      }
    }
  }

  static final class ReturnBeforePuttingBack {
    @Owned Buf buf;

    ReturnBeforePuttingBack(@Owned Buf b, boolean c) {
      buf = b;
      // :: error: [field.moved.at.exit]
      take(buf);
      if (c) {
        return;
      }
      buf = new Buf();
    }
  }

  static final class ThrowBeforePuttingBack {
    @Owned Buf buf;

    ThrowBeforePuttingBack(@Owned Buf b, boolean c) {
      buf = b;
      // :: error: [field.moved.at.exit]
      take(buf);
      if (c) {
        throw new IllegalArgumentException("c");
      }
      buf = new Buf();
    }
  }

  static final class UncheckedExceptionsOfCallsDoNotCount {
    @Owned Buf buf;

    UncheckedExceptionsOfCallsDoNotCount(@Owned Buf b) {
      buf = b;
      take(buf);
      log("between");
      buf = new Buf();
    }
  }

  // A legacy field is not tracked, and an @Owned field never assigned was never moved out.
  static final class LegacyFieldAndUnassignedField {
    @Owned Buf buf;
    Buf legacy;

    LegacyFieldAndUnassignedField(Buf l) {
      legacy = l;
      take(legacy);
    }
  }

  static final class Swap {
    @Owned Buf buf;

    Swap(@Owned Buf first, @Owned Buf second) {
      buf = first;
      @Owned Buf old = buf;
      buf = second;
      take(old);
    }
  }
}
