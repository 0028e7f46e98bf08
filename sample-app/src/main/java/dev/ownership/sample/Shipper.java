package dev.ownership.sample;

import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.util.concurrent.BlockingQueue;

/**
 * Collects one worker's lines into batches and turns each batch into frames, on the pipeline's
 * thread, then queues the frames for the worker's thread. Each frame is written into a buffer
 * from the pool, and the buffer changes hands on the way: pool, frame, queue, worker,
 * connection, pool. Every hand-over is a move the checker follows; the code below is written
 * the way it allows.
 */
final class Shipper {
  private final BufferPool pool;
  private final int batchLines;
  /** The worker's queue: a frame put here belongs to the worker's thread. */
  private final BlockingQueue<@Owned Frame> outbox;
  private Batch.@Owned Builder batch;
  private long nextSeq;

  Shipper(BufferPool pool, int batchLines, BlockingQueue<@Owned Frame> outbox) {
    this.pool = pool;
    this.batchLines = batchLines;
    this.outbox = outbox;
    this.batch = Batch.builder(batchLines);
  }

  /** Adds a line to the batch, and ships the batch once it is full. */
  void add(@Mut Shipper this, String line) {
    batch.add(line);
    if (batch.isFull()) {
      // build() consumes the builder: put a new one in its place before going on.
      Batch full = batch.build();
      batch = Batch.builder(batchLines);
      ship(full);
    }
  }

  /** Ships what is left, then an empty frame, which tells the worker that no more will come. */
  void finish(@Mut Shipper this) {
    if (!batch.isEmpty()) {
      Batch last = batch.build();
      batch = Batch.builder(batchLines);
      ship(last);
    }
    outbox.add(new Frame(nextSeq++, pool.acquire()));
  }

  /** Queues the batch in as many frames as it takes. The batch is only read. */
  private void ship(@Mut Shipper this, @Borrowed Batch batch) {
    Frame frame = new Frame(nextSeq++, pool.acquire());
    for (String line : batch.lines()) {
      if (!frame.tryAppend(line)) {
        outbox.add(frame);
        // The worker's thread owns the full frame now: start a new one. Any line fits into an
        // empty frame, because Pipeline drops lines longer than that.
        frame = new Frame(nextSeq++, pool.acquire());
        frame.tryAppend(line);
      }
    }
    outbox.add(frame);
  }
}
