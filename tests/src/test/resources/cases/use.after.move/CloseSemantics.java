import dev.ownership.annotations.*;
import java.io.Closeable;
import java.io.IOException;

// Java's meaning of close(): a receiver annotation decides whether it consumes the object;
// closing an idempotent resource twice, and the queries valid after close, are fine.
class CloseSemantics {
  static final class Stream implements Closeable {
    void read() {}

    boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }

  static final class Handle implements AutoCloseable {
    void read() {}

    @Override
    public void close() {}
  }

  static final class Bag implements AutoCloseable {
    boolean closed;

    void put(String s) {}

    @Override
    public void close(@Mut Bag this) {
      closed = true;
    }
  }

  static final class Session implements Closeable {
    void send(String s) {}

    @Override
    public void close(@Owned Session this) {}
  }

  static @Owned Stream stream() {
    return new Stream();
  }

  static @Owned Handle handle() {
    return new Handle();
  }

  static @Owned Bag bag() {
    return new Bag();
  }

  static @Owned Session session() {
    return new Session();
  }

  void closeTwiceIsFineForCloseable() {
    Stream s = stream();
    s.close();
    s.close();
  }

  void queriesAfterCloseAreFine() {
    Stream s = stream();
    s.close();
    System.out.println(s.toString() + s.hashCode() + s.isOpen() + s.equals(null) + s.getClass());
  }

  void readAfterCloseIsReported() {
    Stream s = stream();
    s.close();
    // :: error: [use.after.move]
    s.read();
  }

  void tryWithResourcesAfterAnExplicitClose() throws IOException {
    try (Stream s = stream()) {
      s.read();
      s.close();
    }
  }

  void usedAfterTheImplicitClose() throws IOException {
    Stream s = stream();
    try (s) {
      s.read();
    }
    // :: error: [use.after.move]
    s.read();
  }

  void closeTwiceOfAPlainAutoCloseable() {
    Handle h = handle();
    h.close();
    // AutoCloseable does not promise that a second close() is harmless.
    // :: error: [use.after.move]
    h.close();
  }

  static void closeQuietly(Handle h) {
    h.close();
  }

  void closeThatThrowsIsRetriedInTheHandler() {
    Handle h = handle();
    try {
      h.close();
    } catch (RuntimeException e) {
      closeQuietly(h); // the failed close() may have left it open
    }
  }

  void mutCloseIsAChangeNotAMove() {
    Bag b = bag();
    b.close();
    b.put("still usable");
  }

  void consumingCloseKeepsTheRustRule() {
    Session s = session();
    s.close();
    // :: error: [use.after.move]
    s.close();
  }

  // A guarded second close: comparing a closed resource with null asks nothing of it.
  void closedThenGuardedClose(boolean fail) throws IOException {
    @Owned Stream s = new Stream();
    try {
      s.read();
      s.close();
      if (fail) {
        throw new IOException("after close");
      }
    } catch (IOException e) {
      if (s != null) {
        s.close();
      }
    }
  }

  void movedThenNullTest(@Owned Stream s) {
    keep(s);
    // :: error: [use.after.move]
    if (s != null) {
      return;
    }
  }

  static void keep(@Owned Stream s) {
    s.close();
  }
}
