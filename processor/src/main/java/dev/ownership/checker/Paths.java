package dev.ownership.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.cfg.node.ExplicitThisNode;
import org.checkerframework.dataflow.cfg.node.FieldAccessNode;
import org.checkerframework.dataflow.cfg.node.ImplicitThisNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.TypeCastNode;
import org.checkerframework.javacutil.TreeUtils;

/** Maps expressions, as trees and as CFG nodes, to the {@link Path} they denote (SPEC §2). */
final class Paths {
  private Paths() {}

  /** True for the element kinds that name a local variable of some sort. */
  static boolean isLocal(Element e) {
    switch (e.getKind()) {
      case LOCAL_VARIABLE:
      case PARAMETER:
      case EXCEPTION_PARAMETER:
      case RESOURCE_VARIABLE:
      case BINDING_VARIABLE:
        return true;
      default:
        return false;
    }
  }

  /** True for an instance field; static fields are never paths. */
  static boolean isInstanceField(Element e) {
    return e != null
        && e.getKind() == ElementKind.FIELD
        && !e.getModifiers().contains(Modifier.STATIC)
        && !isThisOrSuper(e.getSimpleName());
  }

  /** True for the name {@code this}. */
  static boolean isThis(javax.lang.model.element.Name n) {
    if (n instanceof com.sun.tools.javac.util.Name) {
      // javac's names are unique in their table: compared there, no string is made (which
      // contentEquals does for every name it is asked about).
      com.sun.tools.javac.util.Name jn = (com.sun.tools.javac.util.Name) n;
      return jn == jn.table.names._this;
    }
    return n.contentEquals("this");
  }

  /** True for the names {@code this} and {@code super}. */
  static boolean isThisOrSuper(javax.lang.model.element.Name n) {
    if (n instanceof com.sun.tools.javac.util.Name) {
      com.sun.tools.javac.util.Name jn = (com.sun.tools.javac.util.Name) n;
      return jn == jn.table.names._this || jn == jn.table.names._super;
    }
    return n.contentEquals("this") || n.contentEquals("super");
  }

  /** True for a static field, which a message about {@code @Owned} statics needs to know. */
  static boolean isStaticField(Element e) {
    return e != null
        && (e.getKind() == ElementKind.FIELD || e.getKind() == ElementKind.ENUM_CONSTANT)
        && e.getModifiers().contains(Modifier.STATIC);
  }

  /** The path a local variable denotes, or {@code null} when its type cannot be tracked. */
  static Path ofLocal(Element e) {
    return isLocal(e) && OwnershipAnnotations.isTrackable(e.asType())
        ? Path.of((VariableElement) e)
        : null;
  }

  /** The path an expression tree denotes, or {@code null} if it is not a path expression. */
  static Path of(Tree tree) {
    if (!(tree instanceof ExpressionTree)) {
      return null;
    }
    ExpressionTree e = TreeUtils.withoutParens((ExpressionTree) tree);
    if (e instanceof IdentifierTree) {
      Element el = TreeUtils.elementFromUse(e);
      if (el == null) {
        return null;
      }
      if (isThis(((IdentifierTree) e).getName())) {
        return Path.THIS;
      }
      if (isInstanceField(el)) {
        return Path.THIS.select((VariableElement) el);
      }
      return ofLocal(el);
    }
    if (e instanceof MemberSelectTree) {
      MemberSelectTree ms = (MemberSelectTree) e;
      if (isThis(ms.getIdentifier())) {
        // Outer.this names another object than the analysed receiver: not tracked.
        return null;
      }
      Element el = TreeUtils.elementFromUse(ms);
      if (!isInstanceField(el)) {
        return null;
      }
      Path base = of(ms.getExpression());
      return base == null ? null : base.select((VariableElement) el);
    }
    return null;
  }

  /**
   * The path an expression tree denotes for the JDK model (SPEC §2 as amended, §6, §10): that of
   * {@link #of(Tree)}, and also a static field of a class or interface type, which is one object
   * wherever it is named ({@code NAMES}, {@code Registry.NAMES}), and its instance fields
   * ({@code Registry.INSTANCE.items}). Only the model's loans and modifications use it: for
   * every other rule static fields are not paths.
   */
  static Path ofModel(Tree tree) {
    Tree bare = tree instanceof ExpressionTree ? TreeUtils.withoutParens((ExpressionTree) tree) : tree;
    if (bare instanceof MemberSelectTree) {
      Path deep = deeper((MemberSelectTree) bare);
      if (deep != null) {
        return deep;
      }
    }
    Path p = of(tree);
    if (p != null || !(tree instanceof ExpressionTree)) {
      return p;
    }
    ExpressionTree e = TreeUtils.withoutParens((ExpressionTree) tree);
    if (!(e instanceof IdentifierTree) && !(e instanceof MemberSelectTree)) {
      return null;
    }
    Element el = TreeUtils.elementFromUse(e);
    if (isModelStatic(el)) {
      return Path.ofStatic((VariableElement) el);
    }
    if (e instanceof MemberSelectTree && isInstanceField(el)) {
      Path base = ofModel(((MemberSelectTree) e).getExpression());
      return base != null && base.isStaticRooted() ? base.select((VariableElement) el) : null;
    }
    return null;
  }

  /** {@code this.doc.pages} for the JDK model, or {@code null} for a path of two levels or less. */
  private static Path deeper(MemberSelectTree ms) {
    Element el = TreeUtils.elementFromUse(ms);
    if (isThis(ms.getIdentifier()) || !isInstanceField(el)) {
      return null;
    }
    Path base = ofModel(ms.getExpression());
    return base != null && !base.isRoot() ? base.selectModel((VariableElement) el) : null;
  }

  /** The path a CFG node denotes for the JDK model: {@link #ofModel(Tree)} for nodes. */
  static Path ofModel(Node node) {
    if (node instanceof FieldAccessNode && isInstanceField(((FieldAccessNode) node).getElement())) {
      Path base = ofModel(((FieldAccessNode) node).getReceiver());
      if (base != null && !base.isRoot()) {
        return base.selectModel(((FieldAccessNode) node).getElement()); // `this.doc.pages`
      }
    }
    Path p = of(node);
    if (p != null || !(node instanceof FieldAccessNode)) {
      return p;
    }
    FieldAccessNode f = (FieldAccessNode) node;
    if (isModelStatic(f.getElement())) {
      return Path.ofStatic(f.getElement());
    }
    if (isInstanceField(f.getElement())) {
      Path base = ofModel(f.getReceiver());
      return base != null && base.isStaticRooted() ? base.select(f.getElement()) : null;
    }
    return null;
  }

  /** A static field whose value is an object of a class or interface type (no enum constant). */
  private static boolean isModelStatic(Element e) {
    return e != null
        && e.getKind() == ElementKind.FIELD
        && e.getModifiers().contains(Modifier.STATIC)
        && e.asType().getKind() == javax.lang.model.type.TypeKind.DECLARED;
  }

  /** The node a cast is applied to, through any number of casts: casts do not change a value. */
  static Node withoutCasts(Node n) {
    while (n instanceof TypeCastNode) {
      n = ((TypeCastNode) n).getOperand();
    }
    return n;
  }

  /** The path a CFG node denotes, or {@code null} if it is not a path expression. */
  static Path of(Node node) {
    if (node instanceof LocalVariableNode) {
      return ofLocal(((LocalVariableNode) node).getElement());
    }
    if (node instanceof ExplicitThisNode || node instanceof ImplicitThisNode) {
      return Path.THIS;
    }
    if (node instanceof FieldAccessNode) {
      FieldAccessNode f = (FieldAccessNode) node;
      if (f.isStatic() || !isInstanceField(f.getElement())) {
        return null;
      }
      Path base = of(f.getReceiver());
      return base == null ? null : base.select(f.getElement());
    }
    return null;
  }
}
