package dev.ownership.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The jdk.compiler flags are written in three places that must agree: the parent pom's property
 * {@code jdk.compiler.opens} (the tests' JVM gets it as its argLine), the repository's {@code
 * .mvn/jvm.config} (the Maven JVM, in which the sample app is compiled with the checker), and the
 * README's jvm.config block that users copy.
 */
class JvmConfigTest {

  private static List<String> property() {
    String flags = System.getProperty("ownership.jdkFlags", "").trim();
    assertFalse(flags.isEmpty(), "the build passes no ownership.jdkFlags");
    return Arrays.asList(flags.split("\\s+"));
  }

  /** The flags of a jvm.config text; a -D line there only names the property it must match. */
  private static List<String> flagsOf(String config) {
    return Arrays.stream(config.split("\\s+"))
        .filter(f -> !f.isEmpty() && !f.startsWith("-D"))
        .collect(Collectors.toList());
  }

  @Test
  void repositoryJvmConfigListsThePropertysFlags() throws Exception {
    String config =
        Files.readString(
            SampleAppViolationsTest.root().resolve(".mvn/jvm.config"), StandardCharsets.UTF_8);
    assertEquals(property(), flagsOf(config));
  }

  @Test
  void readmeJvmConfigListsThePropertysFlags() throws Exception {
    String config = ReadmeSnippets.get("jvm.config");
    assertEquals(property(), flagsOf(config));
    assertEquals(property().size(), config.strip().split("\n").length, "one flag a line");
  }
}
