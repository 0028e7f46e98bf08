package dev.ownership.checker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Types;

/**
 * What the JDK's collections, maps, queues and {@code Optional} do with their elements (SPEC
 * §12), for the containers whose element type is {@code @Owned}: which argument a method puts
 * in, and whether its result is an element taken out (an owner) or one looked at (a borrow of
 * the container).
 *
 * <p>The JDK's own signatures say most of it. A parameter typed by the container's type
 * parameter ({@code E}, {@code V}) is stored: lookups take {@code Object}. A result typed by it is
 * an element; it is taken out when the method removes or replaces ({@code remove}, {@code poll},
 * {@code pop}, {@code take}, the old value of {@code set}/{@code put}/{@code replace}), and looked
 * at otherwise ({@code get}, {@code peek}, {@code element}, {@code getFirst}). The few methods
 * whose element-typed parameter is not stored ({@code getOrDefault}, {@code orElse}, the
 * expected value of {@code replace(k, old, new)}) are named here.
 */
final class OwnedElements {

  /** What a result typed by the element is. */
  enum Result {
    /** Not an element: {@code void}, {@code boolean}, a view, a count. */
    NONE,
    /** An element taken out of the container: the caller owns it. */
    OWNER,
    /** An element the container still owns: a borrow of the container. */
    BORROW
  }

  /** When a put-in reports that it did not take its argument. */
  enum Refusal {
    /** It always takes it (or throws). */
    NEVER,
    /** A {@code false} result: {@code offer}, {@code add} on a set. */
    FALSE,
    /** A non-null result: {@code putIfAbsent}. */
    NON_NULL
  }

  /**
   * What one method does with the elements of its receiver.
   *
   * @param arguments the indexes of the arguments it puts in, each with the type parameter of
   *     the method's class that types it
   * @param whole true if the argument put in is a container whose elements all go in
   *     ({@code addAll}): the container is moved whole
   * @param result what its result is, typed by {@code resultParameter}
   */
  record Access(
      List<Integer> arguments,
      List<TypeParameterElement> argumentParameters,
      boolean whole,
      Result result,
      TypeParameterElement resultParameter,
      Refusal refusal) {

    boolean putsIn() {
      return !arguments.isEmpty();
    }
  }

  /** Result names that take the element out; other element-typed results only look at it. */
  private static final List<String> TAKING_PREFIXES =
      List.of("remove", "poll", "pop", "take", "set", "put", "replace", "getAndSet");

  /** Methods whose element-typed parameter is a fallback or an expected value, never stored. */
  private static final Set<String> NOT_STORED = Set.of("getOrDefault", "orElse", "contains");

  /** Methods that run code to make or merge a value: not modelled (SPEC §12). */
  private static final Set<String> NOT_MODELLED =
      Set.of("compute", "computeIfAbsent", "computeIfPresent", "merge");

  private final Types types;
  private final Map<ExecutableElement, Access> accesses = new HashMap<>();
  private final Map<String, Integer> indexes = new HashMap<>();

  OwnedElements(Types types) {
    this.types = types;
  }

  /**
   * What an instance method of a JDK container does with its elements, or {@code null} if it
   * neither puts one in nor gives one back. One name check for methods outside {@code java.util}.
   */
  Access of(ExecutableElement method) {
    if (accesses.containsKey(method)) {
      return accesses.get(method);
    }
    Access a = null;
    if (!method.getModifiers().contains(Modifier.STATIC)
        && method.getKind() == ElementKind.METHOD
        && method.getEnclosingElement() instanceof TypeElement) {
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      if (owner.getQualifiedName().toString().startsWith("java.util.")
          && (isContainer(owner) || isFunction(owner))) {
        a = classify(method, owner);
      }
    }
    accesses.put(method, a); // every method called: one answer each, null ones too
    return a;
  }

  /**
   * True for a method that takes an element out by consuming its container ({@code
   * Optional.get}, {@code orElseThrow}): on a borrowed container it only looks.
   */
  boolean consumesContainer(ExecutableElement method) {
    return ((TypeElement) method.getEnclosingElement())
        .getQualifiedName()
        .contentEquals("java.util.Optional");
  }

  /** True for {@code java.util.Iterator} or {@code ListIterator}, whose {@code remove()} takes out. */
  boolean isIterator(TypeElement owner) {
    return owner.getQualifiedName().contentEquals("java.util.Iterator")
        || owner.getQualifiedName().contentEquals("java.util.ListIterator");
  }

  /** Kinds that hold elements (SPEC §12); a {@code Future} or an atomic reference does not. */
  private static final Set<String> CONTAINER_KINDS =
      Set.of(
          "java.util.Collection",
          "java.util.Map",
          "java.util.Map.Entry",
          "java.util.Iterator",
          "java.util.Optional");

  private final Map<TypeElement, Boolean> containers = new HashMap<>();

  private boolean isContainer(TypeElement owner) {
    return containers.computeIfAbsent(owner, this::holdsElements);
  }

  private boolean holdsElements(TypeElement type) {
    if (CONTAINER_KINDS.contains(type.getQualifiedName().toString())) {
      return true;
    }
    List<TypeMirror> supers = new ArrayList<>(type.getInterfaces());
    supers.add(type.getSuperclass());
    for (TypeMirror s : supers) {
      if (s.getKind() == TypeKind.DECLARED
          && holdsElements((TypeElement) ((DeclaredType) s).asElement())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The functional interfaces of {@code java.util.function} that take what they are given and
   * give what they make: a {@code Consumer<@Owned Res>} takes the resource, like Rust's {@code
   * FnOnce(Res)}; a {@code Supplier<@Owned Res>} makes one. Predicates only look.
   */
  private static boolean isFunction(TypeElement owner) {
    String name = owner.getQualifiedName().toString();
    return name.startsWith("java.util.function.") && !name.endsWith("Predicate");
  }

  /** A functional interface's method: its type-variable parameters go in, its result is made. */
  private static Access classifyFunction(ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.DEFAULT)) {
      return null; // andThen, compose: they make functions, not values
    }
    List<Integer> args = new ArrayList<>();
    List<TypeParameterElement> argParams = new ArrayList<>();
    List<? extends javax.lang.model.element.VariableElement> ps = method.getParameters();
    for (int i = 0; i < ps.size(); i++) {
      TypeParameterElement p = classParameter(ps.get(i).asType());
      if (p != null) {
        args.add(i);
        argParams.add(p);
      }
    }
    TypeParameterElement rp = classParameter(method.getReturnType());
    Result result = rp == null ? Result.NONE : Result.OWNER;
    if (args.isEmpty() && result == Result.NONE) {
      return null;
    }
    return new Access(List.copyOf(args), List.copyOf(argParams), false, result, rp, Refusal.NEVER);
  }

  private Access classify(ExecutableElement method, TypeElement owner) {
    if (isFunction(owner)) {
      return classifyFunction(method);
    }
    String name = method.getSimpleName().toString();
    if (NOT_MODELLED.contains(name)) {
      return null;
    }
    List<Integer> args = new ArrayList<>();
    List<TypeParameterElement> argParams = new ArrayList<>();
    boolean whole = false;
    if ((name.equals("addAll") || name.equals("putAll")) && !method.getParameters().isEmpty()) {
      // The elements of the argument container go in: the argument is moved whole.
      int last = method.getParameters().size() - 1;
      TypeParameterElement p = firstParameterOf(owner);
      if (p != null) {
        args.add(last);
        argParams.add(p);
        whole = true;
      }
    } else if (!NOT_STORED.contains(name)) {
      List<? extends javax.lang.model.element.VariableElement> ps = method.getParameters();
      for (int i = 0; i < ps.size(); i++) {
        TypeParameterElement p = classParameter(ps.get(i).asType());
        if (p != null && !(name.equals("replace") && ps.size() == 3 && i == 1)) {
          args.add(i);
          argParams.add(p);
        }
      }
    }
    TypeParameterElement rp = classParameter(method.getReturnType());
    Result result = Result.NONE;
    if (rp != null) {
      result = Result.BORROW;
      for (String prefix : TAKING_PREFIXES) {
        if (name.startsWith(prefix) && !name.equals("putIfAbsent")) {
          result = Result.OWNER;
        }
      }
      if (owner.getQualifiedName().contentEquals("java.util.Optional")
          && (name.equals("get") || name.equals("orElseThrow"))) {
        result = Result.OWNER; // an owned optional gives its value away
      }
    }
    if (args.isEmpty() && result == Result.NONE) {
      return null;
    }
    Refusal refusal = Refusal.NEVER;
    if (!args.isEmpty() && method.getReturnType().getKind() == TypeKind.BOOLEAN
        && !whole && !name.equals("set")) {
      refusal = Refusal.FALSE;
    } else if (name.equals("putIfAbsent")) {
      refusal = Refusal.NON_NULL;
    }
    return new Access(List.copyOf(args), List.copyOf(argParams), whole, result, rp, refusal);
  }

  /** The type parameter of a class that a type is, or {@code null} (a method's own, or no variable). */
  private static TypeParameterElement classParameter(TypeMirror type) {
    if (!(type instanceof TypeVariable)) {
      return null;
    }
    Element e = ((TypeVariable) type).asElement();
    if (e instanceof TypeParameterElement
        && ((TypeParameterElement) e).getGenericElement() instanceof TypeElement) {
      return (TypeParameterElement) e;
    }
    return null;
  }

  /** The element parameter of a collection ({@code E}), or the value parameter of a map ({@code V}). */
  private static TypeParameterElement firstParameterOf(TypeElement owner) {
    List<? extends TypeParameterElement> ps = owner.getTypeParameters();
    if (ps.isEmpty()) {
      return null;
    }
    return ps.get(ps.size() - 1);
  }

  /** The JDK's factories that make a container of their arguments, by class. */
  private static final Map<String, Set<String>> FACTORIES =
      Map.of(
          "java.util.List", Set.of("of"),
          "java.util.Set", Set.of("of"),
          "java.util.Map", Set.of("of", "entry"),
          "java.util.Optional", Set.of("of", "ofNullable"),
          "java.util.Arrays", Set.of("asList"),
          "java.util.Collections", Set.of("singletonList", "singleton", "singletonMap"));

  /**
   * The arguments a JDK factory puts into the container it makes: those typed by its last type
   * parameter ({@code E} of {@code List.of}, {@code V} of {@code Map.of}); empty for any other
   * method.
   */
  List<Integer> filledArguments(ExecutableElement method, int arity) {
    Element owner = method.getEnclosingElement();
    Set<String> names =
        owner instanceof TypeElement
            ? FACTORIES.get(((TypeElement) owner).getQualifiedName().toString())
            : null;
    if (names == null || !names.contains(method.getSimpleName().toString())
        || method.getTypeParameters().isEmpty()) {
      return List.of();
    }
    TypeParameterElement element =
        method.getTypeParameters().get(method.getTypeParameters().size() - 1);
    List<Integer> result = new ArrayList<>();
    List<? extends javax.lang.model.element.VariableElement> ps = method.getParameters();
    for (int i = 0; i < arity && !ps.isEmpty(); i++) {
      TypeMirror t = ps.get(Math.min(i, ps.size() - 1)).asType();
      if (method.isVarArgs() && i >= ps.size() - 1 && t instanceof javax.lang.model.type.ArrayType) {
        t = ((javax.lang.model.type.ArrayType) t).getComponentType();
      }
      if (t instanceof TypeVariable && ((TypeVariable) t).asElement().equals(element)) {
        result.add(i);
      }
    }
    return result;
  }

  /** The element type parameter of {@code Iterable}, if a class is one; else {@code null}. */
  TypeParameterElement iterableParameter(TypeElement container) {
    Deque<TypeMirror> todo = new ArrayDeque<>();
    todo.add(container.asType());
    Set<Element> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      TypeMirror t = todo.removeFirst();
      Element e = types.asElement(t);
      if (!(e instanceof TypeElement) || !seen.add(e)) {
        continue;
      }
      if (((TypeElement) e).getQualifiedName().contentEquals("java.lang.Iterable")) {
        return ((TypeElement) e).getTypeParameters().get(0);
      }
      todo.addAll(types.directSupertypes(t));
    }
    return null;
  }

  /**
   * The index of the type argument of {@code container}'s class that a type parameter of one of
   * its supertypes stands for ({@code E} of {@code Collection} is argument 0 of
   * {@code ArrayDeque<E>}; {@code V} of {@code Map} is argument 1 of {@code HashMap<K, V>}), or
   * -1 if it is fixed by the class ({@code Properties}) or the class does not have it.
   */
  int argumentIndex(TypeElement container, TypeParameterElement parameter) {
    Element declaring = parameter.getGenericElement();
    String key = container.getQualifiedName() + "/" + declaring + "/" + parameter.getSimpleName();
    Integer known = indexes.get(key);
    if (known != null) {
      return known;
    }
    int result = -1;
    int wanted = ((TypeElement) declaring).getTypeParameters().indexOf(parameter);
    Deque<TypeMirror> todo = new ArrayDeque<>();
    todo.add(container.asType());
    Set<Element> seen = new HashSet<>();
    while (!todo.isEmpty() && wanted >= 0) {
      TypeMirror t = todo.removeFirst();
      Element e = types.asElement(t);
      if (!(e instanceof TypeElement) || !seen.add(e)) {
        continue;
      }
      if (e.equals(declaring)) {
        List<? extends TypeMirror> actual = ((DeclaredType) t).getTypeArguments();
        if (wanted < actual.size() && actual.get(wanted) instanceof TypeVariable) {
          Element v = ((TypeVariable) actual.get(wanted)).asElement();
          result = container.getTypeParameters().indexOf(v);
        }
        break;
      }
      todo.addAll(types.directSupertypes(t));
    }
    indexes.put(key, result);
    return result;
  }
}
