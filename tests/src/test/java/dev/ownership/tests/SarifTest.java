package dev.ownership.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code -Aownership.sarif=FILE}: the diagnostics of a compilation as a SARIF 2.1.0 log, valid
 * against the OASIS schema (committed under {@code src/test/resources/sarif}), with the same
 * messages, positions and notes javac shows.
 */
class SarifTest {

  private static final String UPLOAD =
      String.join(
          "\n",
          "package demo;",
          "import dev.ownership.annotations.*;",
          "import java.nio.ByteBuffer;",
          "import java.util.List;",
          "class Upload {",
          "  static void send(@Owned ByteBuffer data) {}",
          "  void run() {",
          "    ByteBuffer buf = ByteBuffer.allocate(8);",
          "    send(buf);",
          "    buf.flip();",
          "  }",
          "  void each(List<String> names) {",
          "    for (String n : names) {",
          "      names.add(n);",
          "    }",
          "  }",
          "}",
          "");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A directory under the working directory, so that the log names files relative to it. */
  private Path dir;

  private Path source;

  @BeforeEach
  void writeSource() throws IOException {
    dir = Files.createTempDirectory(Files.createDirectories(Paths.get("target/sarif-test")), "t");
    source = Files.createDirectories(dir.resolve("src/demo")).resolve("Upload.java");
    Files.writeString(source, UPLOAD, StandardCharsets.UTF_8);
  }

  private Compilation compile(String... options) throws IOException {
    JavaFileObject file = JavaFileObjects.forResource(source.toUri().toURL());
    List<String> all = new ArrayList<>(List.of(options));
    all.add("-Aownership.sarif=" + dir.resolve("out/ownership.sarif"));
    return Checking.compile(all, file);
  }

  private JsonNode log() throws IOException {
    return JSON.readTree(Files.readString(dir.resolve("out/ownership.sarif")));
  }

  private static Schema schema() throws IOException {
    try (InputStream in = SarifTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(in, InputFormat.JSON);
    }
  }

  private static List<Error> validate(JsonNode log) throws IOException {
    return schema().validate(JSON.writeValueAsString(log), InputFormat.JSON);
  }

  private static String region(JsonNode location) {
    JsonNode r = location.get("physicalLocation").get("region");
    return r.get("startLine").asInt()
        + ":"
        + r.get("startColumn").asInt()
        + "-"
        + r.get("endLine").asInt()
        + ":"
        + r.get("endColumn").asInt();
  }

  @Test
  void theLogIsValidSarif210() throws IOException {
    compile();
    JsonNode log = log();
    List<Error> errors = validate(log);
    assertTrue(errors.isEmpty(), () -> "schema violations: " + errors);
    // The validator does reject what the schema forbids.
    ObjectNode broken = (ObjectNode) log.deepCopy();
    ((ObjectNode) broken.get("runs").get(0).get("results").get(0)).put("level", "fatal");
    assertFalse(validate(broken).isEmpty(), "a level SARIF does not know must fail validation");
  }

  @Test
  void oneRunOneRulePerKeyOneResultPerDiagnostic() throws IOException {
    Compilation c = compile();
    assertEquals(Compilation.Status.FAILURE, c.status());
    JsonNode run = log().get("runs").get(0);
    assertEquals("2.1.0", log().get("version").asString());
    assertEquals(1, log().get("runs").size());
    JsonNode driver = run.get("tool").get("driver");
    assertEquals("Ownership for Java", driver.get("name").asString());
    List<String> ids = new ArrayList<>();
    for (JsonNode rule : driver.get("rules")) {
      ids.add(rule.get("id").asString());
      assertFalse(rule.get("shortDescription").get("text").asString().isEmpty());
    }
    assertEquals(
        List.of(
            "use.after.move",
            "move.out.of.borrow",
            "mutation.through.borrow",
            "mutation.while.borrowed",
            "use.while.mutably.borrowed",
            "move.while.borrowed",
            "aliased.argument",
            "borrow.escapes",
            "field.moved.at.exit",
            "owned.not.released",
            "lock.not.released",
            "ownership.annotation.invalid",
            "override.invalid"),
        ids);

    JsonNode results = run.get("results");
    assertEquals(2, results.size());
    List<String> javacErrors =
        c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
    for (int i = 0; i < results.size(); i++) {
      JsonNode r = results.get(i);
      String key = r.get("ruleId").asString();
      assertEquals(key, ids.get(r.get("ruleIndex").asInt()));
      assertEquals("error", r.get("level").asString());
      // The very text javac printed after "[key] ", where javac indents the lines after the first.
      assertEquals(
          javacErrors.get(i).replace("\n  ", "\n"),
          "[" + key + "] " + r.get("message").get("text").asString());
    }
  }

  @Test
  void locationsAreTheUseAndRelatedLocationsTheNotes() throws IOException {
    Compilation c = compile();
    JsonNode run = log().get("runs").get(0);
    JsonNode moved = run.get("results").get(0);
    assertEquals("use.after.move", moved.get("ruleId").asString());
    JsonNode at = moved.get("locations").get(0);
    assertEquals("10:5-10:8", region(at), "the read of `buf`, line 10");
    JsonNode artifact = at.get("physicalLocation").get("artifactLocation");
    assertEquals("%SRCROOT%", artifact.get("uriBaseId").asString());
    URI base = URI.create(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString());
    assertEquals(
        source.toRealPath(),
        Paths.get(base.resolve(artifact.get("uri").asString())).toRealPath(),
        "the relative URI, resolved against %SRCROOT%, is the source file");

    JsonNode moveSite = moved.get("relatedLocations").get(0);
    assertEquals("9:10-9:13", region(moveSite), "the move site: `send(buf)` on line 9");
    assertEquals("`buf` moved here", moveSite.get("message").get("text").asString());

    JsonNode mutation = run.get("results").get(1);
    assertEquals("mutation.while.borrowed", mutation.get("ruleId").asString());
    assertEquals(
        14,
        mutation
            .get("locations")
            .get(0)
            .get("physicalLocation")
            .get("region")
            .get("startLine")
            .asInt());
    assertTrue(mutation.get("relatedLocations").size() > 0, "the loan and its later use");

    // Every related location is one of the notes javac printed, at the same line and column.
    List<String> related = new ArrayList<>();
    for (JsonNode r : run.get("results")) {
      for (JsonNode l : r.get("relatedLocations")) {
        JsonNode region = l.get("physicalLocation").get("region");
        related.add(
            region.get("startLine").asInt()
                + ":"
                + region.get("startColumn").asInt()
                + ": "
                + l.get("message").get("text").asString());
      }
    }
    assertEquals(Checking.notes(c), related);
  }

  @Test
  void warnsAndTheBaselineMakeWarnings() throws IOException {
    compile("-Awarns");
    for (JsonNode r : log().get("runs").get(0).get("results")) {
      assertEquals("warning", r.get("level").asString());
      assertTrue(r.get("baselineState") == null, "no baseline, no baseline state");
    }

    Path baseline = dir.resolve("baseline.txt");
    compile("-Aownership.baseline=" + baseline, "-Aownership.baseline.write");
    Compilation c = compile("-Aownership.baseline=" + baseline);
    assertEquals(Compilation.Status.SUCCESS, c.status());
    JsonNode log = log();
    assertTrue(validate(log).isEmpty());
    for (JsonNode r : log.get("runs").get(0).get("results")) {
      assertEquals("warning", r.get("level").asString());
      assertEquals("unchanged", r.get("baselineState").asString());
    }
  }

  @Test
  void noDiagnosticsIsAValidEmptyLog() throws IOException {
    Files.writeString(source, "package demo;\nclass Upload {}\n", StandardCharsets.UTF_8);
    Compilation c = compile();
    assertEquals(Compilation.Status.SUCCESS, c.status());
    JsonNode log = log();
    assertTrue(validate(log).isEmpty(), () -> validateQuietly(log));
    assertEquals(0, log.get("runs").get(0).get("results").size());
  }

  private static String validateQuietly(JsonNode log) {
    try {
      return validate(log).toString();
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** The hand-written JSON escapes what RFC 8259 requires: a round trip gives the string back. */
  @Test
  void stringsAreEscaped() throws Exception {
    Class<?> json = Class.forName("dev.ownership.checker.Json");
    Method write = json.getDeclaredMethod("write", Object.class);
    write.setAccessible(true);
    String nasty =
        "quote \" backslash \\ newline \n tab \t nul \u0000 bell \u0007 é 😀 lone \ud800!";
    String text = (String) write.invoke(null, Map.of("k", List.of(nasty, 1, true)));
    JsonNode parsed = JSON.readTree(text);
    assertEquals(nasty, parsed.get("k").get(0).asString());
    assertEquals(1, parsed.get("k").get(1).asInt());
    assertTrue(parsed.get("k").get(2).asBoolean());
    assertFalse(text.contains("\u0000"), "control characters are escaped");
  }

  @Test
  void javacNotesAreStillPrinted() throws IOException {
    Compilation c = compile();
    assertTrue(
        c.diagnostics().stream()
            .anyMatch(
                d ->
                    d.getKind() == Diagnostic.Kind.NOTE
                        && d.getMessage(Locale.ROOT).equals("`buf` moved here")));
  }
}
