package dev.ownership.sample;

import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A leased connection: the proxy a pool hands out in front of one of its physical links.
 * Closing it does not close the link, it returns it to the pool; and since {@code close()}
 * consumes the connection, the checker rejects any use of it afterwards, a second {@code
 * close()} included — the bug that gives one link to two clients at once.
 *
 * <p>The connection keeps track of the statements created over it and closes those the client
 * left open, as a JDBC connection does.
 */
final class PooledConnection implements AutoCloseable {
  private final ConnectionPool pool;
  private final Link link;
  /** The statements still open; they own themselves, this set only finds them. */
  private final Set<PooledStatement> statements = new HashSet<>();

  PooledConnection(ConnectionPool pool, Link link) {
    this.pool = pool;
    this.link = link;
  }

  /** Ends the proxy and gives back its physical link, for the pool that takes it back. */
  Link detach(@Owned PooledConnection this) {
    return link;
  }

  String name(@Borrowed PooledConnection this) {
    return link.name();
  }

  boolean getAutoCommit(@Borrowed PooledConnection this) {
    return link.autoCommit();
  }

  /** Turns auto-commit on or off; turning it on commits what is pending. */
  void setAutoCommit(@Mut PooledConnection this, boolean on) throws SQLException {
    link.autoCommit(on);
  }

  void commit(@Mut PooledConnection this) throws SQLException {
    link.commit();
  }

  /** Makes the next request over this connection's link fail, as a dropped network link would. */
  void dropLinkOnNextRequest(@Mut PooledConnection this) {
    link.failNext();
  }

  void rollback(@Mut PooledConnection this) {
    link.rollback();
  }

  /** A new statement over this connection; the caller owns it and must close it. */
  @Owned PooledStatement createStatement(@Mut PooledConnection this) {
    PooledStatement statement = new PooledStatement(statements, link);
    statements.add(statement);
    return statement;
  }

  /** How many statements created over this connection are still open. */
  int openStatements(@Borrowed PooledConnection this) {
    return statements.size();
  }

  /**
   * Returns the connection to its pool, consuming it: closes the statements left open, rolls
   * back what was not committed, and hands the link back.
   */
  @Override
  public void close(@Owned PooledConnection this) {
    // A copy: closing a statement removes it from the set.
    for (PooledStatement statement : List.copyOf(statements)) {
      statement.close();
    }
    if (!link.autoCommit()) {
      link.rollback();
    }
    pool.recycle(this);
  }
}
