package com.example.bufpool;

import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Carries filled byte buffers to the thread that writes them out. */
public class Exchange {
  private final BlockingQueue<ByteBuffer> outbox = new LinkedBlockingQueue<>();

  public BlockingQueue<ByteBuffer> outbox() {
    return outbox;
  }
}
