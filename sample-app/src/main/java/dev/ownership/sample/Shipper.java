package dev.ownership.sample;

import dev.ownership.annotations.Owned;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Ships log lines to a collector: builds a batch, encodes it into a buffer, hands the buffer to
 * the connection, and closes the connection when done. Every hand-over is a move the checker
 * follows; the code below is written the way it allows.
 */
public final class Shipper {
  private final int batchSize;

  public Shipper(int batchSize) {
    this.batchSize = batchSize;
  }

  /** Ships all lines in batches and returns what the collector received. */
  public String ship(List<String> lines, String endpoint) {
    Connection conn = Connection.open(endpoint);
    Batch.Builder builder = Batch.builder();
    int inBatch = 0;
    for (String line : lines) {
      builder.add(line);
      inBatch++;
      if (inBatch == batchSize) {
        flush(conn, builder.build());
        // The old builder was consumed by build(): start a new one before the next line.
        builder = Batch.builder();
        inBatch = 0;
      }
    }
    if (inBatch > 0) {
      flush(conn, builder.build());
    }
    return conn.close();
  }

  private static void flush(Connection conn, @Owned Batch batch) {
    ByteBuffer buf = batch.encode();
    conn.send(buf);
    // `buf` belongs to the connection now; a read here would be reported as use.after.move.
  }

  public static void main(String[] args) {
    String received = new Shipper(2).ship(List.of("boot", "ready", "request /", "shutdown"), "collector:514");
    System.out.print(received);
  }
}
