import java.sql.Connection;
import java.sql.Statement;

// tomcat-jdbc PooledConnection.validate(..): the statement is closed in the try; if a later call
// throws, the catch closes it again behind a null check.
// Reported: use.after.move at `stmt != null` ("use of possibly moved value `stmt`", closed at the
// first close()).
// Expected: no report. JDBC's Statement.close() is idempotent (docs/use.after.move.md: closing it
// again is fine), so the guarded second close is fine, and so must be the null comparison that
// guards it.
class NullCheckAfterIdempotentClose {
  private long lastValidated;

  boolean validate(Connection connection, String query) {
    Statement stmt = null;
    try {
      stmt = connection.createStatement();
      stmt.execute(query);
      stmt.close();
      this.lastValidated = System.currentTimeMillis();
      commitQuietly(connection);
      return true;
    } catch (Exception ex) {
      if (stmt != null) {
        try { stmt.close(); } catch (Exception ignore) { /* NOOP */ }
      }
    }
    return false;
  }

  private static void commitQuietly(Connection connection) { }
}
