package dev.ownership.sample;

import dev.ownership.annotations.Borrowed;
import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.util.ArrayList;
import java.util.List;

/**
 * Log lines to ship together. A {@link Builder} collects them; {@code build()} consumes the
 * builder and moves its list into the batch — no copy, and no way to keep adding to a list that
 * now belongs to a batch.
 */
final class Batch {
  private final @Owned List<String> lines;

  private Batch(@Owned List<String> lines) {
    this.lines = lines;
  }

  static @Owned Builder builder(int maxLines) {
    return new Builder(maxLines);
  }

  /** The lines, to read while the batch is borrowed. */
  @Borrowed List<String> lines(@Borrowed Batch this) {
    return lines;
  }

  /** Collects up to {@code maxLines} lines. */
  static final class Builder {
    private final int maxLines;
    private final @Owned List<String> lines = new ArrayList<>();

    private Builder(int maxLines) {
      this.maxLines = maxLines;
    }

    void add(@Mut Builder this, String line) {
      lines.add(line);
    }

    boolean isEmpty(@Borrowed Builder this) {
      return lines.isEmpty();
    }

    boolean isFull(@Borrowed Builder this) {
      return lines.size() >= maxLines;
    }

    @Owned Batch build(@Owned Builder this) {
      return new Batch(lines);
    }
  }
}
