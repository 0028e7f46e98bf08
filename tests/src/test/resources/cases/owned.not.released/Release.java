import dev.ownership.annotations.*;
import java.io.IOException;

// An owned resource must be released on every path: closed, handed on, or closed by a
// try-with-resources (Rust: drop).
class Release {
  static final class Conn implements AutoCloseable {
    void send(String s) throws IOException {}

    void log(String s) {}

    @Override
    public void close() {}
  }

  static @Owned Conn open() {
    return new Conn();
  }

  static void keep(@Owned Conn c) {
    c.close();
  }

  void closedOnEveryPath() {
    Conn c = open();
    c.log("a");
    c.close();
  }

  void leakedAtTheEnd() {
    // :: error: [owned.not.released]
    Conn c = open();
    c.log("a");
  }

  void leakedOnOneBranch(boolean early) {
    // :: error: [owned.not.released]
    Conn c = open();
    if (early) {
      return;
    }
    c.close();
  }

  void leakedOnAnExceptionPath() throws IOException {
    // send may throw IOException before close runs.
    // :: error: [owned.not.released]
    Conn c = open();
    c.send("a");
    c.close();
  }

  void releasedByTryWithResources() throws IOException {
    try (Conn c = open()) {
      c.send("a");
    }
  }

  void releasedInFinally() throws IOException {
    Conn c = open();
    try {
      c.send("a");
    } finally {
      c.close();
    }
  }

  void handedOn() {
    Conn c = open();
    keep(c);
  }

  @Owned Conn returnedToTheCaller() {
    Conn c = open();
    c.log("a");
    return c;
  }

  void usedAfterClose() {
    Conn c = open();
    c.close();
    // :: error: [use.after.move]
    c.log("b");
  }

  void legacyResourcesAreNotTracked() {
    Conn c = new Conn();
    c.log("a");
  }

  void ownedParameterMustBeReleased(@Owned Conn c) {
    c.close();
  }

  // :: error: [owned.not.released]
  void ownedParameterLeaked(@Owned Conn c) {
    c.log("a");
  }
}
