import dev.ownership.annotations.*;
import java.io.IOException;

// Exits are `return`, the end of the body, `throw` statements and checked exceptions (SPEC §4).
// The unchecked exceptions any call may throw do not count, and an exception caught inside the
// method is no exit.
class ExceptionalExits {
  static final class Buf {
    int x;
  }

  static void take(@Owned Buf b) {}

  static void io() throws IOException {}

  static void mayFail() {}

  @Owned Buf buf;

  void checkedExceptionBeforePuttingBack(@Mut ExceptionalExits this) throws IOException {
    // :: error: [field.moved.at.exit]
    take(this.buf);
    io();
    this.buf = new Buf();
  }

  void checkedExceptionAfterPuttingBack(@Mut ExceptionalExits this) throws IOException {
    take(this.buf);
    this.buf = new Buf();
    io();
  }

  void uncheckedExceptionBeforePuttingBack(@Mut ExceptionalExits this) {
    take(this.buf);
    mayFail();
    this.buf = new Buf();
  }

  void checkedExceptionCaughtAndPutBack(@Mut ExceptionalExits this) {
    take(this.buf);
    try {
      io();
    } catch (IOException e) {
      this.buf = new Buf();
      return;
    }
    this.buf = new Buf();
  }

  void checkedExceptionCaughtButNotPutBack(@Mut ExceptionalExits this) {
    // :: error: [field.moved.at.exit]
    take(this.buf);
    try {
      io();
    } catch (IOException e) {
      return;
    }
    this.buf = new Buf();
  }

  void putBackInFinally(@Mut ExceptionalExits this) throws IOException {
    try {
      take(this.buf);
      io();
    } finally {
      this.buf = new Buf();
    }
  }

  void throwCaughtInsideTheMethod(@Mut ExceptionalExits this, boolean c) {
    try {
      take(this.buf);
      if (c) {
        throw new IllegalStateException();
      }
      this.buf = new Buf();
    } catch (IllegalStateException e) {
      this.buf = new Buf();
    }
  }

  void throwOfACheckedException(@Mut ExceptionalExits this, boolean c) throws IOException {
    // :: error: [field.moved.at.exit]
    take(this.buf);
    if (c) {
      throw new IOException("c");
    }
    this.buf = new Buf();
  }

  void moveInALoopPutBackEachTime(@Mut ExceptionalExits this, int n) {
    for (int i = 0; i < n; i++) {
      take(this.buf);
      this.buf = new Buf();
    }
  }

  void moveInALoopPutBackAfter(@Mut ExceptionalExits this, int n) {
    take(this.buf);
    for (int i = 0; i < n; i++) {
      mayFail();
    }
    this.buf = new Buf();
  }
}
