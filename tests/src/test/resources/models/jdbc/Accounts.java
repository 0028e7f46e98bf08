import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

class Accounts {
  private final DataSource ds;

  Accounts(DataSource ds) {
    this.ds = ds;
  }

  long balance(String id) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement("select balance from account where id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  // The connection is never closed; the statement and the result set are not closed when a call
  // between their opening and their close() throws.
  long leaky(String id) throws SQLException {
    // :: error: [owned.not.released]
    Connection c = ds.getConnection();
    // :: error: [owned.not.released]
    PreparedStatement s = c.prepareStatement("select balance from account where id = ?");
    s.setString(1, id);
    // :: error: [owned.not.released]
    ResultSet rs = s.executeQuery();
    long result = rs.next() ? rs.getLong(1) : 0;
    rs.close();
    s.close();
    return result;
  }
}
