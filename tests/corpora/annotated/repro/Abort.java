import dev.ownership.annotations.*;
import java.sql.Connection;
import java.util.concurrent.Executor;

abstract class Abort {
  abstract @Owned Connection open();

  // Connection.abort terminates the connection and releases its resources (JDBC 4.1).
  void kill(Executor executor) throws Exception {
    Connection c = open();
    c.abort(executor);
  }
}
