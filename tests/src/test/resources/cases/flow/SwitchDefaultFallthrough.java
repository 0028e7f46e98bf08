import dev.ownership.annotations.Owned;

// A `default` that is not the last label of a switch statement falls through into the next
// case, as Java runs it; the framework's control-flow graph sends it to the end of the switch,
// and the checker puts the edge back.
class SwitchDefaultFallthrough {
  static final class Buf {
    void write(int b) {}
  }

  static void take(@Owned Buf b) {}

  void defaultFirstFallsThrough(@Owned Buf b, int k) {
    switch (k) {
      default:
        take(b);
      case 1:
        // :: error: [use.after.move]
        b.write(1);
        break;
    }
  }

  void defaultInTheMiddleFallsThrough(@Owned Buf b, int k) {
    switch (k) {
      case 0:
        break;
      default:
        take(b);
      case 1:
        // :: error: [use.after.move]
        take(b);
    }
  }

  // Silent: the next case gives a new value, or the default ends with a jump.

  void nextCaseGivesANewValue(@Owned Buf b, int k) {
    switch (k) {
      default:
        take(b);
      case 1:
        b = new Buf();
        break;
    }
    take(b);
  }

  void defaultEndsWithBreak(@Owned Buf b, int k) {
    switch (k) {
      default:
        take(b);
        break;
      case 1:
        b.write(1);
        take(b);
    }
  }
}
