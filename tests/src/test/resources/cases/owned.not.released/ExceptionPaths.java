import dev.ownership.annotations.*;
import java.io.IOException;
import java.sql.SQLException;

// A value is owned once the expression that makes it has returned: if the call that opens it
// throws, there is nothing to release on that path. The paths where Java really leaks are the
// exceptions thrown after the value is held and before it is released or handed on.
class ExceptionPaths {
  static final class Conn implements AutoCloseable {
    void send(String s) throws IOException {}

    void setAutoCommit(boolean b) throws SQLException {}

    void log(String s) {}

    @Override
    public void close() {}
  }

  interface Source {
    @Owned Conn open() throws IOException;
  }

  static @Owned Conn make() throws SQLException {
    return new Conn();
  }

  // -- silent: the opening call throws, nothing is owned yet

  void tryWithResources(Source ds) throws IOException {
    try (@Owned Conn c = ds.open()) {
      c.log("a");
    }
  }

  void tryWithResourcesAndUse(Source ds) throws IOException {
    try (@Owned Conn c = ds.open()) {
      c.send("a");
    }
  }

  void nestedTryWithResources(Source ds) throws IOException {
    try (@Owned Conn a = ds.open()) {
      try (@Owned Conn b = ds.open()) {
        b.send("b");
        a.send("a");
      }
    }
  }

  void severalResources(Source ds) throws IOException {
    try (@Owned Conn a = ds.open();
        @Owned Conn b = ds.open();
        @Owned Conn c = ds.open()) {
      a.send("a");
      b.send("b");
      c.send("c");
    }
  }

  void tryWithResourcesWithCatch(Source ds) {
    try (@Owned Conn c = ds.open()) {
      c.send("a");
    } catch (IOException e) {
      System.err.println(e);
    }
  }

  void declaredThenOpened(Source ds) throws IOException {
    @Owned Conn c = ds.open();
    try {
      c.send("a");
    } finally {
      c.close();
    }
  }

  void nullUntilOpened(Source ds) throws IOException {
    Conn c = null;
    try {
      c = ds.open();
      c.send("a");
    } finally {
      if (c != null) {
        c.close();
      }
    }
  }

  void nullCheckTheOtherWay(Source ds) throws IOException {
    Conn c = null;
    try {
      c = ds.open();
      c.send("a");
    } finally {
      if (null == c) {
        System.err.println("never opened");
      } else {
        c.close();
      }
    }
  }

  @Owned Conn configuredAndReturnedSafely() throws SQLException {
    @Owned Conn c = make();
    try {
      c.setAutoCommit(false);
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }

  // -- reported: the value is held when the exception leaves

  @Owned Conn configuredThenReturned() throws SQLException {
    // setAutoCommit throws before the connection is handed to the caller.
    // :: error: [owned.not.released]
    @Owned Conn c = make();
    c.setAutoCommit(false);
    return c;
  }

  void catchThatRethrows(Source ds) throws IOException {
    // :: error: [owned.not.released]
    @Owned Conn c = ds.open();
    try {
      c.send("a");
    } catch (IOException e) {
      c.log("failed");
      throw e;
    }
    c.close();
  }

  void caughtAndReturned(Source ds) throws IOException {
    // :: error: [owned.not.released]
    @Owned Conn c = ds.open();
    try {
      c.send("a");
    } catch (IOException e) {
      return;
    }
    c.close();
  }

  void throwStatementBeforeTheClose(Source ds, boolean bad) throws IOException {
    // :: error: [owned.not.released]
    @Owned Conn c = ds.open();
    if (bad) {
      throw new IOException("bad");
    }
    c.close();
  }
}
