package dev.ownership.sample;

import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Owned;
import java.sql.SQLException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pool of connections to an in-memory stand-in for a database, shaped like a JDBC pool.
 * {@code lease()} hands the caller a {@link PooledConnection} it owns; closing that connection
 * consumes it and gives its physical link back to the pool. The checker makes sure every lease
 * is returned on every path, exceptions included, that nobody uses a connection after returning
 * it, and that nobody returns one twice.
 *
 * <p>Every thread leases from the same pool, so its receivers stay unannotated and its state
 * lives in {@code java.util.concurrent} types.
 */
final class ConnectionPool {
  private final String url;
  private final int maxSize;
  private final BlockingQueue<Link> idle = new LinkedBlockingQueue<>();
  private final AtomicInteger opened = new AtomicInteger();
  private final AtomicInteger leased = new AtomicInteger();

  ConnectionPool(String url, int maxSize) {
    this.url = url;
    this.maxSize = maxSize;
  }

  /**
   * A connection for the caller alone: an idle link if there is one, a new one while the pool is
   * below its size, else the first link returned within a second.
   */
  @Owned PooledConnection lease() throws SQLException {
    Link link = idle.poll();
    int id;
    if (link == null && (id = opened.incrementAndGet()) <= maxSize) {
      link = new Link(url, id);
    } else if (link == null) {
      opened.decrementAndGet();
      try {
        link = idle.poll(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while waiting for a connection to " + url, e);
      }
      if (link == null) {
        throw new SQLException("no connection to " + url + " free within 1 s (" + maxSize + " leased)");
      }
    }
    leased.incrementAndGet();
    return new PooledConnection(this, link);
  }

  /**
   * Takes a connection back; called by {@link PooledConnection#close()} with itself. The proxy
   * ends here: {@code detach()} consumes it and gives back its link, which is leased again.
   */
  void recycle(@Owned PooledConnection connection) {
    Link link = connection.detach();
    link.reset();
    leased.decrementAndGet();
    idle.offer(link);
  }

  String url(@Borrowed ConnectionPool this) {
    return url;
  }

  /** How many connections are out on lease now. */
  int leased(@Borrowed ConnectionPool this) {
    return leased.get();
  }

  /** How many physical links the pool has opened so far. */
  int opened(@Borrowed ConnectionPool this) {
    return Math.min(opened.get(), maxSize);
  }

  /** How many links are back in the pool, waiting to be leased again. */
  int idle(@Borrowed ConnectionPool this) {
    return idle.size();
  }
}
