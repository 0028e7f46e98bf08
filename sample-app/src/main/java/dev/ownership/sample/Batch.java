package dev.ownership.sample;

import dev.ownership.annotations.Owned;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A batch of log lines, made by a {@link Builder} that {@code build()} consumes. */
final class Batch {
  private final List<String> lines;

  private Batch(List<String> lines) {
    this.lines = lines;
  }

  int size() {
    return lines.size();
  }

  /** Encodes the batch into a fresh buffer, owned by the caller. */
  @Owned ByteBuffer encode() {
    return StandardCharsets.UTF_8.encode(String.join("\n", lines) + "\n");
  }

  static @Owned Builder builder() {
    return new Builder();
  }

  /** Collects lines; {@code build()} consumes the builder, so it cannot be reused by mistake. */
  static final class Builder {
    private final List<String> lines = new ArrayList<>();

    Builder add(String line) {
      lines.add(line);
      return this;
    }

    @Owned Batch build(@Owned Builder this) {
      return new Batch(List.copyOf(lines));
    }
  }
}
