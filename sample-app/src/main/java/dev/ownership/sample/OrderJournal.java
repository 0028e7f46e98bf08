package dev.ownership.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * A file-backed journal of orders, written with the JDK's own resources and no ownership
 * annotation at all: the checker knows from its JDK model that the writers, readers and line
 * streams below must be closed on every path, and that the lock must be unlocked on every path.
 * Appends from several threads are serialised by a lock; a snapshot is written to a temporary
 * file and moved into place, so a reader never sees half of it.
 */
final class OrderJournal {
  private final Path file;
  private final ReentrantLock appending = new ReentrantLock();

  OrderJournal(Path file) {
    this.file = file;
  }

  /** Appends one line: the writer is closed by the try-with-resources, the lock by the finally. */
  void append(String order) throws IOException {
    appending.lock();
    try {
      try (BufferedWriter out =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        out.write(order);
        out.newLine();
      }
    } finally {
      appending.unlock();
    }
  }

  /** The orders whose line starts with {@code prefix}; the line stream is closed on every path. */
  List<String> find(String prefix) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      List<String> found = new ArrayList<>();
      lines.filter(l -> l.startsWith(prefix)).forEach(found::add);
      return found;
    }
  }

  /** Rewrites the journal with {@code orders} only: written aside, then moved over the old one. */
  void snapshot(List<String> orders) throws IOException {
    Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "journal", ".tmp");
    BufferedWriter out = null;
    try {
      out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
      for (String order : orders) {
        out.write(order);
        out.newLine();
      }
    } finally {
      if (out != null) {
        out.close();
      }
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** A short demonstration, run by {@link Orders#main}'s caller or by hand. */
  static void demo(Path dir) {
    OrderJournal journal = new OrderJournal(dir.resolve("orders.journal"));
    try {
      journal.append("A-1 widget");
      journal.append("B-2 gadget");
      journal.snapshot(journal.find("A-"));
      System.out.println("journal: " + journal.find(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
