package dev.ownership.sample;

import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;

/**
 * What went over one connection, or, added up, over all of them. An {@code @Owned class}: a
 * report has one owner, {@code add} borrows the other report (parameters of an owned class are
 * {@code @Borrowed} by default) and changes this one ({@code @Mut} receiver).
 */
@Owned
final class Report {
  private final String endpoint;
  private int frames;
  private int lines;
  private long bytes;
  private int largestFrame;

  Report(String endpoint, int frames, int lines, long bytes, int largestFrame) {
    this.endpoint = endpoint;
    this.frames = frames;
    this.lines = lines;
    this.bytes = bytes;
    this.largestFrame = largestFrame;
  }

  static Report empty(String endpoint) {
    return new Report(endpoint, 0, 0, 0, 0);
  }

  /** Adds another report's numbers to this one. */
  void add(@Mut Report this, Report other) {
    frames += other.frames;
    lines += other.lines;
    bytes += other.bytes;
    largestFrame = Math.max(largestFrame, other.largestFrame);
  }

  @Override
  public String toString() {
    return String.format(
        "%-16s %2d lines in %d frames, %4d bytes, largest frame %d bytes",
        endpoint, lines, frames, bytes, largestFrame);
  }
}
