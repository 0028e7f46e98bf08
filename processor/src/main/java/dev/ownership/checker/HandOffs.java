package dev.ownership.checker;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Whether a call takes on the duty to release an owned value passed to it, or only uses it for
 * the call (SPEC §4 {@code owned.not.released}, §11 "handing on").
 *
 * <p>An annotated position says so itself: {@code @Owned} takes the value, {@code @Borrowed} and
 * {@code @Mut} do not. For an unannotated position the answer comes, in this order:
 *
 * <ul>
 *   <li>from the callee's source, where the compilation has it: the callee takes the value if it
 *       closes it, returns it, stores it anywhere (a field, an array, a local alias, a
 *       try-with-resources), captures it in a lambda or class, or passes it on to a position
 *       that takes it; a callee that only reads it borrows it for the call;
 *   <li>from the JDK model, for the JDK: a wrapper's constructor, an insertion into a collection
 *       or map, and a task given to a thread or executor take the value; every other JDK method
 *       (printing, formatting, copying from it) uses it for the call only;
 *   <li>for other code the compilation does not have: a parameter of type {@code Object} (or
 *       {@code Object...}) only formats, logs or compares the value, which it cannot close
 *       without a cast; any other parameter is trusted to take it.
 * </ul>
 *
 * Answers are cached per method; a recursive cycle of callees is taken to close nothing. A
 * callee's parameter is found by its name, so that a class javac has not attributed yet can be
 * read too.
 */
final class HandOffs {
  private final OwnershipAnnotations annotations;
  private final Trees trees;
  private final Map<ExecutableElement, boolean[]> summaries = new HashMap<>();

  HandOffs(OwnershipAnnotations annotations, Trees trees) {
    this.annotations = annotations;
    this.trees = trees;
  }

  /** True if the call of {@code callee} takes over argument {@code index} from its caller. */
  boolean takes(ExecutableElement callee, int index) {
    List<? extends VariableElement> params = callee.getParameters();
    if (params.isEmpty()) {
      return false;
    }
    Mode declared = annotations.signature(callee).param(index, callee.isVarArgs());
    if (declared != Mode.NONE) {
      return declared == Mode.OWNED;
    }
    int p = Math.min(index, params.size() - 1);
    if (isJdk(callee)) {
      return annotations.model().keepsArgument(callee, p);
    }
    Tree source = trees.getTree(callee);
    if (source instanceof MethodTree && ((MethodTree) source).getBody() != null) {
      return summary(callee, (MethodTree) source)[p];
    }
    return !isObject(argumentType(callee, p));
  }

  /**
   * True if argument {@code index} of {@code callee} is only formatted: an unannotated parameter
   * of type {@code Object} (or {@code Object...}) of code outside the compilation, or of the JDK
   * ({@code println}, {@code String.format}, {@code Objects.equals}).
   */
  boolean onlyFormats(ExecutableElement callee, int index) {
    List<? extends VariableElement> params = callee.getParameters();
    if (params.isEmpty()
        || annotations.signature(callee).param(index, callee.isVarArgs()) != Mode.NONE
        || (!isJdk(callee) && trees.getTree(callee) != null)) {
      return false;
    }
    return isObject(argumentType(callee, Math.min(index, params.size() - 1)));
  }

  /**
   * True if {@code method} is where the {@code close()} of {@code type} sends the object itself
   * ({@code close(@Owned Proxy this) { pool.recycle(this); }}): it ends the object's life in its
   * own way, and its {@code @Owned} parameter of that type is not a resource it must close — that
   * would call it again. Rust's counterpart is the {@code Drop} implementation that gives a
   * pooled value back.
   */
  boolean isDisposal(ExecutableElement method, TypeMirror type) {
    Element e =
        type.getKind() == TypeKind.DECLARED
            ? ((javax.lang.model.type.DeclaredType) type).asElement()
            : null;
    for (; e instanceof TypeElement; ) {
      for (Element member : e.getEnclosedElements()) {
        if (member.getKind() == ElementKind.METHOD
            && member.getSimpleName().contentEquals("close")
            && ((ExecutableElement) member).getParameters().isEmpty()
            && sendsThisTo(trees.getTree(member), method)) {
          return true;
        }
      }
      TypeMirror sup = ((TypeElement) e).getSuperclass();
      e = sup.getKind() == TypeKind.DECLARED
          ? ((javax.lang.model.type.DeclaredType) sup).asElement()
          : null;
    }
    return false;
  }

  /** True if the body calls {@code target} with {@code this} as an argument. */
  private static boolean sendsThisTo(Tree body, ExecutableElement target) {
    if (!(body instanceof MethodTree) || ((MethodTree) body).getBody() == null) {
      return false;
    }
    boolean[] found = new boolean[1];
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (TreeUtils.elementFromTree((Tree) call) == target) {
          for (ExpressionTree a : call.getArguments()) {
            ExpressionTree bare = TreeUtils.withoutParens(a);
            found[0] |=
                bare instanceof IdentifierTree
                    && Paths.isThis(((IdentifierTree) bare).getName());
          }
        }
        return super.visitMethodInvocation(call, unused);
      }
    }.scan(((MethodTree) body).getBody(), null);
    return found[0];
  }

  /** The type an argument at parameter {@code p} is given as: a varargs array's component. */
  private static TypeMirror argumentType(ExecutableElement callee, int p) {
    List<? extends VariableElement> params = callee.getParameters();
    TypeMirror type = params.get(p).asType();
    if (callee.isVarArgs() && p == params.size() - 1 && type instanceof ArrayType) {
      type = ((ArrayType) type).getComponentType();
    }
    return type;
  }

  private boolean[] summary(ExecutableElement callee, MethodTree source) {
    boolean[] known = summaries.get(callee);
    if (known != null) {
      return known;
    }
    List<? extends VariableTree> params = source.getParameters();
    boolean[] result = new boolean[params.size()];
    summaries.put(callee, result); // all false while being computed: a cycle closes nothing
    if (onlyThrows(source)) {
      // A placeholder whose real body is made elsewhere (generated, injected): it tells
      // nothing, so it is trusted like code outside the compilation.
      java.util.Arrays.fill(result, true);
      return result;
    }
    for (int i = 0; i < params.size(); i++) {
      // A class later in the compilation may not be attributed yet: its trees have no
      // elements. The parameter is then matched by name, and a call that cannot be resolved
      // is trusted to take it.
      Finder finder = new Finder(params.get(i).getName());
      finder.scan(source.getBody(), null);
      result[i] = finder.taken;
    }
    return result;
  }

  /** True for a body that is one {@code throw} statement. */
  private static boolean onlyThrows(MethodTree source) {
    List<? extends com.sun.source.tree.StatementTree> body = source.getBody().getStatements();
    return body.size() == 1 && body.get(0).getKind() == Tree.Kind.THROW;
  }

  /**
   * {@code Objects.requireNonNull(x, ...)}, which returns its argument; told by its name, since
   * the class being summarized may not be attributed yet.
   */
  private static boolean isRequireNonNull(MethodInvocationTree call) {
    ExpressionTree select = TreeUtils.withoutParens(call.getMethodSelect());
    if (call.getArguments().isEmpty()) {
      return false;
    }
    if (select instanceof IdentifierTree) {
      return ((IdentifierTree) select).getName().contentEquals("requireNonNull");
    }
    if (!(select instanceof MemberSelectTree)) {
      return false;
    }
    MemberSelectTree m = (MemberSelectTree) select;
    String qualifier = m.getExpression().toString();
    return m.getIdentifier().contentEquals("requireNonNull")
        && (qualifier.equals("Objects") || qualifier.equals("java.util.Objects"));
  }

  /** Looks for a use of one parameter that takes it on. */
  private final class Finder extends TreeScanner<Void, Void> {
    private final javax.lang.model.element.Name param;
    private boolean taken;

    Finder(javax.lang.model.element.Name param) {
      this.param = param;
    }

    @Override
    public Void scan(Tree tree, Void unused) {
      return taken ? null : super.scan(tree, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      ExpressionTree select = TreeUtils.withoutParens(tree.getMethodSelect());
      if (select instanceof MemberSelectTree
          && isParam(((MemberSelectTree) select).getExpression())
          && ((MemberSelectTree) select).getIdentifier().contentEquals("close")) {
        taken = true;
      }
      arguments(TreeUtils.elementFromTree((Tree) tree), tree.getArguments());
      return super.visitMethodInvocation(tree, unused);
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
      arguments(TreeUtils.elementFromTree((Tree) tree), tree.getArguments());
      return super.visitNewClass(tree, unused);
    }

    private void arguments(Element callee, List<? extends ExpressionTree> args) {
      for (int i = 0; i < args.size() && !taken; i++) {
        if (isParam(args.get(i))) {
          taken = !(callee instanceof ExecutableElement) || takes((ExecutableElement) callee, i);
        }
      }
    }

    @Override
    public Void visitReturn(ReturnTree tree, Void unused) {
      taken |= isParam(tree.getExpression());
      return super.visitReturn(tree, unused);
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
      taken |= isParam(tree.getExpression());
      return super.visitAssignment(tree, unused);
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      taken |= isParam(tree.getInitializer());
      return super.visitVariable(tree, unused);
    }

    @Override
    public Void visitNewArray(NewArrayTree tree, Void unused) {
      if (tree.getInitializers() != null) {
        for (ExpressionTree e : tree.getInitializers()) {
          taken |= isParam(e);
        }
      }
      return super.visitNewArray(tree, unused);
    }

    @Override
    public Void visitTry(TryTree tree, Void unused) {
      for (Tree r : tree.getResources()) {
        taken |= r instanceof ExpressionTree && isParam((ExpressionTree) r);
      }
      return super.visitTry(tree, unused);
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
      taken |= mentions(tree.getBody());
      return null;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      taken |= mentions(tree);
      return null;
    }

    /** True if the tree names the parameter anywhere: a capture. */
    private boolean mentions(Tree tree) {
      boolean[] found = new boolean[1];
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitIdentifier(IdentifierTree id, Void unused) {
          found[0] |= id.getName().contentEquals(param);
          return null;
        }
      }.scan(tree, null);
      return found[0];
    }

    /** True if the expression's value is the parameter: directly, cast, or as a branch of ?:. */
    private boolean isParam(ExpressionTree e) {
      if (e == null) {
        return false;
      }
      ExpressionTree bare = TreeUtils.withoutParens(e);
      if (bare instanceof TypeCastTree) {
        return isParam(((TypeCastTree) bare).getExpression());
      }
      if (bare instanceof ConditionalExpressionTree) {
        ConditionalExpressionTree c = (ConditionalExpressionTree) bare;
        return isParam(c.getTrueExpression()) || isParam(c.getFalseExpression());
      }
      if (bare instanceof MethodInvocationTree && isRequireNonNull((MethodInvocationTree) bare)) {
        return isParam(((MethodInvocationTree) bare).getArguments().get(0)); // the same object
      }
      return bare instanceof IdentifierTree && ((IdentifierTree) bare).getName().contentEquals(param);
    }
  }

  private static boolean isJdk(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    if (!(owner instanceof TypeElement)) {
      return false;
    }
    String name = ((TypeElement) owner).getQualifiedName().toString();
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.");
  }

  private static boolean isObject(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return isObject(((ArrayType) type).getComponentType());
    }
    Element e = type.getKind() == TypeKind.DECLARED
        ? ((javax.lang.model.type.DeclaredType) type).asElement()
        : null;
    return e != null
        && e.getKind() == ElementKind.CLASS
        && ((TypeElement) e).getQualifiedName().contentEquals("java.lang.Object");
  }
}
