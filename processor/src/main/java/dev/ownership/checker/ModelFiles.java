package dev.ownership.checker;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.JavaFileManager;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds and reads users' models (SPEC §13): every {@code META-INF/ownership/*.astub} on the
 * compile class path, then the files, directories (recursively) and jars named by {@code
 * -Astubs=PATH[:PATH...]}, in that order, so that a later file wins for a method named twice.
 *
 * <p>{@code stubs} is one of the options the Checker Framework's {@code SourceChecker} declares;
 * only a {@code BaseTypeChecker}'s type factory reads it, and this checker has none, so the files
 * it names are read here and nowhere else.
 *
 * <p>A file that cannot be parsed is reported as {@code [model.invalid]} with its position and
 * left out; a class or method that does not exist is {@code [model.unknown]}, a warning (the
 * library may be another version than the model's). Nothing here throws.
 */
final class ModelFiles {
  private final OwnershipChecker checker;

  private ModelFiles(OwnershipChecker checker) {
    this.checker = checker;
  }

  /** The models read, in order, and what was wrong with them, to be printed later. */
  record Loaded(List<ModelReader.Parsed> models, List<Pending> diagnostics) {}

  static final String OPTION = "stubs";
  static final String CLASS_PATH_DIRECTORY = "META-INF/ownership";

  /** A model's name, for messages, and its text. */
  record Source(String name, String text) {}

  /** Reads, checks and reports the users' models of this compilation. */
  static Loaded load(OwnershipChecker checker) {
    ModelFiles files = new ModelFiles(checker);
    return new Loaded(files.read(), files.pending);
  }

  private List<ModelReader.Parsed> read() {
    ProcessingEnvironment env = checker.getProcessingEnvironment();
    List<Source> sources = new ArrayList<>();
    classPathModels(env, sources);
    String option = checker.getOption(OPTION);
    if (option != null) {
      for (String entry : option.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          read(Path.of(entry.trim()), sources);
        }
      }
    }
    List<ModelReader.Parsed> result = new ArrayList<>();
    for (Source s : sources) {
      try {
        ModelReader.Parsed parsed = ModelReader.parse(s.name(), s.text());
        check(parsed, env.getElementUtils(), env.getTypeUtils());
        result.add(parsed);
      } catch (ModelReader.SyntaxError e) {
        report(Diagnostic.Kind.ERROR,
            Keys.MODEL_INVALID,
            s.name() + ":" + e.line + ":" + e.column,
            describe(e));
      }
    }
    return result;
  }

  /**
   * The {@code META-INF/ownership/*.astub} files of each class path entry, directory or jar, in
   * class path order. javac's own listing skips {@code META-INF} in jars (it is no package name),
   * so the entries are read here.
   */
  private void classPathModels(ProcessingEnvironment env, List<Source> out) {
    for (Path entry : classPath(fileManager(env))) {
      if (Files.isDirectory(entry)) {
        Path dir = entry.resolve(CLASS_PATH_DIRECTORY);
        if (Files.isDirectory(dir)) {
          read(dir, out);
        }
      } else if (Files.isRegularFile(entry)) {
        readJar(entry, CLASS_PATH_DIRECTORY + "/", out);
      }
    }
  }

  /** The compile class path, whichever tool set it up. */
  private static List<Path> classPath(JavaFileManager fm) {
    List<Path> result = new ArrayList<>();
    try {
      if (fm instanceof StandardJavaFileManager) {
        Iterable<? extends Path> paths =
            ((StandardJavaFileManager) fm).getLocationAsPaths(StandardLocation.CLASS_PATH);
        if (paths != null) {
          paths.forEach(result::add);
        }
      } else if (fm != null && fm.hasLocation(StandardLocation.CLASS_PATH)) {
        // A forwarding file manager (as test harnesses and build tools use) hides the paths;
        // the class loader javac makes for the class path names them.
        ClassLoader loader = fm.getClassLoader(StandardLocation.CLASS_PATH);
        if (loader instanceof URLClassLoader) {
          try (URLClassLoader urls = (URLClassLoader) loader) {
            for (URL u : urls.getURLs()) {
              if (u.getProtocol().equals("file")) {
                result.add(Path.of(u.toURI()));
              }
            }
          }
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // No class path to read: only -Astubs models apply.
    }
    return result;
  }

  /** javac's file manager, which knows the compile class path whichever tool set it. */
  private static JavaFileManager fileManager(ProcessingEnvironment env) {
    try {
      com.sun.tools.javac.util.Context context =
          ((com.sun.tools.javac.processing.JavacProcessingEnvironment) env).getContext();
      return context.get(JavaFileManager.class);
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** A file, a directory of {@code *.astub} files (recursively), or a jar holding some. */
  private void read(Path path, List<Source> out) {
    try {
      if (Files.isDirectory(path)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
          files = walk.filter(p -> p.toString().endsWith(".astub")).sorted().toList();
        }
        for (Path f : files) {
          out.add(new Source(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
        }
      } else if (path.toString().endsWith(".jar") || path.toString().endsWith(".zip")) {
        readJar(path, "", out);
      } else {
        out.add(new Source(path.toString(), Files.readString(path, StandardCharsets.UTF_8)));
      }
    } catch (IOException | RuntimeException e) {
      report(Diagnostic.Kind.ERROR,
          Keys.MODEL_INVALID,
          path + ":1:1",
          checker.text(Keys.MODEL_UNREADABLE, String.valueOf(e)));
    }
  }

  /** The words of a syntax error, from {@code messages.properties}. */
  private String describe(ModelReader.SyntaxError e) {
    Object[] args = new Object[e.args.length];
    for (int i = 0; i < args.length; i++) {
      args[i] =
          e.args[i].equals(ModelReader.END_OF_FILE)
              ? checker.text(Keys.MODEL_SYNTAX_END_OF_FILE)
              : e.args[i];
    }
    return checker.text(e.key, args);
  }

  /** Every {@code *.astub} entry of a jar whose name starts with {@code prefix}, by name. */
  private void readJar(Path path, String prefix, List<Source> out) {
    try (ZipFile zip = new ZipFile(path.toFile())) {
      List<ZipEntry> entries = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry z = e.nextElement();
        if (!z.isDirectory() && z.getName().startsWith(prefix) && z.getName().endsWith(".astub")) {
          entries.add(z);
        }
      }
      entries.sort((a, b) -> a.getName().compareTo(b.getName()));
      for (ZipEntry z : entries) {
        try (InputStream in = zip.getInputStream(z)) {
          out.add(
              new Source(
                  path + "!/" + z.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException | RuntimeException e) {
      if (prefix.isEmpty()) {
        report(Diagnostic.Kind.ERROR,
            Keys.MODEL_INVALID,
            path + ":1:1",
            checker.text(Keys.MODEL_UNREADABLE, String.valueOf(e)));
      } // a class path entry that is no jar holds no model
    }
  }

  /** Warns of each class or method the model names that the compilation does not know. */
  private void check(ModelReader.Parsed parsed, Elements elements, Types types) {
    java.util.TreeMap<Integer, String> warnings = new java.util.TreeMap<>();
    for (ModelReader.Type t : parsed.types()) {
      if (elements.getTypeElement(t.name()) == null) {
        warnings.put(t.line(), checker.text(Keys.MODEL_UNKNOWN_CLASS, t.name()));
      }
    }
    for (ModelReader.Method m : parsed.methods()) {
      TypeElement owner = elements.getTypeElement(m.type());
      if (owner != null && !declares(owner, m, types)) {
        String what = "(" + String.join(", ", m.paramTypes()) + ")";
        warnings.putIfAbsent(
            m.line(), checker.text(Keys.MODEL_UNKNOWN_METHOD, m.name() + what, m.type()));
      }
    }
    warnings.forEach(
        (line, text) ->
            report(Diagnostic.Kind.WARNING,
                Keys.MODEL_UNKNOWN,
                parsed.file() + ":" + line,
                text));
  }

  /** True if the class, or a supertype for a method, has a member the model entry names. */
  private static boolean declares(TypeElement owner, ModelReader.Method m, Types types) {
    for (Element e : owner.getEnclosedElements()) {
      if (!(e instanceof ExecutableElement)) {
        continue;
      }
      ExecutableElement ex = (ExecutableElement) e;
      boolean kind =
          m.constructor() ? e.getKind() == ElementKind.CONSTRUCTOR : e.getKind() == ElementKind.METHOD;
      if (kind
          && (m.constructor() || ex.getSimpleName().contentEquals(m.name()))
          && JdkModel.parametersMatch(ex, m.paramTypes(), types)) {
        return true;
      }
    }
    if (!m.constructor()) {
      for (javax.lang.model.type.TypeMirror s : types.directSupertypes(owner.asType())) {
        Element se = types.asElement(s);
        if (se instanceof TypeElement && declares((TypeElement) se, m, types)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A diagnostic about a model file, which has no position in the code being compiled: {@code
   * [key] FILE:LINE[:COL]: text}, the key in brackets as the framework prints its own.
   */
  private void report(Diagnostic.Kind kind, String key, String where, String detail) {
    pending.add(new Pending(kind, "[" + key + "] " + checker.text(key, where, detail)));
  }

  /** A diagnostic about a model, held until the first class is checked. */
  record Pending(Diagnostic.Kind kind, String text) {}

  /**
   * The models are read when the checker starts, before annotation processing; an error printed
   * then would stop javac before any class is checked, so the diagnostics wait for {@link
   * #flush} and the compilation goes on without the broken file.
   */
  private final List<Pending> pending = new ArrayList<>();
}
