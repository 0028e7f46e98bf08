package dev.ownership.checker;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;

/**
 * Writes every diagnostic of a compilation as a SARIF 2.1.0 log, for code-scanning dashboards: one
 * run of the tool "Ownership for Java", one rule per diagnostic key, one result per diagnostic at
 * the path expression it stands at, with the other party's positions (move site, loan, later use)
 * as related locations. Enabled by {@code -Aownership.sarif=FILE}; written once, when the
 * compilation ends.
 *
 * <p>A file under the directory javac runs in is named relative to it, against the base id {@code
 * %SRCROOT%} that the log maps to that directory; any other file by its absolute URI. Columns count
 * UTF-16 code units from 1, and an end column is the one after the last character, as SARIF says.
 * The JSON is written by {@link Json}, so the checker jar needs no JSON library.
 */
final class SarifWriter {

  /** SARIF's name for the directory relative URIs are resolved against. */
  private static final String SRCROOT = "%SRCROOT%";

  /** The schema a log names: the OASIS standard's, with its errata. */
  private static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** Each diagnostic key's one-line description, as the SARIF {@code rules} array shows it. */
  private static final Map<String, String> DESCRIPTIONS =
      Map.ofEntries(
          Map.entry(Keys.USE_AFTER_MOVE, Keys.RULE_USE_AFTER_MOVE),
          Map.entry(Keys.MOVE_OUT_OF_BORROW, Keys.RULE_MOVE_OUT_OF_BORROW),
          Map.entry(Keys.MUTATION_THROUGH_BORROW, Keys.RULE_MUTATION_THROUGH_BORROW),
          Map.entry(Keys.MUTATION_WHILE_BORROWED, Keys.RULE_MUTATION_WHILE_BORROWED),
          Map.entry(Keys.USE_WHILE_MUTABLY_BORROWED, Keys.RULE_USE_WHILE_MUTABLY_BORROWED),
          Map.entry(Keys.MOVE_WHILE_BORROWED, Keys.RULE_MOVE_WHILE_BORROWED),
          Map.entry(Keys.ALIASED_ARGUMENT, Keys.RULE_ALIASED_ARGUMENT),
          Map.entry(Keys.BORROW_ESCAPES, Keys.RULE_BORROW_ESCAPES),
          Map.entry(Keys.FIELD_MOVED_AT_EXIT, Keys.RULE_FIELD_MOVED_AT_EXIT),
          Map.entry(Keys.OWNED_NOT_RELEASED, Keys.RULE_OWNED_NOT_RELEASED),
          Map.entry(Keys.LOCK_NOT_RELEASED, Keys.RULE_LOCK_NOT_RELEASED),
          Map.entry(Keys.ANNOTATION_INVALID, Keys.RULE_ANNOTATION_INVALID),
          Map.entry(Keys.OVERRIDE_INVALID, Keys.RULE_OVERRIDE_INVALID));

  /** A span of source, 1-based; {@code endLine} 0 when javac did not keep the end position. */
  private record Region(long startLine, long startColumn, long endLine, long endColumn) {}

  /**
   * A place in a file, with what happened there (null for a result's own location); the region is
   * null for a tree javac gave no position.
   */
  private record Place(String uri, boolean relative, Region region, String message) {}

  /** One diagnostic: its key, its level, its full message, where, and the other parties. */
  private record Result(
      String key, boolean error, String message, Place at, List<Place> related, String state) {}

  private final OwnershipChecker checker;
  private final Path file;
  private final SourcePositions positions;
  private final Path workingDirectory = Paths.get("").toAbsolutePath();
  private final List<Result> results = new ArrayList<>();

  private SarifWriter(OwnershipChecker checker, Path file) {
    this.checker = checker;
    this.file = file;
    this.positions = Trees.instance(checker.getProcessingEnvironment()).getSourcePositions();
  }

  /** The writer {@code -Aownership.sarif=FILE} asks for, or null if it is not given. */
  static SarifWriter fromOptions(OwnershipChecker checker) {
    String name = checker.getOption("ownership.sarif");
    return name == null || name.isEmpty() ? null : new SarifWriter(checker, Paths.get(name));
  }

  /**
   * Records one diagnostic as it is reported.
   *
   * @param baselineState SARIF's {@code baselineState} ({@code new} or {@code unchanged}), or null
   *     when no baseline is in use
   */
  void add(
      CompilationUnitTree root,
      Tree at,
      String key,
      boolean error,
      String message,
      List<Reporter.Note> notes,
      String baselineState) {
    List<Place> related = new ArrayList<>();
    for (Reporter.Note n : notes) {
      related.add(place(n.unit() != null ? n.unit() : root, n.at(), n.text()));
    }
    results.add(new Result(key, error, message, place(root, at, null), related, baselineState));
  }

  private Place place(CompilationUnitTree root, Tree tree, String message) {
    URI uri = root.getSourceFile().toUri();
    String name = uri.toString();
    boolean relative = false;
    if ("file".equals(uri.getScheme())) {
      Path path = Paths.get(uri);
      if (path.startsWith(workingDirectory)) {
        name = relativeUri(workingDirectory.relativize(path));
        relative = true;
      }
    }
    return new Place(name, relative, region(root, tree), message);
  }

  private static String relativeUri(Path relative) {
    String slashed = relative.toString().replace('\\', '/');
    try {
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException e) {
      return slashed;
    }
  }

  private Region region(CompilationUnitTree root, Tree tree) {
    long start = positions.getStartPosition(root, tree);
    if (start < 0) {
      return null;
    }
    LineMap lines = root.getLineMap();
    long line = lines.getLineNumber(start);
    long column = start - lines.getStartPosition(line) + 1;
    long end = positions.getEndPosition(root, tree);
    if (end <= start) {
      return new Region(line, column, 0, 0);
    }
    long endLine = lines.getLineNumber(end);
    return new Region(line, column, endLine, end - lines.getStartPosition(endLine) + 1);
  }

  /** Writes the log; a file that cannot be written is a javac error, as a CI step relies on it. */
  void finish(boolean javacErrored) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, Json.write(log(javacErrored)) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      checker.message(
          Diagnostic.Kind.ERROR, checker.text(Keys.REPORT_FILE_CANNOT_WRITE, file, e.toString()));
    }
  }

  /** The whole log as nested maps and lists, in SARIF's property order. */
  private Map<String, Object> log(boolean javacErrored) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    List<Object> rules = new ArrayList<>();
    for (String key : Keys.DIAGNOSTICS) {
      ruleIndex.put(key, rules.size());
      rules.add(
          object(
              "id", key,
              "shortDescription", object("text", description(key)),
              "defaultConfiguration", object("level", "error")));
    }
    List<Object> out = new ArrayList<>();
    for (Result r : results) {
      Map<String, Object> result = object("ruleId", r.key());
      Integer index = ruleIndex.get(r.key());
      if (index != null) {
        result.put("ruleIndex", index);
      }
      result.put("level", r.error() ? "error" : "warning");
      result.put("message", object("text", r.message()));
      result.put("locations", List.of(location(r.at(), 0)));
      if (!r.related().isEmpty()) {
        List<Object> related = new ArrayList<>();
        for (Place p : r.related()) {
          related.add(location(p, related.size() + 1));
        }
        result.put("relatedLocations", related);
      }
      if (r.state() != null) {
        result.put("baselineState", r.state());
      }
      out.add(result);
    }
    Map<String, Object> driver = object("name", checker.text(Keys.SARIF_TOOL_NAME));
    driver.put("rules", rules);
    Map<String, Object> run = object("tool", object("driver", driver));
    run.put("invocations", List.of(object("executionSuccessful", !javacErrored)));
    run.put("originalUriBaseIds", object(SRCROOT, object("uri", directoryUri(workingDirectory))));
    run.put("columnKind", "utf16CodeUnits");
    run.put("results", out);
    Map<String, Object> log = object("$schema", SCHEMA, "version", "2.1.0");
    log.put("runs", List.of(run));
    return log;
  }

  private static Map<String, Object> location(Place p, int id) {
    Map<String, Object> artifact = object("uri", p.uri());
    if (p.relative()) {
      artifact.put("uriBaseId", SRCROOT);
    }
    Map<String, Object> physical = object("artifactLocation", artifact);
    Region r = p.region();
    if (r != null) {
      Map<String, Object> region =
          object("startLine", r.startLine(), "startColumn", r.startColumn());
      if (r.endLine() > 0) {
        region.put("endLine", r.endLine());
        region.put("endColumn", r.endColumn());
      }
      physical.put("region", region);
    }
    Map<String, Object> location = new LinkedHashMap<>();
    if (id > 0) {
      location.put("id", id);
    }
    location.put("physicalLocation", physical);
    if (p.message() != null) {
      location.put("message", object("text", p.message()));
    }
    return location;
  }

  private static String directoryUri(Path directory) {
    String uri = directory.toUri().toASCIIString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  private String description(String key) {
    String description = DESCRIPTIONS.get(key);
    return description == null ? key : checker.text(description);
  }

  /** An ordered JSON object from alternating names and values. */
  private static Map<String, Object> object(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }
}
