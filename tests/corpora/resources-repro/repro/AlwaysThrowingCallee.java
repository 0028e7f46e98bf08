import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A result set handed to a method whose source body only throws, because the real body is
 * generated at build time (HikariCP ProxyFactory.getProxyResultSet, whose body Javassist
 * replaces; 30 findings in ProxyDatabaseMetaData, ProxyStatement, ProxyPreparedStatement).
 *
 * <p>The checker should report nothing in {@code query}: {@code wrap} cannot complete normally,
 * so the {@code return} is never reached, and its IllegalStateException is unchecked; a body that
 * only throws tells nothing of what the method does with its arguments. At c1a31dc it reported line 27
 * ("not closed on the path that leaves at line 28"): the call is taken as returning normally,
 * with a summary that neither stores nor returns the result set.
 *
 * <p>{@code queryAndDrop} was reported at c1a31dc (line 36): {@code drop} returns normally and
 * keeps nothing. It is silent now for another reason: the result set of a statement the method
 * did not open is that statement's, which closes it when it is closed or run again.
 */
final class AlwaysThrowingCallee {

  static ResultSet wrap(Statement statement, ResultSet resultSet) {
    // Body is replaced at build time.
    throw new IllegalStateException("generated at build time");
  }

  ResultSet query(Statement statement, String sql) throws SQLException {
    ResultSet resultSet = statement.executeQuery(sql);
    return wrap(statement, resultSet);
  }

  static ResultSet drop(Statement statement, ResultSet resultSet) {
    return null;
  }

  ResultSet queryAndDrop(Statement statement, String sql) throws SQLException {
    ResultSet resultSet = statement.executeQuery(sql);
    return drop(statement, resultSet);
  }
}
