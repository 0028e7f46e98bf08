import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

// The operations of java.util.concurrent.atomic that run none of the caller's code cannot throw:
// between lock() and unlock(), in the try or in its finally, they do not count as throwing.
class AtomicsAndFinally {
  enum Status { IDLE, BUSY }

  private final Lock lock = new ReentrantLock();
  private final AtomicReference<Status> status = new AtomicReference<>(Status.IDLE);
  private final AtomicInteger drains = new AtomicInteger();

  void drain() {}

  // Silent: the drain idiom of concurrent caches.
  void tryToDrain() {
    if (lock.tryLock()) {
      try {
        status.lazySet(Status.BUSY);
        drain();
      } finally {
        status.compareAndSet(Status.BUSY, Status.IDLE);
        drains.incrementAndGet();
        lock.unlock();
      }
    }
  }

  void countThenLock() {
    lock.lock();
    drains.getAndIncrement();
    try {
      drain();
    } finally {
      lock.unlock();
    }
  }

  // Reported: a call that may throw runs in the finally before unlock(), or an atomic that runs
  // the caller's code does.
  void resetThenUnlock() {
    // :: error: [lock.not.released]
    lock.lock();
    try {
      drain();
    } finally {
      drain();
      lock.unlock();
    }
  }

  void updateThenUnlock() {
    // :: error: [lock.not.released]
    lock.lock();
    try {
      drain();
    } finally {
      status.updateAndGet(s -> s == Status.BUSY ? Status.IDLE : s);
      lock.unlock();
    }
  }
}
