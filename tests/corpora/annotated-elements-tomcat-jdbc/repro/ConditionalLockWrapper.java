import java.util.concurrent.locks.ReentrantReadWriteLock;

// tomcat-jdbc PooledConnection.lock()/unlock(): a lock wrapper that locks only when the pool is
// configured to need it. Its callers pair con.lock() with con.unlock() in a finally.
// Reported: lock.not.released at lock.writeLock().lock() ("still held on a path that leaves the
// method, while another path unlocks it"); no path of lock() unlocks anything.
// Expected: no report. docs/lock.not.released.md: "a method that only acquires or only releases"
// is not reported; the path that skips the lock() holds nothing, it does not release.
class ConditionalLockWrapper {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final boolean useLock;

  ConditionalLockWrapper(boolean useLock) { this.useLock = useLock; }

  public void lock() {
    if (useLock) {
      lock.writeLock().lock();
    }
  }

  public void unlock() {
    if (useLock) {
      lock.writeLock().unlock();
    }
  }
}
