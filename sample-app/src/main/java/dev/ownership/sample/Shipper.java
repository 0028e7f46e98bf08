package dev.ownership.sample;

import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.nio.ByteBuffer;

/**
 * Turns batches into frames and sends them. Each frame is written into a buffer from the pool,
 * and the buffer changes hands on the way: pool, frame, connection, pool. Every hand-over is a
 * move the checker follows; the code below is written the way it allows.
 */
final class Shipper {
  private final BufferPool pool;
  private long nextSeq;

  Shipper(BufferPool pool) {
    this.pool = pool;
  }

  /** Sends the batch in as many frames as it takes. The batch is only read. */
  void ship(@Mut Shipper this, @Mut Connection conn, @Borrowed Batch batch) {
    Frame frame = new Frame(nextSeq++, pool.acquire());
    for (String line : batch.lines()) {
      if (!frame.tryAppend(line)) {
        send(conn, frame);
        // send() took the full frame: start a new one. Any line fits into an empty frame,
        // because Pipeline drops lines longer than that.
        frame = new Frame(nextSeq++, pool.acquire());
        frame.tryAppend(line);
      }
    }
    send(conn, frame);
  }

  private void send(@Borrowed Shipper this, @Mut Connection conn, @Owned Frame frame) {
    ByteBuffer buf = frame.seal();
    conn.send(buf);
    // `buf` belongs to the connection now, which gives it back to the pool once written.
  }
}
