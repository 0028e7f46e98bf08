package dev.ownership.checker;

import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.TargetType;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.checkerframework.javacutil.TreeUtils;

/**
 * Reads the ownership annotations of declarations, wherever they were compiled.
 *
 * <p>The annotations are {@code TYPE_USE} annotations. javac before JDK 22 does not attach type
 * annotations read from class files to the types of the elements it returns (JDK-8225377), so an
 * API annotated in a library jar would look unannotated to its callers. The raw type attributes
 * of a symbol carry them in every javac version, for source and class files alike, so this class
 * reads those, keeping only annotations on the top level of the position's type. This is the one
 * place the checker looks at javac's symbols.
 *
 * <p>Results are cached per method and per field: a large codebase calls the same few methods
 * many times, and most of them say nothing.
 */
final class OwnershipAnnotations {

  static final String OWNED = "dev.ownership.annotations.Owned";
  static final String BORROWED = "dev.ownership.annotations.Borrowed";
  static final String MUT = "dev.ownership.annotations.Mut";

  /** What a method says about its receiver, return and parameters. */
  record Signature(Mode receiver, Mode returns, Mode[] params, boolean model) {
    static final Signature LEGACY = new Signature(Mode.NONE, Mode.NONE, new Mode[0], false);

    Mode param(int i, boolean varargs) {
      if (i >= params.length || (varargs && i >= params.length - 1)) {
        return Mode.NONE;
      }
      return params[i];
    }

    boolean isAnnotated() {
      if (receiver != Mode.NONE || returns != Mode.NONE) {
        return true;
      }
      for (Mode m : params) {
        if (m != Mode.NONE) {
          return true;
        }
      }
      return false;
    }
  }

  private final Map<ExecutableElement, Signature> signatures = new HashMap<>();
  private final JdkModel model;

  private final HandOffs handOffs;

  private final com.sun.source.util.Trees trees;

  OwnershipAnnotations(JdkModel model, com.sun.source.util.Trees trees) {
    this.model = model;
    this.trees = trees;
    this.handOffs = new HandOffs(this, trees);
  }

  /** Whether a call takes on the release of an owned value it is given. */
  HandOffs handOffs() {
    return handOffs;
  }

  /** The JDK model, for the rules that ask which types it leaves alone. */
  JdkModel model() {
    return model;
  }
  private final Map<VariableElement, Mode> fields = new HashMap<>();

  /** The mode an annotation's qualified name stands for, or {@link Mode#NONE}. */
  static Mode modeOfName(CharSequence qualifiedName) {
    String name = qualifiedName.toString();
    switch (name) {
      case OWNED:
        return Mode.OWNED;
      case BORROWED:
        return Mode.BORROWED;
      case MUT:
        return Mode.MUT;
      default:
        return Mode.NONE;
    }
  }

  /** The mode of a list of annotations on one type, the first ownership annotation winning. */
  static Mode modeOf(List<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror a : annotations) {
      Element type = a.getAnnotationType().asElement();
      Mode m = modeOfName(((TypeElement) type).getQualifiedName());
      if (m != Mode.NONE) {
        return m;
      }
    }
    return Mode.NONE;
  }

  /**
   * What a method's own declaration says, for checking its body and its annotations: the JDK
   * model's entries speak only to callers (a user collection's {@code iterator()}, SPEC §10, is
   * modelled for its callers and is plain code inside).
   */
  Signature declared(ExecutableElement method) {
    Signature s = signature(method);
    return s.model() ? Signature.LEGACY : s;
  }

  /**
   * The field a user collection's {@code iterator()} returns the iterator of (SPEC §10, user
   * collections), or {@code null} for any other method.
   */
  VariableElement iteratedField(ExecutableElement method) {
    signature(method);
    return iteratedFields.get(method);
  }

  private final Map<ExecutableElement, VariableElement> iteratedFields = new HashMap<>();

  /** What a method or constructor says about its receiver, return and parameters. */
  Signature signature(ExecutableElement method) {
    Signature s = signatures.get(method);
    if (s == null) {
      s = readSignature(method);
      JdkModel.Entry user = model.userEntry(method);
      if (user != null) {
        s = withModel(s, user);
      } else if (s == Signature.LEGACY) {
        JdkModel.Entry e = model.lookup(method);
        if (e != null) {
          s = new Signature(e.receiver(), e.returns(), e.params().clone(), true);
        } else {
          VariableElement field = UserCollections.iteratedField(method, trees, model);
          if (field != null) {
            s = new Signature(Mode.BORROWED, Mode.BORROWED, new Mode[0], true);
            iteratedFields.put(method, field);
          }
        }
      }
      signatures.put(method, s);
    }
    return s;
  }

  /**
   * A signature with a user's model laid over it (SPEC §13): each position the model annotates
   * takes the model's mode, the others keep theirs (an owned class's defaults). A model's
   * annotations are annotations, so the result is not marked as the JDK model's.
   */
  private static Signature withModel(Signature s, JdkModel.Entry e) {
    Mode[] params = new Mode[e.params().length];
    for (int i = 0; i < params.length; i++) {
      params[i] = e.params()[i] != Mode.NONE ? e.params()[i] : s.param(i, false);
    }
    return new Signature(
        e.receiver() != Mode.NONE ? e.receiver() : s.receiver(),
        e.returns() != Mode.NONE ? e.returns() : s.returns(),
        params,
        false);
  }

  private Signature readSignature(ExecutableElement method) {
    Mode receiver = Mode.NONE;
    Mode returns = Mode.NONE;
    Mode[] params = new Mode[method.getParameters().size()];
    java.util.Arrays.fill(params, Mode.NONE);
    boolean any = false;
    for (Attribute.TypeCompound tc : rawTypeAttributes((Symbol) method)) {
      if (!isTopLevel(tc)) {
        continue;
      }
      Mode m = modeOfName(((TypeElement) tc.type.tsym).getQualifiedName());
      if (m == Mode.NONE) {
        continue;
      }
      TargetType target = tc.position.type;
      if (target == TargetType.METHOD_RECEIVER) {
        receiver = receiver == Mode.NONE ? m : receiver;
        any = true;
      } else if (target == TargetType.METHOD_RETURN) {
        returns = returns == Mode.NONE ? m : returns;
        any = true;
      } else if (target == TargetType.METHOD_FORMAL_PARAMETER) {
        int i = tc.position.parameter_index;
        if (i >= 0 && i < params.length && params[i] == Mode.NONE) {
          params[i] = m;
          any = true;
        }
      }
    }
    // Defaults of owned classes (SPEC §3, class declaration row): a parameter of an owned class
    // is @Borrowed, a result of one @Owned, and an owned class's own methods borrow `this`.
    for (int i = 0; i < params.length; i++) {
      if (params[i] == Mode.NONE && isOwnedClass(method.getParameters().get(i).asType())) {
        params[i] = Mode.BORROWED;
        any = true;
      }
    }
    if (returns == Mode.NONE && isOwnedClass(method.getReturnType())) {
      returns = Mode.OWNED;
      any = true;
    }
    if (receiver == Mode.NONE
        && method.getKind() == ElementKind.METHOD
        && !method.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)
        && isOwnedClass(method.getEnclosingElement().asType())) {
      receiver = Mode.BORROWED;
      any = true;
    }
    return any ? new Signature(receiver, returns, params, false) : Signature.LEGACY;
  }

  private final Map<javax.lang.model.element.Element, Boolean> ownedClasses = new HashMap<>();

  /**
   * True for a type whose class is {@code @Owned}, or extends or implements one: every use of it
   * is owned by default, like a Rust type that is not {@code Copy} (SPEC §3).
   */
  boolean isOwnedClass(TypeMirror type) {
    TypeElement te = typeElement(type);
    if (te == null) {
      return false;
    }
    Boolean known = ownedClasses.get(te);
    if (known != null) {
      return known;
    }
    ownedClasses.put(te, false); // guards against cycles while computing
    boolean owned = modeOf(te.getAnnotationMirrors()) == Mode.OWNED || model.namesOwnedClass(te);
    if (!owned && te.getSuperclass() != null) {
      owned = isOwnedClass(te.getSuperclass());
    }
    for (TypeMirror i : te.getInterfaces()) {
      owned |= !owned && isOwnedClass(i);
    }
    ownedClasses.put(te, owned);
    return owned;
  }

  /**
   * What a call does with the owned elements of its receiver (SPEC §12), or {@code null} if it
   * does nothing with them: the receiver's element type is not {@code @Owned} (nor an owned
   * class), or the method neither puts an element in nor gives one back.
   *
   * @param moved the arguments the call puts in, whose element type is owned
   * @param result what the result is, if the element type it is typed by is owned
   */
  record ElementCall(
      ExpressionTree container,
      List<Integer> moved,
      boolean whole,
      OwnedElements.Result result,
      OwnedElements.Refusal refusal) {}

  private final Map<MethodInvocationTree, ElementCall> elementCalls = new IdentityHashMap<>();

  /**
   * Forgets what was learnt of the calls of the compilation unit checked last: they are not
   * asked of again, and the trees would otherwise be kept for the whole compilation.
   */
  void forgetCalls() {
    elementCalls.clear();
  }

  /** {@link ElementCall What a call does with owned elements}, or {@code null}. */
  ElementCall elementCall(MethodInvocationTree call) {
    if (elementCalls.containsKey(call)) {
      return elementCalls.get(call);
    }
    ElementCall result = null;
    ExpressionTree select = TreeUtils.withoutParens(call.getMethodSelect());
    OwnedElements.Access a =
        select instanceof MemberSelectTree
            ? model.elements().of(TreeUtils.elementFromUse(call))
            : null;
    if (a != null) {
      ExpressionTree container = ((MemberSelectTree) select).getExpression();
      List<Integer> moved = new java.util.ArrayList<>();
      for (int i = 0; i < a.arguments().size(); i++) {
        if (elementMode(container, a.argumentParameters().get(i)) == Mode.OWNED) {
          moved.add(a.arguments().get(i));
        }
      }
      OwnedElements.Result r =
          a.result() != OwnedElements.Result.NONE
                  && elementMode(container, a.resultParameter()) == Mode.OWNED
              ? a.result()
              : OwnedElements.Result.NONE;
      if (r == OwnedElements.Result.OWNER
          && model.elements().consumesContainer(TreeUtils.elementFromUse(call))
          && borrowedPlace(container)) {
        r = OwnedElements.Result.BORROW; // get() on a borrowed Optional only looks
      }
      if (!moved.isEmpty() || r != OwnedElements.Result.NONE) {
        result = new ElementCall(container, List.copyOf(moved), a.whole(), r, a.refusal());
      }
    }
    elementCalls.put(call, result);
    return result;
  }

  /**
   * True for a container expression one of whose type arguments is owned
   * ({@code Map<String, @Owned Deq>}, {@code BlockingQueue<@Owned Frame>}).
   */
  boolean ownsElements(ExpressionTree container) {
    ExpressionTree e = TreeUtils.withoutParens(container);
    if (!(e instanceof IdentifierTree || e instanceof MemberSelectTree
        || e instanceof MethodInvocationTree)) {
      return false;
    }
    TypeMirror type = TreeUtils.typeOf(e);
    TypeElement cls = type == null ? null : typeElement(type);
    if (cls == null || cls.getTypeParameters().isEmpty()) {
      return false;
    }
    for (TypeParameterElement p : cls.getTypeParameters()) {
      if (elementMode(e, p) == Mode.OWNED) {
        return true;
      }
    }
    return false;
  }

  /** True for a local, parameter or field declared {@code @Borrowed} or {@code @Mut}. */
  private boolean borrowedPlace(ExpressionTree tree) {
    ExpressionTree e = TreeUtils.withoutParens(tree);
    if (!(e instanceof IdentifierTree || e instanceof MemberSelectTree)) {
      return false;
    }
    Element el = TreeUtils.elementFromUse(e);
    Mode m =
        el == null
            ? Mode.NONE
            : el.getKind() == ElementKind.FIELD
                ? field((VariableElement) el)
                : el instanceof VariableElement ? local((VariableElement) el) : Mode.NONE;
    return m == Mode.BORROWED || m == Mode.MUT;
  }

  /**
   * True if the elements a for-each loop takes from an expression are owned: an
   * {@code Iterable} whose element type is owned, or an array with an owned component type.
   */
  boolean hasOwnedElements(ExpressionTree iterated) {
    ExpressionTree e = TreeUtils.withoutParens(iterated);
    Element el =
        e instanceof IdentifierTree || e instanceof MemberSelectTree
            ? TreeUtils.elementFromUse(e)
            : e instanceof MethodInvocationTree
                ? TreeUtils.elementFromUse((MethodInvocationTree) e)
                : null;
    if (el == null) {
      return false;
    }
    TypeMirror type =
        el instanceof ExecutableElement ? ((ExecutableElement) el).getReturnType() : el.asType();
    if (type.getKind() == TypeKind.ARRAY) {
      return hasOwnedComponents(el);
    }
    TypeElement cls = typeElement(type);
    TypeParameterElement p = cls == null ? null : model.elements().iterableParameter(cls);
    return p != null && elementMode(e, p) == Mode.OWNED;
  }

  /**
   * True for a declared type with an {@code @Owned} type argument, or one that is an owned class:
   * the type of a place a new container is filled for (SPEC §12).
   */
  boolean hasOwnedTypeArgument(TypeMirror type) {
    if (!(type instanceof DeclaredType)) {
      return false;
    }
    for (TypeMirror a : ((DeclaredType) type).getTypeArguments()) {
      if (modeOf(a.getAnnotationMirrors()) == Mode.OWNED || isOwnedClass(a)) {
        return true;
      }
    }
    return false;
  }

  /** True for a variable of an array type whose component type is {@code @Owned} or an owned class. */
  boolean hasOwnedComponents(Element variable) {
    if (!(variable instanceof VariableElement)
        || variable.asType().getKind() != TypeKind.ARRAY) {
      return false;
    }
    TypeMirror component = ((javax.lang.model.type.ArrayType) variable.asType()).getComponentType();
    return modeOf(component.getAnnotationMirrors()) == Mode.OWNED || isOwnedClass(component);
  }

  /**
   * True if an expression is a container whose elements are owned, judged by its declared type:
   * a local, parameter or field, or the result of a call, whose type argument for the element
   * type is {@code @Owned} ({@code Deque<@Owned ByteBuffer>}, the value of
   * {@code Map<String, @Owned Conn>}) or an owned class.
   */
  Mode elementMode(ExpressionTree container, TypeParameterElement parameter) {
    ExpressionTree e = TreeUtils.withoutParens(container);
    Element el;
    TypeMirror type;
    if (e instanceof MethodInvocationTree) {
      ExecutableElement m = TreeUtils.elementFromUse((MethodInvocationTree) e);
      el = m;
      type = m.getReturnType();
    } else if (e instanceof IdentifierTree || e instanceof MemberSelectTree) {
      el = TreeUtils.elementFromUse(e);
      if (!(el instanceof VariableElement)) {
        return Mode.NONE;
      }
      type = el.asType();
    } else {
      return Mode.NONE;
    }
    TypeElement cls = typeElement(type);
    int k = cls == null ? -1 : model.elements().argumentIndex(cls, parameter);
    List<? extends TypeMirror> args =
        k < 0 ? List.of() : ((DeclaredType) type).getTypeArguments();
    if (k < 0 || k >= args.size()) {
      return Mode.NONE;
    }
    TypeMirror arg = args.get(k);
    JdkModel.Entry modelled = el instanceof ExecutableElement ? model.userEntry((ExecutableElement) el) : null;
    boolean owned =
        (modelled != null && modelled.ownedResultArguments().contains(k))
            || modeOf(arg.getAnnotationMirrors()) == Mode.OWNED
            || typeArgumentMode((Symbol) el, k) == Mode.OWNED
            || isOwnedClass(arg);
    return owned ? Mode.OWNED : Mode.NONE;
  }

  /**
   * The mode of type argument {@code k} of a field's type or a method's result, read from the
   * symbol's raw type attributes: the only place a class file's type arguments keep their
   * annotations before JDK 22.
   */
  private static Mode typeArgumentMode(Symbol sym, int k) {
    TargetType wanted =
        sym instanceof Symbol.MethodSymbol
            ? TargetType.METHOD_RETURN
            : sym.getKind() == ElementKind.FIELD ? TargetType.FIELD : null;
    if (wanted == null) {
      return Mode.NONE;
    }
    for (Attribute.TypeCompound tc : rawTypeAttributes(sym)) {
      List<com.sun.tools.javac.code.TypeAnnotationPosition.TypePathEntry> loc =
          tc.position.location;
      if (tc.position.type == wanted
          && !loc.isEmpty()
          && loc.get(0).tag
              == com.sun.tools.javac.code.TypeAnnotationPosition.TypePathEntryKind.TYPE_ARGUMENT
          && loc.get(0).arg == k
          && onlyInnerSteps(loc, 1)) {
        Mode m = modeOfName(((TypeElement) tc.type.tsym).getQualifiedName());
        if (m != Mode.NONE) {
          return m;
        }
      }
    }
    return Mode.NONE;
  }

  /** The declared mode of a field. */
  Mode field(VariableElement field) {
    Mode m = fields.get(field);
    if (m == null) {
      m = topLevelMode((Symbol) field, TargetType.FIELD);
      if (m == Mode.NONE && isOwnedClass(field.asType())) {
        m = Mode.OWNED; // a field of an owned class's type owns its value
      } else if (m == Mode.NONE
          && isOwnedClass(field.getEnclosingElement().asType())
          && model.isModelledType(field.asType())) {
        m = Mode.OWNED; // an owned class owns the collections and builders it holds
      }
      fields.put(field, m);
    }
    return m;
  }

  /** The declared mode of a local variable, resource variable or pattern binding. */
  Mode local(VariableElement local) {
    Mode m = modeOf(local.asType().getAnnotationMirrors());
    if (m != Mode.NONE) {
      return m;
    }
    if (local.getKind() != ElementKind.PARAMETER) {
      // `@Owned var c = open();`: on a `var` local the annotation is a declaration annotation.
      m = modeOf(local.getAnnotationMirrors());
      if (m != Mode.NONE) {
        return m;
      }
    }
    if (local.getKind() == ElementKind.PARAMETER) {
      // A lambda's parameter, or a parameter of the method being analysed.
      Element owner = local.getEnclosingElement();
      if (owner instanceof ExecutableElement) {
        int i = ((ExecutableElement) owner).getParameters().indexOf(local);
        if (i >= 0) {
          return signature((ExecutableElement) owner).param(i, false);
        }
      }
    }
    return Mode.NONE;
  }

  private static Mode topLevelMode(Symbol sym, TargetType wanted) {
    for (Attribute.TypeCompound tc : rawTypeAttributes(sym)) {
      if (tc.position.type == wanted && isTopLevel(tc)) {
        Mode m = modeOfName(((TypeElement) tc.type.tsym).getQualifiedName());
        if (m != Mode.NONE) {
          return m;
        }
      }
    }
    return Mode.NONE;
  }

  /** The symbol's type annotations, seen through {@link java.util.List} (javac's is not exported). */
  private static List<Attribute.TypeCompound> rawTypeAttributes(Symbol sym) {
    return sym.getRawTypeAttributes();
  }

  /** True if the annotation stands on the position's type itself, not inside it. */
  private static boolean isTopLevel(Attribute.TypeCompound tc) {
    return onlyInnerSteps(tc.position.location, 0);
  }

  /**
   * True if the type path from {@code from} on only steps into inner types: {@code @Owned Inner}
   * of a non-static member class is written on {@code Outer.Inner}'s innermost part.
   */
  private static boolean onlyInnerSteps(
      List<com.sun.tools.javac.code.TypeAnnotationPosition.TypePathEntry> location, int from) {
    for (int i = from; i < location.size(); i++) {
      if (location.get(i).tag
          != com.sun.tools.javac.code.TypeAnnotationPosition.TypePathEntryKind.INNER_TYPE) {
        return false;
      }
    }
    return true;
  }

  /** True if the type is a reference type whose values the checker can track. */
  static boolean isTrackable(TypeMirror type) {
    TypeKind k = type.getKind();
    return k == TypeKind.DECLARED
        || k == TypeKind.ARRAY
        || k == TypeKind.TYPEVAR
        || k == TypeKind.INTERSECTION
        || k == TypeKind.UNION;
  }

  /** The class or interface named by a declared type, or {@code null}. */
  static TypeElement typeElement(TypeMirror type) {
    return type instanceof DeclaredType ? (TypeElement) ((DeclaredType) type).asElement() : null;
  }
}
