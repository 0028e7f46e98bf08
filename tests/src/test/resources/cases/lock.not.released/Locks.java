import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

// A lock must be released on every path that releases it on some (SPEC §11): Rust drops a
// MutexGuard on unwind, Java needs `lock(); try { ... } finally { unlock(); }`.
class Locks {
  private final Lock lock = new ReentrantLock();
  private final ReadWriteLock rw = new ReentrantReadWriteLock();
  private static final Lock GLOBAL = new ReentrantLock();
  private int n;

  void work() {}

  // -- reported

  void unlockedOnlyIfNothingThrows() {
    // :: error: [lock.not.released]
    lock.lock();
    work();
    lock.unlock();
  }

  void aCallBetweenLockAndTry() {
    // :: error: [lock.not.released]
    lock.lock();
    work();
    try {
      n++;
    } finally {
      lock.unlock();
    }
  }

  void anEarlyReturnHoldsIt(boolean done) {
    // :: error: [lock.not.released]
    lock.lock();
    if (done) {
      return;
    }
    lock.unlock();
  }

  void readLockUnlockedOnlyIfNothingThrows() {
    // :: error: [lock.not.released]
    rw.readLock().lock();
    work();
    rw.readLock().unlock();
  }

  void staticLock() throws InterruptedException {
    // :: error: [lock.not.released]
    GLOBAL.lockInterruptibly();
    work();
    GLOBAL.unlock();
  }

  void tryLockThenACall() {
    // :: error: [lock.not.released]
    if (lock.tryLock()) {
      work();
      lock.unlock();
    }
  }

  // -- silent

  void theIdiom() {
    lock.lock();
    try {
      work();
    } finally {
      lock.unlock();
    }
  }

  void boxingAndConcatenationAreNotCalls() {
    lock.lock();
    Integer boxed = n;
    String s = "n=" + n;
    try {
      work();
    } finally {
      lock.unlock();
    }
  }

  void writeLockIdiom() {
    rw.writeLock().lock();
    try {
      work();
    } finally {
      rw.writeLock().unlock();
    }
  }

  void tryLockIdiom() {
    if (lock.tryLock()) {
      try {
        work();
      } finally {
        lock.unlock();
      }
    }
  }

  void tryLockNegated() {
    if (!lock.tryLock()) {
      return;
    }
    try {
      work();
    } finally {
      lock.unlock();
    }
  }

  void tryLockTimedThroughALocal() throws InterruptedException {
    boolean locked = lock.tryLock(1, TimeUnit.SECONDS);
    if (locked) {
      try {
        work();
      } finally {
        lock.unlock();
      }
    }
  }

  void handsTheLockToItsCaller(boolean bad) {
    lock.lock();
    if (bad) {
      lock.unlock();
      throw new IllegalStateException();
    }
  }

  void acquireOnly() {
    lock.lock();
  }

  void releaseOnly() {
    lock.unlock();
  }
}
