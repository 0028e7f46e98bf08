package com.example.bufpool;

/** A pooled buffer, from a library compiled without ownership annotations. */
public class Buffer {
  private final byte[] bytes;
  private int position;

  Buffer(int size) {
    bytes = new byte[size];
  }

  public void put(byte b) {
    bytes[position++] = b;
  }

  public int remaining() {
    return bytes.length - position;
  }

  public void clear() {
    position = 0;
  }
}
