package dev.ownership.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keys and texts agree: every key constant of the checker has a text in {@code
 * messages.properties}, every text has a key constant, and every key constant is used by the
 * checker's code. A missing text would print the bare key; a stray one is dead wording.
 */
class MessageKeysTest {

  static Class<?> keysClass() throws ClassNotFoundException {
    return Class.forName("dev.ownership.checker.Keys");
  }

  static Set<String> keyConstants() throws Exception {
    Set<String> keys = new TreeSet<>();
    for (Field f : keysClass().getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        f.setAccessible(true);
        keys.add((String) f.get(null));
      }
    }
    return keys;
  }

  static Properties messages() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        keysClassLoader().getResourceAsStream("dev/ownership/checker/messages.properties")) {
      p.load(in);
    }
    return p;
  }

  private static ClassLoader keysClassLoader() {
    try {
      return keysClass().getClassLoader();
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everyKeyHasATextAndEveryTextAKey() throws Exception {
    assertEquals(keyConstants(), new TreeSet<>(messages().stringPropertyNames()));
  }

  @Test
  void everyKeyConstantIsUsedByTheChecker() throws Exception {
    Path sources = SampleAppViolationsTest.root().resolve("processor/src/main/java");
    String code;
    try (Stream<Path> files = Files.walk(sources)) {
      List<String> texts = new ArrayList<>();
      for (Path f :
          files
              .filter(p -> p.toString().endsWith(".java") && !p.endsWith("Keys.java"))
              .collect(Collectors.toList())) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
      code = String.join("\n", texts);
    }
    List<String> unused = new ArrayList<>();
    for (Field f : keysClass().getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())
          && f.getType() == String.class
          && !code.contains("Keys." + f.getName())) {
        unused.add(f.getName());
      }
    }
    assertTrue(unused.isEmpty(), "key constants no rule uses: " + unused);
  }
}
