package dev.ownership.sample;

import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Owned;
import java.nio.ByteBuffer;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Byte buffers shared by all workers. {@code acquire()} gives the caller a buffer it owns, and
 * {@code release()} takes it back: in between, the checker makes sure each buffer has one user
 * at a time — nobody touches a buffer after handing it on, and nobody releases it twice.
 *
 * <p>The free buffers are a {@code Deque<@Owned ByteBuffer>}: the deque owns what is in it, as a
 * Rust {@code VecDeque<Vec<u8>>} does. Pushing a buffer moves it in, polling one out gives the
 * caller an owner. The pool itself is used by every thread at once — the pipeline's thread
 * acquires, the workers' threads release — so its receivers stay unannotated and its state
 * lives in {@code java.util.concurrent} types, as a Rust pool would keep it behind a {@code
 * Mutex}.
 */
final class BufferPool {
  private final Deque<@Owned ByteBuffer> free = new ConcurrentLinkedDeque<>();
  private final AtomicInteger created = new AtomicInteger();
  private final int bufferSize;

  BufferPool(int bufferSize) {
    this.bufferSize = bufferSize;
  }

  /** A cleared buffer: a free one if there is one, else a new one. The caller owns it. */
  @Owned ByteBuffer acquire() {
    ByteBuffer buffer = free.poll();
    if (buffer == null) {
      created.incrementAndGet();
      buffer = ByteBuffer.allocate(bufferSize);
    }
    return buffer;
  }

  /**
   * Takes a buffer back; the caller may not use it afterwards. It goes to the front, so the
   * buffer released last is the next one handed out, while it is still in the cache.
   */
  void release(@Owned ByteBuffer buffer) {
    buffer.clear();
    free.push(buffer);
  }

  int bufferSize(@Borrowed BufferPool this) {
    return bufferSize;
  }

  /** How many buffers the pool has allocated so far. */
  int created(@Borrowed BufferPool this) {
    return created.get();
  }

  /** How many buffers are back in the pool, waiting to be reused. */
  int idle(@Borrowed BufferPool this) {
    return free.size();
  }
}
