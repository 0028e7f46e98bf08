package dev.ownership.checker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import org.checkerframework.javacutil.TreeUtils;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The JDK model of SPEC §6, read from {@code jdk.astub} (shipped in the checker jar) the first
 * time a JDK method is called in a body that is analysed: which methods of the fail-fast
 * collections and the string builders mutate their receiver, borrow it for the call, or return
 * a view or iterator that borrows it. A method inherits the entry of the method it overrides.
 *
 * <p>Types of {@code java.util.concurrent}, and {@code EnumMap}/{@code EnumSet} (whose iterators
 * never fail), are never modelled, nor is anything that extends them.
 */
final class JdkModel {

  /**
   * What the model says of one method: its receiver's mode, its result's, its parameters', and
   * which type arguments of its result are {@code @Owned} (SPEC §12): {@code BlockingQueue<@Owned
   * Frame> outbox()} gives a queue that owns its elements.
   */
  record Entry(Mode receiver, Mode returns, Mode[] params, Set<Integer> ownedResultArguments) {
    Entry(Mode receiver, Mode returns, Mode[] params) {
      this(receiver, returns, params, Set.of());
    }
  }

  private static final String STUB = "jdk.astub";
  private static final Set<String> UNMODELLED =
      Set.of("java.util.EnumMap", "java.util.EnumSet");

  private final Types types;
  private final Trees trees;
  private final JdkResources resources;
  private final OwnedElements elements;
  private final Map<Element, Boolean> unmodelledFields = new HashMap<>();
  private Map<String, List<Candidate>> entries;

  /** The methods users' models name (SPEC §13), which win over the JDK model's. */
  private final Map<String, List<Candidate>> userEntries = new HashMap<>();

  /** The classes users' models declare {@code @Owned}. */
  private final Set<String> ownedClasses = new HashSet<>();

  private final Map<ExecutableElement, Entry> userCache = new HashMap<>();

  /** One model entry of a name and arity, with the parameter types it was written with. */
  private record Candidate(List<String> paramTypes, Entry entry) {}
  private final Map<ExecutableElement, Entry> cache = new HashMap<>();

  JdkModel(Types types, Trees trees) {
    this(types, trees, List.of());
  }

  /**
   * The JDK model with users' models over it, in the order given: for a method named twice the
   * later entry wins.
   */
  JdkModel(Types types, Trees trees, List<ModelReader.Parsed> userModels) {
    this.types = types;
    this.trees = trees;
    this.resources = new JdkResources(this);
    this.elements = new OwnedElements(types);
    for (ModelReader.Parsed m : userModels) {
      addAll(userEntries, m);
      for (ModelReader.Type t : m.types()) {
        if (t.owned()) {
          ownedClasses.add(t.name());
        }
      }
    }
  }

  private static void addAll(Map<String, List<Candidate>> table, ModelReader.Parsed model) {
    for (ModelReader.Method m : model.methods()) {
      List<Candidate> list =
          table.computeIfAbsent(
              m.type() + "#" + m.name() + "/" + m.paramTypes().size(), k -> new ArrayList<>());
      list.removeIf(c -> c.paramTypes().equals(m.paramTypes()));
      list.add(new Candidate(m.paramTypes(), m.entry()));
    }
  }

  /**
   * What a user's model says of a method (SPEC §13), found on its class or the nearest supertype
   * that the model names it for, with the parameter types the model wrote; {@code null} if no
   * user's model names it. These are annotations, not the JDK model's facts.
   */
  Entry userEntry(ExecutableElement method) {
    if (userEntries.isEmpty() || !(method.getEnclosingElement() instanceof TypeElement)) {
      return null;
    }
    if (userCache.containsKey(method)) {
      return userCache.get(method);
    }
    Entry e = find(userEntries, (TypeElement) method.getEnclosingElement(), method, false);
    userCache.put(method, e);
    return e;
  }

  /** True for a class a user's model declares {@code @Owned class}. */
  boolean namesOwnedClass(TypeElement type) {
    return !ownedClasses.isEmpty() && ownedClasses.contains(type.getQualifiedName().toString());
  }

  /**
   * True if a method's parameters have the types a model wrote, compared by simple name after
   * erasure ({@code String}, {@code byte[]}); a type variable also matches its own name.
   */
  static boolean parametersMatch(ExecutableElement method, List<String> written, Types types) {
    List<? extends VariableElement> ps = method.getParameters();
    if (ps.size() != written.size()) {
      return false;
    }
    for (int i = 0; i < ps.size(); i++) {
      TypeMirror t = ps.get(i).asType();
      String w = written.get(i);
      if (!(t.getKind() == javax.lang.model.type.TypeKind.TYPEVAR && w.equals(t.toString()))
          && !w.equals(simpleName(types.erasure(t)))) {
        return false;
      }
    }
    return true;
  }

  private static String simpleName(TypeMirror t) {
    if (t instanceof javax.lang.model.type.ArrayType) {
      return simpleName(((javax.lang.model.type.ArrayType) t).getComponentType()) + "[]";
    }
    if (t instanceof javax.lang.model.type.DeclaredType) {
      return ((javax.lang.model.type.DeclaredType) t).asElement().getSimpleName().toString();
    }
    return t.toString();
  }

  /** The JDK's resources and locks (SPEC §11). */
  JdkResources resources() {
    return resources;
  }

  /** What the JDK's containers do with owned elements (SPEC §12). */
  OwnedElements elements() {
    return elements;
  }

  /**
   * True for a field declared in the code being compiled whose initializer is a collection the
   * model leaves alone: {@code List<Runnable> listeners = new CopyOnWriteArrayList<>()}.
   */
  boolean isUnmodelledField(VariableElement field) {
    return unmodelledFields.computeIfAbsent(
        field,
        f -> {
          Tree decl = trees.getTree(f);
          if (decl instanceof VariableTree && ((VariableTree) decl).getInitializer() != null) {
            TypeMirror t = TreeUtils.typeOf(((VariableTree) decl).getInitializer());
            return t != null && isUnmodelled(t);
          }
          return false;
        });
  }

  /** The model's entry for a JDK method, or {@code null} if it says nothing about it. */
  Entry lookup(ExecutableElement method) {
    if (cache.containsKey(method)) {
      return cache.get(method);
    }
    Element owner = method.getEnclosingElement();
    Entry e =
        owner instanceof TypeElement
                && ((TypeElement) owner).getQualifiedName().toString().startsWith("java.")
            ? find((TypeElement) owner, method)
            : null;
    cache.put(method, e);
    return e;
  }

  /** True for a type whose values must be released: a subtype of {@code AutoCloseable}. */
  boolean isCloseable(TypeMirror type) {
    return type instanceof javax.lang.model.type.DeclaredType
        && supertypeNames(type).contains("java.lang.AutoCloseable");
  }

  /**
   * True if a JDK method keeps argument {@code index} beyond the call, so that the duty to
   * release an owned value passes to it (SPEC §11, handing on): a position the model marks
   * {@code @Owned} (a task given to a thread or an executor); a wrapper's constructor, which
   * closes its {@code AutoCloseable} argument when it is closed; and an insertion into a
   * collection or map, concurrent ones included: a parameter typed by the container's element,
   * key or value type, or a collection of them ({@code add}, {@code put}, {@code offer},
   * {@code addAll}, ...). Everything else in the JDK only uses the value during the call.
   */
  boolean keepsArgument(ExecutableElement method, int index) {
    Entry e = userEntry(method);
    e = e != null ? e : lookup(method);
    if (e != null && index < e.params().length && e.params()[index] == Mode.OWNED) {
      return true;
    }
    TypeMirror param = method.getParameters().get(index).asType();
    Element owner = method.getEnclosingElement();
    if (method.getKind() == javax.lang.model.element.ElementKind.CONSTRUCTOR) {
      return isCloseable(owner.asType()) && isCloseable(param);
    }
    Set<String> names = supertypeNames(owner.asType());
    if (names.contains("java.util.stream.BaseStream")
        && method.getSimpleName().contentEquals("onClose")) {
      return true; // the stream keeps its close handler, and runs it when it is closed
    }
    boolean container = names.contains("java.util.Collection") || names.contains("java.util.Map");
    return container
        && !method.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)
        && (param.getKind() == javax.lang.model.type.TypeKind.TYPEVAR
            || supertypeNames(param).contains("java.util.Collection"));
  }

  /**
   * True for a call that releases its receiver as {@code close()} does: {@code close()} itself,
   * and {@code Connection.abort(Executor)}, which JDBC documents as terminating the connection
   * and releasing its resources.
   */
  boolean isRelease(ExecutableElement method, TypeMirror receiver) {
    String name = text(method.getSimpleName());
    if (name.equals("close")) {
      return method.getParameters().isEmpty();
    }
    return name.equals("abort")
        && method.getParameters().size() == 1
        && receiver != null
        && supertypeNames(receiver).contains("java.sql.Connection");
  }

  /** Calls the JDK documents as valid on a closed resource, whatever its type. */
  private static final Set<String> VALID_AFTER_CLOSE =
      Set.of("isClosed", "isOpen", "toString", "hashCode", "equals", "getClass");

  /**
   * The types whose {@code close()} is documented to have no effect when already closed:
   * {@code Closeable} (streams, readers, writers, channels, zip files), and JDBC's connections,
   * statements and result sets.
   */
  private static final Set<String> IDEMPOTENT_CLOSE =
      Set.of(
          "java.io.Closeable",
          "java.sql.Connection",
          "java.sql.Statement",
          "java.sql.ResultSet",
          "java.nio.channels.Channel");

  /**
   * True if {@code method} may be called on a resource of type {@code receiver} after its
   * {@code close()}: a query the JDK documents as valid on a closed resource, or a second
   * {@code close()} of a type whose contract makes it idempotent. Values an annotation made
   * owned, closed by a consuming {@code close(@Owned T this)}, keep Rust's rule instead.
   */
  boolean isValidAfterClose(ExecutableElement method, TypeMirror receiver) {
    String name = text(method.getSimpleName());
    if (VALID_AFTER_CLOSE.contains(name)) {
      return true;
    }
    if (!name.equals("close") || !method.getParameters().isEmpty() || receiver == null) {
      return false;
    }
    for (String t : supertypeNames(receiver)) {
      if (IDEMPOTENT_CLOSE.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** True for a collection, map or string builder the model covers. */
  boolean isModelledType(TypeMirror type) {
    Set<String> names = supertypeNames(type);
    return !isUnmodelled(type)
        && (names.contains("java.util.Collection")
            || names.contains("java.util.Map")
            || names.contains("java.lang.AbstractStringBuilder"));
  }

  /**
   * True for a collection the model leaves alone: a concurrent collection, {@code EnumMap} or
   * {@code EnumSet}, or one that extends them. (The executors of java.util.concurrent are not
   * collections, and are modelled: they take ownership of the tasks they run.)
   */
  boolean isUnmodelled(TypeMirror type) {
    Set<String> names = supertypeNames(type);
    boolean concurrent = false;
    for (String name : names) {
      concurrent |= name.startsWith("java.util.concurrent.") || UNMODELLED.contains(name);
    }
    return concurrent
        && (names.contains("java.util.Collection") || names.contains("java.util.Map"));
  }

  /** The text of each name asked about, made once per name ({@link #text}). */
  private final Map<javax.lang.model.element.Name, String> texts = new java.util.IdentityHashMap<>();

  /**
   * The text of a name, as {@code toString()} gives it. javac makes a new string from its name
   * table on every {@code toString()} and {@code contentEquals}, and the model asks about the name
   * of every call a body makes; its names are unique in their table, so each is decoded once.
   */
  String text(javax.lang.model.element.Name name) {
    if (!(name instanceof com.sun.tools.javac.util.Name)) {
      return name.toString();
    }
    String t = texts.get(name);
    if (t == null) {
      t = name.toString();
      texts.put(name, t);
    }
    return t;
  }

  private final Map<Element, Set<String>> supertypeNames = new HashMap<>();
  private final Map<Element, Set<TypeElement>> supertypes = new HashMap<>();

  /** The qualified names of a type's class and of all its supertypes, cached per class. */
  Set<String> supertypeNames(TypeMirror type) {
    Element start = types.asElement(type);
    if (!(start instanceof TypeElement)) {
      return Set.of();
    }
    Set<String> cached = supertypeNames.get(start);
    if (cached == null) {
      cached = new HashSet<>();
      for (TypeElement e : supertypes((TypeElement) start)) {
        cached.add(text(e.getQualifiedName()));
      }
      supertypeNames.put(start, cached);
    }
    return cached;
  }

  /** A class and all its supertypes, erased (only the classes count), cached per class. */
  Set<TypeElement> supertypes(TypeElement start) {
    Set<TypeElement> cached = supertypes.get(start);
    if (cached != null) {
      return cached;
    }
    Set<TypeElement> all = new java.util.LinkedHashSet<>();
    Deque<TypeMirror> todo = new ArrayDeque<>();
    todo.add(types.erasure(start.asType()));
    while (!todo.isEmpty()) {
      TypeMirror t = todo.pop();
      Element e = types.asElement(t);
      if (e instanceof TypeElement && all.add((TypeElement) e)) {
        todo.addAll(types.directSupertypes(types.erasure(t)));
      }
    }
    supertypes.put(start, all);
    return all;
  }

  /**
   * What the model says of a method of a collection it leaves alone (a concurrent one), as if it
   * were not left alone: for a container that owns its elements (SPEC §12), where a {@code
   * ConcurrentHashMap.remove} is a change like a {@code HashMap.remove}.
   */
  Entry entryOfOwningContainer(ExecutableElement method) {
    if (!(method.getEnclosingElement() instanceof TypeElement)) {
      return null;
    }
    return find(entries(), (TypeElement) method.getEnclosingElement(), method, true);
  }

  private Entry find(TypeElement owner, ExecutableElement method) {
    if (isUnmodelled(owner.asType())) {
      return null;
    }
    return find(entries(), owner, method, true);
  }

  /**
   * The entry of a table for a method, on its class or the nearest supertype. An entry written
   * with the method's parameter types wins over others of its arity; {@code byArity} lets the JDK
   * model's one entry per name and arity stand for every overload.
   */
  private Entry find(
      Map<String, List<Candidate>> model,
      TypeElement owner,
      ExecutableElement method,
      boolean byArity) {
    boolean constructor = method.getKind() == javax.lang.model.element.ElementKind.CONSTRUCTOR;
    String name = constructor ? owner.getSimpleName().toString() : method.getSimpleName().toString();
    String signature = "#" + name + "/" + method.getParameters().size();
    if (constructor) {
      // constructors are not inherited
      return pick(model.get(owner.getQualifiedName() + signature), method, byArity);
    }
    Deque<TypeMirror> todo = new ArrayDeque<>();
    todo.add(types.erasure(owner.asType())); // the classes count, not their type arguments
    Set<Element> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      TypeMirror t = todo.removeFirst();
      Element e = types.asElement(t);
      if (!(e instanceof TypeElement) || !seen.add(e)) {
        continue;
      }
      Entry found = pick(model.get(((TypeElement) e).getQualifiedName() + signature), method, byArity);
      if (found != null) {
        return found;
      }
      todo.addAll(types.directSupertypes(types.erasure(t)));
    }
    return null;
  }

  private Map<String, List<Candidate>> entries() {
    if (entries == null) {
      entries = new HashMap<>();
      addAll(entries, loadJdk());
    }
    return entries;
  }

  private Entry pick(List<Candidate> candidates, ExecutableElement method, boolean byArity) {
    if (candidates == null) {
      return null;
    }
    for (Candidate c : candidates) {
      if (parametersMatch(method, c.paramTypes(), types)) {
        return c.entry();
      }
    }
    return byArity ? candidates.get(candidates.size() - 1).entry() : null;
  }

  /**
   * Reads the JDK model with the reader users' models go through. It ships in the checker jar, so
   * a syntax error in it is a bug of the checker, and is thrown as one.
   */
  private static ModelReader.Parsed loadJdk() {
    try (InputStream in = JdkModel.class.getResourceAsStream(STUB)) {
      if (in == null) {
        throw new IllegalStateException(STUB + " is missing from the checker jar");
      }
      return ModelReader.parse(STUB, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ModelReader.SyntaxError e) {
      throw new IllegalStateException(
          STUB + ":" + e.line + ":" + e.column + ": " + e.getMessage(), e);
    }
  }


}
