package dev.ownership.sample;

import dev.ownership.annotations.Owned;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A connection to a log collector. Closing it consumes it: after {@code close()} the checker
 * rejects any further use of the same reference, as Rust does after {@code drop(conn)}.
 */
final class Connection {
  private final String endpoint;
  private final StringBuilder wire = new StringBuilder();
  private int sent;

  private Connection(String endpoint) {
    this.endpoint = endpoint;
  }

  /** Opens a connection; the caller owns it and must hand it on or close it. */
  static @Owned Connection open(String endpoint) {
    return new Connection(endpoint);
  }

  /** Sends a buffer and takes it: the caller may not touch the buffer afterwards. */
  void send(@Owned ByteBuffer data) {
    wire.append(StandardCharsets.UTF_8.decode(data));
    sent++;
  }

  int sentCount() {
    return sent;
  }

  String endpoint() {
    return endpoint;
  }

  /** Closes the connection, consuming it. */
  String close(@Owned Connection this) {
    return wire.toString();
  }
}
