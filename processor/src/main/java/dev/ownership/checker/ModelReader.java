package dev.ownership.checker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one model file (SPEC §13): the Checker Framework's stub-file syntax, which the checker's
 * own {@code jdk.astub} and users' models share. A model is Java without bodies: {@code package}
 * declarations (several per file), imports, and type declarations whose members are methods and
 * constructors ending in {@code ;}, nested types, and fields (read and ignored). Of the
 * annotations, only {@code @Owned}, {@code @Borrowed} and {@code @Mut} mean something; others are
 * skipped. A method's receiver is written as a first parameter named {@code this}.
 *
 * <p>This class knows nothing of javac: it turns text into {@link Parsed} declarations, or into
 * one {@link SyntaxError} with its line and column. Which classes and methods exist is decided by
 * {@link ModelFiles}; what the declarations mean for a call is decided by {@link JdkModel}.
 */
final class ModelReader {
  private ModelReader() {}

  /** One method or constructor of a model, named by its class, name and parameter types. */
  record Method(
      String type,
      String name,
      boolean constructor,
      List<String> paramTypes,
      JdkModel.Entry entry,
      int line) {}

  /** A class a model declares, with whether it is {@code @Owned} (SPEC §3, class row). */
  record Type(String name, boolean owned, int line) {}

  /** What a file declares, in the order written. */
  record Parsed(String file, List<Type> types, List<Method> methods) {}

  /** The first place a model file cannot be read. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;
    final String key;
    final String[] args;

    /** What went wrong, as a key of {@code messages.properties} and its arguments. */
    SyntaxError(Token at, String key, String... args) {
      super(key + " " + String.join(" ", args));
      this.line = at.line;
      this.column = at.column;
      this.key = key;
      this.args = args;
    }
  }

  /** Stands for the end of the file where a message names the token found. */
  static final String END_OF_FILE = "";

  /** The token found, as a message names it: in backticks, or {@link #END_OF_FILE}. */
  static String found(Token t) {
    return t.text().isEmpty() ? END_OF_FILE : "`" + t.text() + "`";
  }

  /** A token with its 1-based position. */
  record Token(String text, int line, int column) {}

  private static final Set<String> TYPE_KEYWORDS = Set.of("class", "interface", "enum", "record");
  private static final Set<String> MODIFIERS =
      Set.of(
          "public", "protected", "private", "static", "final", "abstract", "default", "native",
          "synchronized", "transient", "volatile", "strictfp", "sealed", "non-sealed");

  /** Parses a model file, or throws its first syntax error. */
  static Parsed parse(String file, String text) throws SyntaxError {
    return new Parser(file, tokenize(text)).file();
  }

  /** Splits the text into identifiers, punctuation and literals, dropping comments. */
  static List<Token> tokenize(String text) throws SyntaxError {
    List<Token> out = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int col = i - lineStart + 1;
      if (c == '\n') {
        line++;
        lineStart = ++i;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (text.startsWith("//", i)) {
        while (i < text.length() && text.charAt(i) != '\n') {
          i++;
        }
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          throw new SyntaxError(new Token("/*", line, col), Keys.MODEL_SYNTAX_UNCLOSED_COMMENT);
        }
        for (int k = i; k < end; k++) {
          if (text.charAt(k) == '\n') {
            line++;
            lineStart = k + 1;
          }
        }
        i = end + 2;
      } else if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
        int start = i;
        while (i < text.length()
            && (Character.isJavaIdentifierPart(text.charAt(i))
                || (text.charAt(i) == '-' && text.startsWith("non-sealed", start)))) {
          i++;
        }
        out.add(new Token(text.substring(start, i), line, col));
      } else if (c == '"' || c == '\'') {
        int start = i++;
        while (i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n') {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= text.length() || text.charAt(i) != c) {
          throw new SyntaxError(new Token("\"", line, col), Keys.MODEL_SYNTAX_UNCLOSED_LITERAL);
        }
        out.add(new Token(text.substring(start, ++i), line, col));
      } else if (text.startsWith("...", i)) {
        out.add(new Token("...", line, col));
        i += 3;
      } else if ("@.,;(){}<>[]?&=+-*/|!:~%^".indexOf(c) >= 0) {
        out.add(new Token(String.valueOf(c), line, col));
        i++;
      } else {
        throw new SyntaxError(new Token(String.valueOf(c), line, col), Keys.MODEL_SYNTAX_CHARACTER, String.valueOf(c));
      }
    }
    out.add(new Token("", line, i - lineStart + 1)); // end of file
    return out;
  }

  /** A recursive-descent reader over the tokens of one file. */
  private static final class Parser {
    private final String file;
    private final List<Token> tokens;
    private int pos;
    private String pkg = "";
    private final List<Type> types = new ArrayList<>();
    private final List<Method> methods = new ArrayList<>();

    Parser(String file, List<Token> tokens) {
      this.file = file;
      this.tokens = tokens;
    }

    private Token peek() {
      return tokens.get(pos);
    }

    private boolean atEnd() {
      return peek().text().isEmpty();
    }

    private Token next() throws SyntaxError {
      if (atEnd()) {
        throw new SyntaxError(peek(), Keys.MODEL_SYNTAX_TOKEN, "}", END_OF_FILE);
      }
      return tokens.get(pos++);
    }

    private Token expect(String text) throws SyntaxError {
      Token t = peek();
      if (!t.text().equals(text)) {
        throw new SyntaxError(t, Keys.MODEL_SYNTAX_TOKEN, text, found(t));
      }
      return tokens.get(pos++);
    }



    private String qualifiedName() throws SyntaxError {
      StringBuilder name = new StringBuilder(identifier());
      while (peek().text().equals(".")) {
        next();
        name.append('.').append(identifier());
      }
      return name.toString();
    }

    private String identifier() throws SyntaxError {
      Token t = peek();
      if (!isIdentifier(t.text())) {
        throw new SyntaxError(t, Keys.MODEL_SYNTAX_NAME, found(t));
      }
      pos++;
      return t.text();
    }

    Parsed file() throws SyntaxError {
      while (!atEnd()) {
        String t = peek().text();
        if (t.equals("package")) {
          next();
          pkg = qualifiedName() + ".";
          expect(";");
        } else if (t.equals("import")) {
          while (!next().text().equals(";")) {
            // import [static] name[.*];
          }
        } else if (t.equals(";")) {
          next();
        } else {
          typeDeclaration(null, collectHead());
        }
      }
      return new Parsed(file, types, methods);
    }

    /** The tokens of a declaration up to the {@code ;} or {@code {} that ends its head. */
    private List<Token> collectHead() throws SyntaxError {
      List<Token> head = new ArrayList<>();
      int parens = 0;
      while (true) {
        Token t = peek();
        if (atEnd()) {
          throw new SyntaxError(t, Keys.MODEL_SYNTAX_TOKEN, ";` or `{", END_OF_FILE);
        }
        if (parens == 0 && (t.text().equals(";") || t.text().equals("{"))) {
          return head;
        }
        if (parens > 0 && (t.text().equals(";") || t.text().equals("{") || t.text().equals("}"))) {
          throw new SyntaxError(t, Keys.MODEL_SYNTAX_TOKEN, ")", found(t));
        }
        if (parens == 0 && t.text().equals("}")) {
          throw new SyntaxError(t, Keys.MODEL_SYNTAX_TOKEN, ";", found(t));
        }
        if (t.text().equals("(")) {
          parens++;
        } else if (t.text().equals(")")) {
          if (--parens < 0) {
            throw new SyntaxError(t, Keys.MODEL_SYNTAX_UNBALANCED, ")");
          }
        }
        head.add(next());
      }
    }

    /** A type declaration whose head has been read; the next token is its {@code {}. */
    private void typeDeclaration(String outer, List<Token> head) throws SyntaxError {
      int k = skipAnnotationsAndModifiers(head, 0);
      boolean owned = modeOf(head, 0, k) == Mode.OWNED;
      if (k < head.size() && head.get(k).text().equals("@")) {
        k++; // @interface
      }
      if (k >= head.size() || !TYPE_KEYWORDS.contains(head.get(k).text())) {
        Token at = k < head.size() ? head.get(k) : peek();
        throw new SyntaxError(at, Keys.MODEL_SYNTAX_TYPE, found(at));
      }
      Token keyword = head.get(k);
      if (k + 1 >= head.size() || !isIdentifier(head.get(k + 1).text())) {
        throw new SyntaxError(k + 1 < head.size() ? head.get(k + 1) : peek(), Keys.MODEL_SYNTAX_NAME,
            found(k + 1 < head.size() ? head.get(k + 1) : peek()));
      }
      StringBuilder simple = new StringBuilder(head.get(k + 1).text());
      for (int j = k + 2; j + 1 < head.size() && head.get(j).text().equals("."); j += 2) {
        simple.append('.').append(head.get(j + 1).text()); // `interface Thread.Builder`
      }
      String name = (outer == null ? pkg : outer + ".") + simple;
      expect("{");
      types.add(new Type(name, owned, keyword.line()));
      String last = simple.substring(simple.lastIndexOf(".") + 1);
      while (!peek().text().equals("}")) {
        if (atEnd()) {
          throw new SyntaxError(peek(), Keys.MODEL_SYNTAX_TOKEN, "}", END_OF_FILE);
        }
        if (peek().text().equals(";")) {
          next();
          continue;
        }
        List<Token> member = collectHead();
        int m = skipAnnotationsAndModifiers(member, 0);
        if (m < member.size()
            && (TYPE_KEYWORDS.contains(member.get(m).text()) || member.get(m).text().equals("@"))
            && peek().text().equals("{")) {
          typeDeclaration(name, member);
          continue;
        }
        if (peek().text().equals("{")) {
          skipBlock(); // a body is ignored, as the Checker Framework ignores it
        } else {
          next(); // ;
        }
        method(name, last, member);
      }
      next(); // }
    }

    private void skipBlock() throws SyntaxError {
      int depth = 0;
      do {
        String t = next().text();
        depth += t.equals("{") ? 1 : t.equals("}") ? -1 : 0;
      } while (depth > 0);
    }

    /** A member whose head is {@code member}: a method or constructor, or a field (ignored). */
    private void method(String type, String simpleName, List<Token> member) throws SyntaxError {
      int open = -1;
      for (int j = skipAnnotationsAndModifiers(member, 0); j < member.size(); j++) {
        if (member.get(j).text().equals("(")) {
          open = j;
          break;
        }
        if (member.get(j).text().equals("=")) {
          return; // a field with an initializer
        }
      }
      if (open < 0) {
        return; // a field, or enum constants
      }
      if (open == 0 || !isIdentifier(member.get(open - 1).text())) {
        throw new SyntaxError(member.get(open), Keys.MODEL_SYNTAX_METHOD_NAME);
      }
      int close = matching(member, open);
      int start = skipAnnotationsAndModifiers(member, 0);
      if (start < member.size() && member.get(start).text().equals("<")) {
        start = skipAngles(member, start); // type parameters
        start = skipAnnotationsAndModifiers(member, start);
      }
      String name = member.get(open - 1).text();
      boolean constructor = start == open - 1;
      if (constructor && !name.equals(simpleName)) {
        throw new SyntaxError(member.get(open - 1), Keys.MODEL_SYNTAX_RESULT, name);
      }
      Mode returns = constructor ? Mode.NONE : modeOf(member, 0, open - 1);
      List<List<Token>> params = split(member, open + 1, close);
      Mode receiver = Mode.NONE;
      if (!params.isEmpty()) {
        List<Token> first = params.get(0);
        if (first.get(first.size() - 1).text().equals("this")) {
          receiver = modeOf(first, 0, first.size());
          params.remove(0);
        }
      }
      Mode[] modes = new Mode[params.size()];
      List<String> paramTypes = new ArrayList<>();
      for (int i = 0; i < modes.length; i++) {
        modes[i] = modeOf(params.get(i), 0, params.get(i).size());
        paramTypes.add(typeName(params.get(i)));
      }
      methods.add(
          new Method(
              type,
              name,
              constructor,
              paramTypes,
              new JdkModel.Entry(
                  receiver,
                  returns,
                  modes,
                  constructor ? Set.of() : ownedTypeArguments(member, 0, open - 1)),
              member.get(open - 1).line()));
    }

    /** The parameters between two positions, split at the top-level commas. */
    private List<List<Token>> split(List<Token> ts, int from, int to) throws SyntaxError {
      List<List<Token>> result = new ArrayList<>();
      List<Token> current = new ArrayList<>();
      int depth = 0;
      for (int j = from; j < to; j++) {
        String t = ts.get(j).text();
        if (t.equals("<") || t.equals("(")) {
          depth++;
        } else if (t.equals(">") || t.equals(")")) {
          depth--;
        }
        if (t.equals(",") && depth == 0) {
          result.add(checkedParam(current, ts.get(j)));
          current = new ArrayList<>();
        } else {
          current.add(ts.get(j));
        }
      }
      if (!current.isEmpty() || !result.isEmpty()) {
        result.add(checkedParam(current, ts.get(to)));
      }
      return result;
    }

    private static List<Token> checkedParam(List<Token> param, Token after) throws SyntaxError {
      if (param.size() < 2 || !isIdentifier(param.get(param.size() - 1).text())) {
        Token at = param.isEmpty() ? after : param.get(param.size() - 1);
        throw new SyntaxError(at, Keys.MODEL_SYNTAX_PARAMETER, found(at));
      }
      return param;
    }
  }

  /** The index of the {@code )} that closes the {@code (} at {@code open}. */
  private static int matching(List<Token> ts, int open) throws SyntaxError {
    int depth = 0;
    for (int j = open; j < ts.size(); j++) {
      String t = ts.get(j).text();
      depth += t.equals("(") ? 1 : t.equals(")") ? -1 : 0;
      if (depth == 0) {
        return j;
      }
    }
    throw new SyntaxError(ts.get(open), Keys.MODEL_SYNTAX_UNBALANCED, "(");
  }

  /** The index after the type arguments or parameters that start at {@code open}. */
  private static int skipAngles(List<Token> ts, int open) {
    int depth = 0;
    for (int j = open; j < ts.size(); j++) {
      String t = ts.get(j).text();
      depth += t.equals("<") ? 1 : t.equals(">") ? -1 : 0;
      if (depth == 0) {
        return j + 1;
      }
    }
    return ts.size();
  }

  /** The index of the first token at or after {@code j} that is no annotation or modifier. */
  private static int skipAnnotationsAndModifiers(List<Token> ts, int j) throws SyntaxError {
    while (j < ts.size()) {
      String t = ts.get(j).text();
      if (MODIFIERS.contains(t)) {
        j++;
      } else if (t.equals("@") && j + 1 < ts.size() && !ts.get(j + 1).text().equals("interface")) {
        j = skipAnnotation(ts, j);
      } else {
        return j;
      }
    }
    return j;
  }

  /** The index after the annotation at {@code j}: {@code @Name}, {@code @a.b.Name(args)}. */
  private static int skipAnnotation(List<Token> ts, int j) throws SyntaxError {
    j++;
    if (j >= ts.size() || !isIdentifier(ts.get(j).text())) {
      throw new SyntaxError(ts.get(Math.min(j, ts.size() - 1)), Keys.MODEL_SYNTAX_NAME, found(ts.get(Math.min(j, ts.size() - 1))));
    }
    j++;
    while (j + 1 < ts.size() && ts.get(j).text().equals(".") && isIdentifier(ts.get(j + 1).text())) {
      j += 2;
    }
    if (j < ts.size() && ts.get(j).text().equals("(")) {
      j = matching(ts, j) + 1;
    }
    return j;
  }

  /**
   * The ownership annotation on the top level of the type between two positions; annotations
   * inside type arguments ({@code List<@Owned T>}, SPEC §12) are not the position's own.
   */
  static Mode modeOf(List<Token> ts, int from, int to) {
    int depth = 0;
    for (int j = from; j < to; j++) {
      String t = ts.get(j).text();
      if (t.equals("<")) {
        depth++;
      } else if (t.equals(">")) {
        depth--;
      } else if (t.equals("@") && depth == 0 && j + 1 < to) {
        Mode m = annotationAt(ts, j, to);
        if (m != Mode.NONE) {
          return m;
        }
      }
    }
    return Mode.NONE;
  }

  /**
   * The indexes of the type arguments annotated {@code @Owned} at the first level of the type
   * between two positions: {@code {1}} for {@code Map<String, @Owned Conn>}.
   */
  static Set<Integer> ownedTypeArguments(List<Token> ts, int from, int to) {
    Set<Integer> owned = new java.util.TreeSet<>();
    int depth = 0;
    int k = 0;
    for (int j = from; j < to; j++) {
      String t = ts.get(j).text();
      if (t.equals("<")) {
        depth++;
      } else if (t.equals(">")) {
        depth--;
      } else if (t.equals(",") && depth == 1) {
        k++;
      } else if (t.equals("@") && depth == 1 && j + 1 < to) {
        if (annotationAt(ts, j, to) == Mode.OWNED) {
          owned.add(k);
        }
      }
    }
    return Set.copyOf(owned);
  }

  /**
   * The mode of the annotation whose {@code @} is at {@code at}, by its simple name
   * ({@code @Owned}, {@code @dev.ownership.annotations.Owned}).
   */
  private static Mode annotationAt(List<Token> ts, int at, int to) {
    int e = at + 1;
    while (e + 2 < to && ts.get(e + 1).text().equals(".")) {
      e += 2;
    }
    return modeOfSimpleName(ts.get(e).text());
  }

  private static Mode modeOfSimpleName(String name) {
    switch (name) {
      case "Owned":
        return Mode.OWNED;
      case "Borrowed":
        return Mode.BORROWED;
      case "Mut":
        return Mode.MUT;
      default:
        return Mode.NONE;
    }
  }

  /**
   * A parameter's type as the model wrote it, without annotations, type arguments or package:
   * {@code String}, {@code byte[]}, {@code E}. Varargs are arrays.
   */
  static String typeName(List<Token> param) throws SyntaxError {
    StringBuilder out = new StringBuilder();
    int end = param.size() - 1; // the name
    for (int j = skipAnnotationsAndModifiers(param, 0); j < end; j++) {
      String t = param.get(j).text();
      if (t.equals("@")) {
        j = skipAnnotation(param, j) - 1;
      } else if (t.equals("<")) {
        j = skipAngles(param, j) - 1;
      } else if (t.equals(".")) {
        out.setLength(0); // keep the simple name
      } else if (t.equals("...")) {
        out.append("[]");
      } else if (!t.equals("final")) {
        out.append(t);
      }
    }
    return out.toString();
  }

  static boolean isIdentifier(String t) {
    return !t.isEmpty()
        && Character.isJavaIdentifierStart(t.charAt(0))
        && !TYPE_KEYWORDS.contains(t);
  }
}
