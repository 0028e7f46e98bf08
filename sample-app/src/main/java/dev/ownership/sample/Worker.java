package dev.ownership.sample;

import dev.ownership.annotations.Mut;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Ships the lines of some sources to one collector, on a thread of its own. A worker owns its
 * queue, its connection and the batch it is building; what it shares with other threads — the
 * buffer pool and the per-source counters — is thread-safe and unannotated.
 */
final class Worker implements Callable<Report> {
  /** Marks the end of the input; compared by identity, so no log line can be mistaken for it. */
  private static final String END = new String("end of input");

  private final String endpoint;
  private final BufferPool pool;
  private final int batchLines;
  private final ConcurrentMap<String, LongAdder> linesBySource;
  private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();

  Worker(
      String endpoint,
      BufferPool pool,
      int batchLines,
      ConcurrentMap<String, LongAdder> linesBySource) {
    this.endpoint = endpoint;
    this.pool = pool;
    this.batchLines = batchLines;
    this.linesBySource = linesBySource;
  }

  /** Queues a line; called from the pipeline's thread. */
  void offer(String line) {
    queue.add(line);
  }

  /** Tells the worker that no more lines will come. */
  void finish() {
    queue.add(END);
  }

  /** Ships lines until {@link #finish()}, then closes the connection and reports. */
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
    Shipper shipper = new Shipper(pool);
    Batch.Builder batch = Batch.builder(batchLines);
    String line;
    while ((line = queue.take()) != END) {
      linesBySource.computeIfAbsent(Pipeline.sourceOf(line), s -> new LongAdder()).increment();
      batch.add(line);
      if (batch.isFull()) {
        shipper.ship(conn, batch.build());
        // build() consumed the builder: start a new one before the next line.
        batch = Batch.builder(batchLines);
      }
    }
    if (!batch.isEmpty()) {
      shipper.ship(conn, batch.build());
    }
  }
}
