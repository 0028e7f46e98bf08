import dev.ownership.annotations.*;

// A consuming method must release what the object owns, unless it hands the whole object on:
// moving `this` moves its fields with it.
class ConsumingThis {
  static final class Conn implements AutoCloseable {
    @Override
    public void close() {}
  }

  static final class Pool {
    void recycle(@Owned Leased l) {}
  }

  static final class Leased {
    @Owned Conn conn;
    Pool pool;

    void release(@Owned Leased this) {
      // recycle's receiver is not borrowed: `this.pool` is read before `this` is moved.
      this.pool.recycle(this);
    }

    void close(@Owned Leased this) {
      conn.close();
    }

    // :: error: [owned.not.released]
    void forget(@Owned Leased this) {}

    void releaseOrClose(@Owned Leased this, boolean back) {
      if (back) {
        pool.recycle(this);
      } else {
        conn.close();
      }
    }
  }
}
