package dev.ownership.sample;

import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.sql.SQLException;
import java.util.Set;

/**
 * A statement over a leased connection. Its connection tracks it until it is closed, and closes
 * it with itself if the client did not.
 */
final class PooledStatement implements AutoCloseable {
  private final Set<PooledStatement> open;
  private final Link link;
  private int updates;

  PooledStatement(Set<PooledStatement> open, Link link) {
    this.open = open;
    this.link = link;
  }

  /** Sends one statement; returns the number of rows it changed. */
  int executeUpdate(@Mut PooledStatement this, String sql) throws SQLException {
    int rows = link.execute(sql);
    updates += rows;
    return rows;
  }

  /** How many rows this statement has changed so far. */
  int updates(@Borrowed PooledStatement this) {
    return updates;
  }

  @Override
  public void close(@Owned PooledStatement this) {
    open.remove(this);
  }
}
