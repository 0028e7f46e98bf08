import dev.ownership.annotations.*;
import java.sql.Connection;
import java.sql.SQLException;

interface ReturnedCloser {
  default void closeConnection(@Owned Connection conn) throws SQLException {
    conn.close();
  }

  // The returned closer takes the duty of closing the connection, once.
  default AutoCloseable closerFor(Connection conn) {
    return () -> this.closeConnection(conn);
  }
}
