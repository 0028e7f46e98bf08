import dev.ownership.annotations.Owned;

/** switch over an enum and over a String: the same merge rules as over an int. */
class SwitchOnEnumAndString {
  static final class Buf {
    void write(int b) {}
  }

  enum Mode {
    READ,
    WRITE,
    CLOSE
  }

  static void take(@Owned Buf b) {}

  void enumCaseMoves(Mode m) {
    Buf b = new Buf();
    switch (m) {
      case CLOSE:
        take(b);
        break;
      case WRITE:
        b.write(1);
        break;
      default:
        break;
    }
    // :: error: [use.after.move]
    b.write(2);
  }

  void enumCaseMovesAndReturns(Mode m) {
    Buf b = new Buf();
    switch (m) {
      case CLOSE:
        take(b);
        return;
      case WRITE:
        b.write(1);
        break;
      default:
        break;
    }
    b.write(2);
    take(b);
  }

  void exhaustiveEnumSwitchExpressionOneArmKeeps(Mode m) {
    Buf b = new Buf();
    int n =
        switch (m) {
          case READ -> 0;
          case WRITE -> {
            take(b);
            yield 1;
          }
          case CLOSE -> {
            take(b);
            yield 2;
          }
        };
    // :: error: [use.after.move]
    b.write(n);
  }

  void exhaustiveEnumSwitchExpressionEveryArmReassigns(Mode m) {
    Buf b = new Buf();
    int n =
        switch (m) {
          case READ -> {
            take(b);
            b = new Buf();
            yield 0;
          }
          case WRITE, CLOSE -> {
            take(b);
            b = new Buf();
            yield 1;
          }
        };
    b.write(n);
  }

  void stringCaseMoves(String s) {
    Buf b = new Buf();
    switch (s) {
      case "send":
        take(b);
        break;
      case "peek":
        b.write(0);
        break;
      default:
        b.write(1);
    }
    // :: error: [use.after.move]
    b.write(2);
  }

  void stringCaseFallsThrough(String s) {
    Buf b = new Buf();
    switch (s) {
      case "send":
        take(b);
      case "peek":
        // :: error: [use.after.move]
        b.write(0);
        break;
      default:
        b.write(1);
    }
  }
}
