package dev.ownership.sample;

import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Ships the lines of some sources to one collector. The pipeline's thread hands the worker its
 * lines ({@link #offer}, {@link #finish}), which a {@link Shipper} packs into frames; the frames
 * go through a {@code BlockingQueue<@Owned Frame>} to the worker's own thread, which sends them
 * over its connection. The queue owns the frames in it: a frame put into it is gone from the
 * pipeline's thread, and the one taken out belongs to the worker's thread — the checker lets
 * no frame be touched by two threads. What the worker shares with other threads — the buffer
 * pool and the per-source counters — is thread-safe and unannotated.
 */
final class Worker implements Callable<Report> {
  private final String endpoint;
  private final BufferPool pool;
  private final ConcurrentMap<String, LongAdder> linesBySource;
  private final BlockingQueue<@Owned Frame> queue = new LinkedBlockingQueue<>();
  /** Used by the pipeline's thread only. */
  private final Shipper shipper;

  Worker(
      String endpoint,
      BufferPool pool,
      int batchLines,
      ConcurrentMap<String, LongAdder> linesBySource) {
    this.endpoint = endpoint;
    this.pool = pool;
    this.linesBySource = linesBySource;
    this.shipper = new Shipper(pool, batchLines, queue);
  }

  /** Takes a line to ship; called from the pipeline's thread. */
  void offer(String line) {
    linesBySource.computeIfAbsent(Pipeline.sourceOf(line), s -> new LongAdder()).increment();
    shipper.add(line);
  }

  /** Tells the worker that no more lines will come; called from the pipeline's thread. */
  void finish() {
    shipper.finish();
  }

  /** Sends frames until the empty one that ends the stream, then closes the connection. */
  @Override
  public Report call() throws InterruptedException {
    Connection conn = Connection.open(endpoint, pool);
    Report report;
    try {
      pump(conn);
    } finally {
      report = conn.close(); // on every path, exactly once
    }
    return report;
  }

  private void pump(@Mut Connection conn) throws InterruptedException {
    boolean last;
    do {
      Frame frame = queue.take();
      // The empty frame that ends the stream goes to the collector too: it tells it the same.
      last = frame.isEmpty();
      ByteBuffer buf = frame.seal();
      conn.send(buf);
      // `buf` belongs to the connection now, which gives it back to the pool once written.
    } while (!last);
  }
}
