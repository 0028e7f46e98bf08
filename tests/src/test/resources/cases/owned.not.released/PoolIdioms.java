import dev.ownership.annotations.*;
import java.util.ArrayDeque;
import java.util.Deque;

// Idioms of pools and factories, each silent, and the leaks they resemble.
class PoolIdioms {
  static final class Link {}

  static final class Pool {
    private final Deque<Link> idle = new ArrayDeque<>();

    // The proxy's own close() sends it here: this method is how a proxy ends, and closing it
    // would call it again (Rust: the Drop of a pooled value gives it back).
    void recycle(@Owned Proxy proxy) {
      idle.push(proxy.link);
    }

    // Not where a proxy's close() sends it: an owned proxy must be released.
    // :: error: [owned.not.released]
    void inspect(@Owned Proxy proxy) {
      System.out.println(proxy.link);
    }
  }

  static final class Proxy implements AutoCloseable {
    final Link link;
    final Pool pool;

    Proxy(Link link, Pool pool) {
      this.link = link;
      this.pool = pool;
    }

    void configure() throws Exception {}

    @Override
    public void close(@Owned Proxy this) {
      pool.recycle(this);
    }
  }

  static @Owned Proxy lease(Pool pool) {
    return new Proxy(new Link(), pool);
  }

  // The success flag: close only on the paths that did not hand the value on.
  @Owned Proxy openConfigured(Pool pool) throws Exception {
    Proxy p = lease(pool);
    boolean ok = false;
    try {
      p.configure();
      ok = true;
      return p;
    } finally {
      if (!ok) {
        p.close();
      }
    }
  }

  @Owned Proxy openConfiguredFlagTheOtherWay(Pool pool) throws Exception {
    Proxy p = lease(pool);
    boolean failed = true;
    try {
      p.configure();
      failed = false;
      return p;
    } finally {
      if (failed) {
        p.close();
      }
    }
  }

  @Owned Proxy flagNeverSet(Pool pool) throws Exception {
    Proxy p = lease(pool);
    boolean ok = false;
    try {
      p.configure();
      return p;
    } finally {
      if (!ok) {
        // :: error: [use.after.move]
        p.close();
      }
    }
  }
}
