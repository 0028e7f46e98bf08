package dev.ownership.sample;

import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One frame on the wire: a header (sequence number, line count) followed by lines of text, all
 * written into a pooled buffer that the frame owns.
 *
 * <p>An {@code @Owned class} is a value with one owner, like a Rust struct that is not {@code
 * Copy}: {@code Frame b = a;} moves, a parameter of type {@code Frame} is borrowed unless it
 * says {@code @Owned}, and the receiver of a method is {@code @Borrowed} unless it says {@code
 * @Mut}. {@link #seal()} consumes the frame and hands its buffer on.
 */
@Owned
final class Frame {
  static final int HEADER_BYTES = Long.BYTES + Integer.BYTES;

  private final long seq;
  private final @Owned ByteBuffer body;
  private int lines;

  Frame(long seq, @Owned ByteBuffer body) {
    body.position(HEADER_BYTES); // room for the header, which seal() writes
    this.seq = seq;
    this.body = body;
  }

  /** Appends a line if it fits in what is left of the buffer; false if the frame is full. */
  boolean tryAppend(@Mut Frame this, String line) {
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    if (bytes.length > body.remaining()) {
      return false;
    }
    body.put(bytes);
    lines++;
    return true;
  }

  /** True for a frame with no lines: the last frame of a stream, which marks its end. */
  boolean isEmpty() {
    return lines == 0;
  }

  /** Writes the header and gives the buffer away, ready to be read. The frame is used up. */
  @Owned ByteBuffer seal(@Owned Frame this) {
    body.putLong(0, seq).putInt(Long.BYTES, lines).flip();
    return body;
  }

  /** The line count in the header of a sealed frame. */
  static int lineCount(ByteBuffer sealed) {
    return sealed.getInt(sealed.position() + Long.BYTES);
  }
}
