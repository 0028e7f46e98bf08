package dev.ownership.sample;

import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection to a log collector (here an in-memory stand-in for the socket). {@code open()}
 * gives the caller an owned connection and {@code close()} consumes it: after {@code
 * conn.close()} the checker rejects any use of {@code conn}, closing it again included, as Rust
 * does after {@code drop(conn)}.
 */
final class Connection {
  private final String endpoint;
  private final BufferPool pool;
  private final ByteArrayOutputStream wire = new ByteArrayOutputStream();
  private final @Owned List<Integer> frameSizes = new ArrayList<>();
  private int lines;

  private Connection(String endpoint, BufferPool pool) {
    this.endpoint = endpoint;
    this.pool = pool;
  }

  /** Opens a connection; the caller owns it and must close it. */
  static @Owned Connection open(String endpoint, BufferPool pool) {
    return new Connection(endpoint, pool);
  }

  /** Writes a sealed frame and takes its buffer, which goes back to the pool once written. */
  void send(@Mut Connection this, @Owned ByteBuffer frame) {
    int size = frame.remaining();
    lines += Frame.lineCount(frame);
    wire.write(frame.array(), frame.arrayOffset() + frame.position(), size);
    frameSizes.add(size);
    pool.release(frame);
  }

  String endpoint(@Borrowed Connection this) {
    return endpoint;
  }

  int frames(@Borrowed Connection this) {
    return frameSizes.size();
  }

  long bytes(@Borrowed Connection this) {
    return wire.size();
  }

  int largestFrame(@Borrowed Connection this) {
    int largest = 0;
    for (int size : frameSizes) {
      largest = Math.max(largest, size);
    }
    return largest;
  }

  /** Closes the connection, consuming it, and reports what went over it. */
  Report close(@Owned Connection this) {
    return new Report(endpoint(), frames(), lines, bytes(), largestFrame());
  }
}
