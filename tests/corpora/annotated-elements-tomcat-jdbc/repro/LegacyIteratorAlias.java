import dev.ownership.annotations.*;
import java.util.Iterator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

// tomcat-jdbc ConnectionPool.checkIdle/testAllIdle as the library has them: the idle queue is
// annotated, the iterator local is not (Iterator<PooledConnection> unlocked = idle.iterator()).
// Reported: nothing. An alias whose type argument is unannotated drops the element rules: here a
// connection still in the queue is released through it (line 23), which is reported when the
// local says Iterator<@Owned Conn> (line 30). A false negative, not a false positive.
// Expected: either the local's element annotation inferred from its initializer (as a local's
// own mode is), or a report where an owned-element container flows into a legacy-element type.
class LegacyIteratorAlias {
  static final class Conn { }

  private final BlockingQueue<@Owned Conn> idle = new LinkedBlockingQueue<>();

  void release(@Owned Conn con) { }

  void legacyAlias() {
    Iterator<Conn> unlocked = idle.iterator();
    Conn con = unlocked.next();
    release(con);
    unlocked.remove();
  }

  void annotatedAlias() {
    Iterator<@Owned Conn> unlocked = idle.iterator();
    Conn con = unlocked.next();
    release(con);
    unlocked.remove();
  }
}
