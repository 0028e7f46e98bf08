import dev.ownership.annotations.*;
import java.sql.Connection;
import java.sql.SQLException;

abstract class CaughtOpen {
  abstract @Owned Connection open() throws SQLException;

  boolean canConnect() {
    try (Connection c = open()) {
      return true;
    } catch (SQLException e) {
      return false;       // open() threw: there is no connection to close
    }
  }
}
