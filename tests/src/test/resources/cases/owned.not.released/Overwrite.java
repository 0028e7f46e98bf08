import dev.ownership.annotations.*;

// Assigning a new value to a local or an @Owned field that still holds an unreleased one leaks
// the old value: Rust drops it on assignment, Java forgets it.
class Overwrite {
  static final class Conn implements AutoCloseable {
    void log(String s) {}

    @Override
    public void close() {}
  }

  static @Owned Conn open() {
    return new Conn();
  }

  @Owned Conn res;

  Overwrite() {
    this.res = open(); // a constructor's first assignment replaces nothing
  }

  void localOpenedTwice() {
    Conn c = open();
    c.log("a");
    // :: error: [owned.not.released]
    c = open();
    c.close();
  }

  void localClosedThenReopened() {
    Conn c = open();
    c.close();
    c = open();
    c.close();
  }

  void localSetToNull() {
    Conn c = open();
    // :: error: [owned.not.released]
    c = null;
  }

  void fieldReplaced() {
    // :: error: [owned.not.released]
    this.res = open();
  }

  void fieldClosedThenReplaced() {
    this.res.close();
    this.res = open();
  }

  void fieldLazilyOpened() {
    if (this.res == null) {
      this.res = open();
    }
  }

  void fieldClosedIfOpenThenReplaced() {
    if (res != null) {
      res.close();
    }
    res = open();
  }

  void loopOpensOnePerRound(int n) {
    for (int i = 0; i < n; i++) {
      Conn c = open();
      c.log("a");
      c.close();
    }
  }

  void loopLeaksEveryRound(int n) {
    for (int i = 0; i < n; i++) {
      // :: error: [owned.not.released]
      Conn c = open();
      c.log("a");
    }
  }
}
