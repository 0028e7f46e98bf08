import java.util.LinkedList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

// tomcat-jdbc FairBlockingQueue.poll(timeout, unit) and MultiLockFairBlockingQueue.poll(..): the
// lock is released on the way (before waiting), and the finally unlocks it if it is still held.
// Reported: lock.not.released at lock.lock() ("still held when poll() throws").
// Expected: no report. If items.poll() throws, the finally runs with the lock held, so
// isHeldByCurrentThread() is true and it is unlocked; the branch where it is false is the one where
// the lock was already released. `if (l.isHeldByCurrentThread()) l.unlock();` should count as an
// unlock of a lock that is held (a ReentrantLock's isHeldByCurrentThread() is exact for its owner).
class HeldByCurrentThreadUnlock {
  final ReentrantLock lock = new ReentrantLock();
  final LinkedList<Object> items = new LinkedList<>();

  Object poll(long timeout, TimeUnit unit) throws InterruptedException {
    Object result;
    lock.lock();
    try {
      result = items.poll();
      if (result == null && timeout > 0) {
        lock.unlock();
        unit.sleep(timeout);
        result = null;
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
}
