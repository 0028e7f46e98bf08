package dev.ownership.checker;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** How messages name things: methods as {@code send(ByteBuffer)}, places as line and column. */
final class Describe {
  private Describe() {}

  /** A method as a reader recognises it: its simple name and simple parameter types. */
  static String method(ExecutableElement m) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        m.getKind() == javax.lang.model.element.ElementKind.CONSTRUCTOR
            ? m.getEnclosingElement().getSimpleName()
            : m.getSimpleName());
    sb.append('(');
    String sep = "";
    for (VariableElement p : m.getParameters()) {
      sb.append(sep).append(simpleType(p.asType()));
      sep = ", ";
    }
    return sb.append(')').toString();
  }

  private static String simpleType(TypeMirror t) {
    if (t.getKind() == TypeKind.DECLARED) {
      return ((DeclaredType) t).asElement().getSimpleName().toString();
    }
    if (t.getKind() == TypeKind.ARRAY) {
      return simpleType(((javax.lang.model.type.ArrayType) t).getComponentType()) + "[]";
    }
    if (t.getKind() == TypeKind.TYPEVAR) {
      return ((javax.lang.model.type.TypeVariable) t).asElement().getSimpleName().toString();
    }
    return t.getKind().isPrimitive() ? t.getKind().toString().toLowerCase(java.util.Locale.ROOT)
        : t.toString();
  }

  /** A source position: 1-based line and column of a tree's start. */
  record Position(long line, long column) {}

  static Position position(Tree tree, CompilationUnitTree root, SourcePositions positions) {
    long start = positions.getStartPosition(root, tree);
    if (start < 0) {
      return new Position(0, 0);
    }
    LineMap lines = root.getLineMap();
    return new Position(lines.getLineNumber(start), lines.getColumnNumber(start));
  }
}
