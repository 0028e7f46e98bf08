import dev.ownership.annotations.*;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

// tomcat-jdbc ConnectionPool.testAllIdle, with the iterator local annotated as the idle queue is:
// the element is taken out of the queue with Iterator.remove() and only then released.
// Reported: move.out.of.borrow at release(con) (false positive: after unlocked.remove() the queue
// no longer holds con, and the caller has the only reference).
// Expected: no report; Iterator.remove() should turn the element last returned by next() into an
// owner of the caller (Rust's VecDeque::remove / extract_if give the value back).
// checkIdle() has the other order, release(con) then unlocked.remove(): that one is rightly
// reported (the connection is released while still in the queue other threads poll).
class IteratorRemoveThenRelease {
  static final class Conn {
    boolean expired() { return false; }
  }

  private final BlockingQueue<@Owned Conn> idle = new LinkedBlockingQueue<>();

  void release(@Owned Conn con) { }

  void testAllIdle() {
    Iterator<@Owned Conn> unlocked = idle.iterator();
    while (unlocked.hasNext()) {
      Conn con = unlocked.next();
      if (con.expired()) {
        unlocked.remove();
        release(con);
      }
    }
  }
}
