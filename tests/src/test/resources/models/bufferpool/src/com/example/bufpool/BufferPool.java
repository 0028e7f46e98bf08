package com.example.bufpool;

import java.util.ArrayDeque;
import java.util.Deque;

/** Hands out buffers and takes them back for reuse. */
public class BufferPool {
  private final Deque<Buffer> free = new ArrayDeque<>();
  private final int size;

  public BufferPool(int size) {
    this.size = size;
  }

  public Buffer acquire() {
    Buffer b = free.poll();
    return b != null ? b : new Buffer(size);
  }

  public void release(Buffer buffer) {
    buffer.clear();
    free.push(buffer);
  }

  public int capacity(Buffer buffer) {
    return size;
  }
}
