import dev.ownership.annotations.*;
import java.io.IOException;
import java.net.Socket;

// An object that owns resources releases them when it is consumed: its consuming close() must
// close (or hand on) every @Owned resource field on every path, exceptions included. The shapes
// follow the Resource Leak Checker's tests of classes that own two sockets.
class OwnedFields {
  static @Owned Socket connect() {
    return new Socket();
  }

  static final class Pair {
    @Owned Socket first;
    @Owned Socket second;

    Pair(@Owned Socket first, @Owned Socket second) {
      this.first = first;
      this.second = second;
    }

    // Both closed; but if the first close() throws, the second socket leaks.
    // :: error: [owned.not.released]
    void dispose(@Owned Pair this) throws IOException {
      first.close();
      second.close();
    }

    // Both closed on every path: the second in a finally block.
    void close(@Owned Pair this) throws IOException {
      try {
        first.close();
      } finally {
        second.close();
      }
    }

    // Only one is closed.
    // :: error: [owned.not.released]
    void closeFirst(@Owned Pair this) throws IOException {
      try (Socket s = first) {
        s.getKeepAlive();
      }
    }

    // Handing the sockets on releases them too.
    void handOver(@Owned Pair this, Registry to) {
      to.adopt(first);
      to.adopt(second);
    }

    // A method that does not consume the object has nothing to release.
    boolean connected(@Borrowed Pair this) {
      return first.isConnected() && second.isConnected();
    }
  }

  interface Registry {
    void adopt(@Owned Socket s);
  }

  void useAPair() throws IOException {
    Pair p = new Pair(connect(), connect());
    p.connected();
    p.close();
  }
}
