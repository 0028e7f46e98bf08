package dev.ownership.checker;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;
import org.checkerframework.javacutil.TreeUtils;

/**
 * The baseline of SPEC §7: violations a team has recorded so that it can turn the checker on today
 * and fail only on new ones. With {@code -Aownership.baseline=FILE}, a violation recorded in FILE
 * is reported as a warning instead of an error; with {@code -Aownership.baseline.write} as well,
 * every violation is reported as a warning and FILE is rewritten, at the end of the compilation,
 * from the violations it found: a fixed violation drops out.
 *
 * <p>The file is text, one violation per line, sorted, under a comment header:
 *
 * <pre>
 * dev/ownership/sample/Upload.java Upload#run(boolean) use.after.move `buf`
 * dev/ownership/sample/Upload.java Upload$Part#Part(int,String) move.out.of.borrow `this` x2
 * </pre>
 *
 * <p>The columns are the source file as its package path (where javac runs from does not matter),
 * the enclosing member ({@code Class#method(ParamTypes)}, {@code Class#field}, {@code Class#{}} for
 * an initializer block, the class alone for its header; nested classes joined with {@code $}; code
 * in lambdas, local and anonymous classes counts as its enclosing member's), the diagnostic key,
 * the path expression as javac prints it in backticks, and, when one member has the same violation
 * more than once, {@code xN}. There are no line numbers, so edits elsewhere in the file keep an
 * entry matched; within one member, the first N occurrences are the recorded ones.
 */
final class Baseline {

  /** One recorded violation: where it is, without a line number, and what it is. */
  record Entry(String file, String member, String key, String path) {
    private static final Comparator<Entry> ORDER =
        Comparator.comparing(Entry::file)
            .thenComparing(Entry::member)
            .thenComparing(Entry::key)
            .thenComparing(Entry::path);
  }

  /** What the options ask for: nothing, downgrade what FILE records, or rewrite FILE. */
  private enum Mode {
    OFF,
    READ,
    WRITE
  }

  /** {@code FILE MEMBER KEY `PATH` [xN]}: the path may hold spaces, the other columns do not. */
  private static final Pattern LINE = Pattern.compile("(\\S+) (\\S+) (\\S+) `(.*)`(?: x(\\d+))?");

  /** Past this many characters a path expression is cut: a baseline names, it does not quote. */
  private static final int MAX_PATH = 80;

  private final OwnershipChecker checker;
  private final Mode mode;
  private final Path file;
  private final Trees trees;

  /** READ: how many more occurrences of each entry are excused. WRITE: how many were found. */
  private final Map<Entry, Integer> counts = new TreeMap<>(Entry.ORDER);

  /** How many violations were reported as warnings because of the baseline. */
  private int downgraded;

  private Baseline(OwnershipChecker checker, Mode mode, Path file) {
    this.checker = checker;
    this.mode = mode;
    this.file = file;
    this.trees = Trees.instance(checker.getProcessingEnvironment());
  }

  /**
   * The baseline the options ask for, read if it is to be read. A misconfiguration (write without a
   * file, a file that cannot be read or has a malformed line) is a javac error: a build that
   * silently ignored its baseline would fail for the wrong reason, or pass for one.
   */
  static Baseline fromOptions(OwnershipChecker checker) {
    String name = checker.getOption("ownership.baseline");
    boolean write = checker.hasOption("ownership.baseline.write");
    if (name == null || name.isEmpty()) {
      if (write) {
        checker.message(Diagnostic.Kind.ERROR, checker.text(Keys.BASELINE_WRITE_NEEDS_FILE));
      }
      return new Baseline(checker, Mode.OFF, null);
    }
    Baseline baseline = new Baseline(checker, write ? Mode.WRITE : Mode.READ, Paths.get(name));
    if (!write) {
      baseline.read();
    }
    return baseline;
  }

  private void read() {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      checker.message(
          Diagnostic.Kind.ERROR, checker.text(Keys.BASELINE_CANNOT_READ, file, e.toString()));
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        checker.message(
            Diagnostic.Kind.ERROR, checker.text(Keys.BASELINE_LINE_MALFORMED, file, i + 1, line));
        continue;
      }
      Entry e = new Entry(m.group(1), m.group(2), m.group(3), m.group(4));
      int n = m.group(5) == null ? 1 : Integer.parseInt(m.group(5));
      counts.merge(e, n, Integer::sum);
    }
  }

  /** Whether a baseline is in use, so that results can say whether they are new. */
  boolean isReading() {
    return mode == Mode.READ;
  }

  /**
   * Whether the violation of {@code key} at {@code at} is to be reported as a warning: it is one of
   * the occurrences the baseline records, which it then uses up, or the baseline is being written,
   * which records it.
   */
  boolean excuses(CompilationUnitTree root, Tree at, String key) {
    if (mode == Mode.OFF) {
      return false;
    }
    Entry entry = entry(root, at, key);
    if (mode == Mode.WRITE) {
      counts.merge(entry, 1, Integer::sum);
      downgraded++;
      return true;
    }
    Integer left = counts.get(entry);
    if (left == null || left == 0) {
      return false;
    }
    counts.put(entry, left - 1);
    downgraded++;
    return true;
  }

  /**
   * Ends the compilation: says how many violations the baseline turned into warnings and how many
   * of its entries matched nothing (fixed violations, to be dropped by a rewrite), and in write
   * mode writes the file — unless javac itself reported errors, when the checker has not seen every
   * class and a rewrite would drop entries that are still needed.
   */
  void finish(boolean javacErrored) {
    if (mode == Mode.READ && downgraded > 0) {
      checker.message(
          Diagnostic.Kind.NOTE, checker.text(Keys.BASELINE_DOWNGRADED, downgraded, file));
    }
    int unused = mode == Mode.READ ? counts.values().stream().mapToInt(Integer::intValue).sum() : 0;
    if (unused > 0) {
      checker.message(Diagnostic.Kind.NOTE, checker.text(Keys.BASELINE_UNUSED, unused, file));
    }
    if (mode != Mode.WRITE) {
      return;
    }
    if (javacErrored) {
      checker.message(Diagnostic.Kind.WARNING, checker.text(Keys.BASELINE_NOT_WRITTEN, file));
      return;
    }
    String text = render();
    try {
      if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
      }
      checker.message(
          Diagnostic.Kind.NOTE, checker.text(Keys.BASELINE_WRITTEN, counts.size(), file));
    } catch (IOException e) {
      checker.message(
          Diagnostic.Kind.ERROR, checker.text(Keys.REPORT_FILE_CANNOT_WRITE, file, e.toString()));
    }
  }

  /**
   * The file's text: the header, then one sorted line per entry; the same input, the same bytes.
   */
  private String render() {
    StringBuilder sb = new StringBuilder(checker.text(Keys.BASELINE_FILE_HEADER)).append('\n');
    for (Map.Entry<Entry, Integer> e : counts.entrySet()) {
      Entry entry = e.getKey();
      sb.append(entry.file()).append(' ').append(entry.member()).append(' ').append(entry.key());
      sb.append(" `").append(entry.path()).append('`');
      if (e.getValue() > 1) {
        sb.append(" x").append(e.getValue());
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The entry for a violation of {@code key} reported at {@code at} in {@code root}. */
  Entry entry(CompilationUnitTree root, Tree at, String key) {
    TreePath path = trees.getPath(root, at);
    List<Tree> outward = new ArrayList<>();
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      outward.add(p.getLeaf());
    }
    Collections.reverse(outward); // from the compilation unit in to the diagnostic's tree
    return new Entry(sourceFile(root), member(outward), key, subject(at));
  }

  /**
   * The file as its package path, {@code dev/ownership/sample/Upload.java}: the same whichever
   * directory javac runs in and wherever the source root lies.
   */
  static String sourceFile(CompilationUnitTree root) {
    String uriPath = root.getSourceFile().toUri().getPath();
    String name = uriPath == null ? root.getSourceFile().getName() : uriPath;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    ExpressionTree pkg = root.getPackageName();
    return pkg == null ? name : pkg.toString().replace('.', '/') + "/" + name;
  }

  /**
   * The member of a named class the tree stands in: the classes from the top-level one in, joined
   * with {@code $}, then {@code #} and the method, field or initializer. Lambdas and local or
   * anonymous classes are inside that member and do not count, so their numbering cannot shift.
   */
  private static String member(List<Tree> inward) {
    StringBuilder classes = new StringBuilder();
    int i = 1; // inward.get(0) is the compilation unit
    while (i < inward.size() && inward.get(i) instanceof ClassTree cls) {
      classes.append(classes.length() == 0 ? "" : "$").append(cls.getSimpleName());
      i++;
    }
    if (classes.length() == 0) {
      return "?"; // a tree javac cannot place: the column may not be empty
    }
    if (i >= inward.size()) {
      return classes.toString();
    }
    Tree member = inward.get(i);
    if (member instanceof MethodTree method) {
      ExecutableElement element = TreeUtils.elementFromDeclaration(method);
      String signature =
          element != null ? Describe.method(element) : method.getName().toString() + "(?)";
      return classes + "#" + signature.replace(", ", ",");
    }
    if (member instanceof VariableTree field) {
      return classes + "#" + field.getName();
    }
    if (member instanceof BlockTree block) {
      return classes + (block.isStatic() ? "#static{}" : "#{}");
    }
    return classes.toString(); // the class's own header: annotations, extends, type parameters
  }

  /**
   * The path expression as javac prints it: its source form with whitespace collapsed; for a
   * declaration (a method's {@code override.invalid}), its name.
   */
  private static String subject(Tree at) {
    String text;
    if (at instanceof MethodTree method) {
      text = method.getName().toString();
    } else if (at instanceof VariableTree variable) {
      text = variable.getName().toString();
    } else if (at instanceof ClassTree cls) {
      text = cls.getSimpleName().toString();
    } else {
      text = at.toString();
    }
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() <= MAX_PATH ? text : text.substring(0, MAX_PATH) + "...";
  }
}
