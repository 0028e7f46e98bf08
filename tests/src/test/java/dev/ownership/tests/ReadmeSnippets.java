package dev.ownership.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The blocks of README.md that users copy into their builds, read from the README itself so that
 * the tests run exactly what it shows. A block is the fenced code block that follows a line
 * {@code <!-- snippet: NAME -->}.
 */
final class ReadmeSnippets {

  private ReadmeSnippets() {}

  static Path readme() {
    return SampleAppViolationsTest.root().resolve("README.md");
  }

  /** The text of the block named {@code name}, its lines each ending with a newline. */
  static String get(String name) throws IOException {
    List<String> lines = Files.readAllLines(readme(), StandardCharsets.UTF_8);
    String marker = "<!-- snippet: " + name + " -->";
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).trim().equals(marker)) {
        continue;
      }
      int open = i + 1;
      if (open >= lines.size() || !lines.get(open).startsWith("```")) {
        throw new AssertionError(marker + " in README.md is not followed by a code block");
      }
      StringBuilder text = new StringBuilder();
      for (int j = open + 1; j < lines.size(); j++) {
        if (lines.get(j).startsWith("```")) {
          return text.toString();
        }
        text.append(lines.get(j)).append('\n');
      }
      throw new AssertionError(marker + " in README.md: the code block is not closed");
    }
    throw new AssertionError("README.md has no " + marker);
  }
}
