package dev.ownership.sample;

import dev.ownership.annotations.Mut;
import dev.ownership.annotations.Owned;
import java.io.PrintStream;

/**
 * An audit trail of what the pipeline shipped. It holds an output stream, so whoever opens it
 * owns it and must close it on every path: the checker reports an owned {@code AutoCloseable}
 * that can reach the end of its owner's method unreleased.
 */
final class AuditLog implements AutoCloseable {
  private final PrintStream out;
  private int entries;

  private AuditLog(PrintStream out) {
    this.out = out;
  }

  static @Owned AuditLog open(PrintStream out) {
    return new AuditLog(out);
  }

  void record(@Mut AuditLog this, Report report) {
    out.println("audit: " + report);
    entries++;
  }

  @Override
  public void close() {
    out.println("audit: " + entries + " reports");
    out.flush();
  }
}
