import dev.ownership.annotations.*;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executor;

// Shapes of correct code found in a real connection pool, each silent, next to the leak it
// resembles.
abstract class RealCodeShapes {
  abstract @Owned Connection open() throws SQLException;

  boolean canConnect() {
    // If open() throws there is no connection: the catch owes nothing.
    try (Connection c = open()) {
      return c.isValid(1);
    } catch (SQLException e) {
      return false;
    }
  }

  static void closeQuietly(@Owned Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing failed: nothing more to do
      }
    }
  }

  void kill(Executor executor) throws SQLException {
    Connection c = open();
    c.abort(executor); // JDBC: terminates the connection and releases its resources
  }

  void helperInALaterClass() throws SQLException {
    Connection c = open();
    LaterHelpers.release(c);
  }

  void readByAHelperInALaterClass() throws SQLException {
    // :: error: [owned.not.released]
    Connection c = open();
    LaterHelpers.describe(c);
  }

  // -- the leaks they resemble

  static void usedAfterAbort(@Owned Connection c) throws SQLException {
    if (c == null) {
      return;
    }
    c.abort(null);
    c.close(); // closing a closed connection is a no-op
    // :: error: [use.after.move]
    c.createStatement().close();
  }

  abstract void closeIt(@Owned Connection c);

  void releasedOnlyWhenCommitThrows() throws SQLException {
    // :: error: [owned.not.released]
    Connection c = open();
    try {
      c.commit();
    } catch (SQLException e) {
      closeIt(c);
    }
  }

  boolean leakedWhenTheCheckThrows() throws SQLException {
    // :: error: [owned.not.released]
    Connection c = open();
    if (!c.isValid(1)) {
      c.close();
      return false;
    }
    return true;
  }
}

// Take the value out and leave null behind: Rust's mem::replace / Option::take.
final class MemReplace {
  @Owned Connection connection;

  MemReplace(@Owned Connection c) {
    this.connection = c;
  }

  @Owned Connection take(@Mut MemReplace this) {
    var con = connection;
    connection = null;
    return con;
  }

  @Owned Connection takeWithoutPuttingBack(@Mut MemReplace this) {
    var con = connection;
    // :: error: [move.out.of.borrow]
    return con;
  }
}

// A class the compilation reaches after the one that calls it.
final class LaterHelpers {
  static void release(Connection c) throws SQLException {
    c.close();
  }

  static void describe(Connection c) {
    System.out.println(c.getClass());
  }
}
