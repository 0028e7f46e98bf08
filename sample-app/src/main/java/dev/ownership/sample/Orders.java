package dev.ownership.sample;

import dev.ownership.annotations.Owned;
import java.sql.SQLException;
import java.util.List;

/**
 * Client code of the {@link ConnectionPool}: an order store written the way JDBC code is, with
 * try-with-resources in each of its shapes, a factory that hands out a configured connection,
 * and the older finally-and-close-quietly style. Every lease goes back to the pool on every
 * path, which {@link #main} checks at the end.
 */
final class Orders {
  private final ConnectionPool pool;

  Orders(ConnectionPool pool) {
    this.pool = pool;
  }

  /** One resource. */
  boolean ping() throws SQLException {
    try (PooledConnection connection = pool.lease()) {
      return connection.getAutoCommit();
    }
  }

  /** Several resources in one statement, closed in reverse order. */
  int place(String order) throws SQLException {
    try (PooledConnection connection = pool.lease();
        PooledStatement statement = connection.createStatement()) {
      return statement.executeUpdate("INSERT INTO orders VALUES ('" + order + "')");
    }
  }

  /**
   * Nested resources, and a transaction: the inner block rolls back and rethrows, the outer one
   * returns the connection either way.
   */
  int placeAll(List<String> orders) throws SQLException {
    try (PooledConnection connection = openTransactional(pool)) {
      int rows = 0;
      try (PooledStatement statement = connection.createStatement()) {
        for (String order : orders) {
          rows += statement.executeUpdate("INSERT INTO orders VALUES ('" + order + "')");
        }
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      }
      return rows;
    }
  }

  /** With a catch: a failed cancel is logged and reported as no rows changed. */
  int cancel(String order) {
    try (PooledConnection connection = pool.lease();
        PooledStatement statement = connection.createStatement()) {
      return statement.executeUpdate("DELETE FROM orders WHERE id = '" + order + "'");
    } catch (SQLException e) {
      System.err.println("cancel " + order + " failed: " + e.getMessage());
      return 0;
    }
  }

  /**
   * The pre-try-with-resources style: the connection is returned in {@code finally}, by a helper
   * that accepts null for the path where opening it failed.
   */
  int archive(String order) throws SQLException {
    PooledConnection connection = null;
    try {
      connection = openTransactional(pool);
      int rows;
      try (PooledStatement statement = connection.createStatement()) {
        statement.executeUpdate(
            "INSERT INTO archive SELECT * FROM orders WHERE id = '" + order + "'");
        rows = statement.executeUpdate("DELETE FROM orders WHERE id = '" + order + "'");
      }
      connection.commit();
      return rows;
    } finally {
      closeQuietly(connection);
    }
  }

  /**
   * Leases a connection with auto-commit off, for a transaction; the caller owns it. If it
   * cannot be configured, it goes back to the pool before the exception leaves.
   */
  static @Owned PooledConnection openTransactional(ConnectionPool pool) throws SQLException {
    PooledConnection connection = pool.lease();
    try {
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  /** Returns a connection to its pool, if there is one. */
  static void closeQuietly(@Owned PooledConnection connection) {
    if (connection != null) {
      connection.close();
    }
  }

  public static void main(String[] args) throws SQLException {
    ConnectionPool pool = new ConnectionPool("mem:orders", 2);
    Orders orders = new Orders(pool);
    System.out.println("ping: " + orders.ping());
    int placed = orders.place("A-1") + orders.placeAll(List.of("A-2", "A-3", "A-4"));
    System.out.println("placed: " + placed);
    System.out.println("cancelled: " + orders.cancel("A-2"));
    System.out.println("archived: " + orders.archive("A-1"));

    // A link that drops while it is configured: the factory returns it before rethrowing.
    try (PooledConnection first = pool.lease()) {
      first.dropLinkOnNextRequest();
    }
    try {
      orders.placeAll(List.of("B-1"));
    } catch (SQLException e) {
      System.out.println("placeAll failed as expected: " + e.getMessage());
    }
    System.out.println(
        "leased " + pool.leased() + ", idle " + pool.idle() + ", opened " + pool.opened());
    if (pool.leased() != 0) {
      throw new IllegalStateException("a connection was not returned to the pool");
    }
  }
}
