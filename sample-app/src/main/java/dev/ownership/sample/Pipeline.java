package dev.ownership.sample;

import dev.ownership.annotations.Borrowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * A log shipper: drops lines no collector would take, routes the rest to one worker per
 * collector (all lines of a source to the same worker, so they stay in order), and adds up
 * what the workers report. Run {@link #main} to see it.
 */
public final class Pipeline {
  private final int maxLine;
  private final List<Worker> workers = new ArrayList<>();
  private final Map<String, Worker> routes = new HashMap<>();
  private final List<Future<Report>> running = new ArrayList<>();
  private final ConcurrentMap<String, LongAdder> linesBySource = new ConcurrentHashMap<>();
  private final ExecutorService executor;

  Pipeline(List<String> endpoints, int batchLines, BufferPool pool) {
    // The longest line that fits into an empty frame: a char takes at most 3 bytes in UTF-8.
    maxLine = (pool.bufferSize() - Frame.HEADER_BYTES - 1) / 3;
    executor = Executors.newFixedThreadPool(endpoints.size());
    for (String endpoint : endpoints) {
      Worker worker = new Worker(endpoint, pool, batchLines, linesBySource);
      workers.add(worker);
      running.add(executor.submit(worker));
    }
  }

  /** The source of a log line: its first word. */
  static String sourceOf(String line) {
    int space = line.indexOf(' ');
    return space < 0 ? line : line.substring(0, space);
  }

  /** Drops blank and overlong lines, and routes the others: a new source to the next worker. */
  void submit(List<String> input) {
    List<String> lines = new ArrayList<>(input);
    lines.removeIf(line -> line.isBlank() || line.length() > maxLine);
    for (String line : lines) {
      Worker worker = routes.get(sourceOf(line));
      if (worker == null) {
        worker = workers.get(routes.size() % workers.size());
        routes.put(sourceOf(line), worker);
      }
      worker.offer(line);
    }
  }

  /** Ends the input, waits for every worker, and returns their reports. */
  List<Report> finish() throws InterruptedException, ExecutionException {
    workers.forEach(Worker::finish);
    List<Report> reports = new ArrayList<>();
    try {
      for (Future<Report> result : running) {
        reports.add(result.get());
      }
    } finally {
      executor.shutdown();
    }
    return reports;
  }

  /** Lines shipped per source; sources with fewer than {@code minimum} lines count as "other". */
  Map<String, Long> linesBySource(@Borrowed Pipeline this, int minimum) {
    Map<String, Long> counts = new TreeMap<>();
    linesBySource.forEach((source, n) -> counts.put(source, n.sum()));
    // Iterate over a copy of the keys: the loop removes some of them from `counts`.
    for (String source : new ArrayList<>(counts.keySet())) {
      if (counts.get(source) < minimum) {
        counts.merge("other", counts.remove(source), Long::sum);
      }
    }
    return counts;
  }

  public static void main(String[] args) throws Exception {
    List<String> input =
        List.of(
            "api GET /orders 200 12ms",
            "db slow query: select * from orders (230ms)",
            "api GET /orders/17 200 3ms",
            "",
            "auth login ok user=ann",
            "api POST /orders 201 25ms",
            "cron nightly cleanup started",
            "db connection pool at 80%",
            "api GET /health 200 1ms",
            "api stack trace follows: java.lang.IllegalStateException: order 17 is already"
                + " shipped, at dev.example.Orders.ship(Orders.java:88)",
            "auth login failed user=bob",
            "api GET /orders 200 9ms",
            "   ",
            "db vacuum done");
    BufferPool pool = new BufferPool(160);
    Pipeline pipeline = new Pipeline(List.of("collector-a:514", "collector-b:514"), 6, pool);
    pipeline.submit(input);
    List<Report> reports = pipeline.finish();

    Report total = Report.empty("total");
    try (AuditLog audit = AuditLog.open(System.out)) {
      for (Report report : reports) {
        System.out.println(report);
        audit.record(report);
        total.add(report);
      }
    }
    // The total goes to a thread of its own to be printed: the thread owns it from here on.
    Thread printer = new Thread(() -> System.out.println(total));
    printer.start();
    printer.join();
    System.out.println("lines by source: " + pipeline.linesBySource(2));
    System.out.println(
        "buffers: " + pool.created() + " allocated, " + pool.idle() + " back in the pool");
  }
}
