import java.util.LinkedList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

// Lock idioms of real connection pools that are correct: a finally that unlocks only if this
// thread still holds the lock, and a wrapper that locks only when configured to.
class LockIdiomsFromPools {
  private final ReentrantLock lock = new ReentrantLock();
  private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
  private final LinkedList<Object> items = new LinkedList<>();
  private final boolean useLock;

  LockIdiomsFromPools(boolean useLock) {
    this.useLock = useLock;
  }

  Object pollOrWait(long millis) throws InterruptedException {
    Object result;
    lock.lock();
    try {
      result = items.poll();
      if (result == null) {
        lock.unlock();
        Thread.sleep(millis);
      } else {
        lock.unlock();
      }
    } finally {
      if (lock.isHeldByCurrentThread()) {
        lock.unlock();
      }
    }
    return result;
  }

  void lockIfConfigured() {
    if (useLock) {
      rw.writeLock().lock();
    }
  }

  void unlockIfConfigured() {
    if (useLock) {
      rw.writeLock().unlock();
    }
  }

  // Reported: the finally's test does not cover a path that never unlocks.

  Object heldAfterAnException() {
    // :: error: [lock.not.released]
    lock.lock();
    Object first = items.getFirst();
    lock.unlock();
    return first;
  }
}
