package dev.ownership.checker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The JDK's resources and locks (SPEC §11): which constructors and methods open an
 * operating-system or database resource, which wrap or depend on another one, and which acquire
 * and release a lock. Part of the JDK model; the release and lock rules read it through {@link
 * JdkModel}.
 */
final class JdkResources {

  /** Classes whose constructors open a file, whatever their arguments. */
  private static final Set<String> FILE_CLASSES =
      Set.of(
          "java.io.FileInputStream",
          "java.io.FileOutputStream",
          "java.io.FileReader",
          "java.io.FileWriter",
          "java.io.RandomAccessFile",
          "java.util.zip.ZipFile",
          "java.util.jar.JarFile",
          "java.net.ServerSocket",
          "java.net.DatagramSocket",
          "java.net.MulticastSocket");

  /** Classes whose constructors open a file when given a {@code File}, a {@code Path} or a name. */
  private static final Set<String> NAMED_FILE_CLASSES =
      Set.of("java.io.PrintWriter", "java.io.PrintStream", "java.util.Formatter", "java.util.Scanner");

  /** Factories that open a resource, by declaring class and method name. */
  private static final Map<String, Set<String>> FACTORIES =
      Map.of(
          "java.nio.file.Files",
          Set.of(
              "newInputStream", "newOutputStream", "newBufferedReader", "newBufferedWriter",
              "newByteChannel", "newDirectoryStream", "lines", "list", "walk", "find"),
          "java.nio.channels.FileChannel", Set.of("open"),
          "java.nio.channels.SocketChannel", Set.of("open"),
          "java.nio.channels.ServerSocketChannel", Set.of("open", "accept"),
          "java.nio.channels.DatagramChannel", Set.of("open"),
          "java.nio.channels.Selector", Set.of("open"),
          "java.nio.channels.AsynchronousFileChannel", Set.of("open"),
          "java.net.ServerSocket", Set.of("accept"),
          "java.sql.DriverManager", Set.of("getConnection"),
          "javax.sql.DataSource", Set.of("getConnection"));

  /** Results released with their receiver: JDBC statements and result sets. */
  private static final Map<String, Set<String>> DEPENDENTS =
      Map.of(
          "java.sql.Connection", Set.of("createStatement", "prepareStatement", "prepareCall"),
          "java.sql.Statement", Set.of("executeQuery", "getResultSet", "getGeneratedKeys"));

  /** Factories whose result wraps their first argument: closing either closes both. */
  private static final Map<String, Set<String>> WRAPPING_FACTORIES =
      Map.of(
          "java.nio.channels.Channels",
          Set.of("newInputStream", "newOutputStream", "newReader", "newWriter", "newChannel"));

  /** Methods whose result shares their receiver's resource: it is the same one. */
  private static final Map<String, Set<String>> SAME_RESOURCE =
      Map.of(
          "java.io.FileInputStream", Set.of("getChannel"),
          "java.io.FileOutputStream", Set.of("getChannel"),
          "java.io.RandomAccessFile", Set.of("getChannel"),
          "java.nio.channels.SocketChannel", Set.of("socket"),
          "java.nio.channels.ServerSocketChannel", Set.of("socket"),
          "java.nio.channels.DatagramChannel", Set.of("socket"));

  private final JdkModel model;

  JdkResources(JdkModel model) {
    this.model = model;
  }

  /** How a call's result relates to the resources of the JDK model. */
  enum Kind {
    /** Nothing to release. */
    NONE,
    /** Opens a resource of its own. */
    OPENS,
    /** Opens a resource released with its receiver's (a statement, a result set). */
    DEPENDS_ON_RECEIVER,
    /** Wraps the argument at {@link #joinedArgument}: one resource with it. */
    WRAPS_ARGUMENT,
    /** Is the receiver's resource again (a stream stage, a file stream's channel). */
    SAME_AS_RECEIVER
  }

  /** Every method name a factory or dependent of the tables has: a cheap first test. */
  private static final Set<String> OPENING_NAMES = openingNames();

  /** Per method called: whether it may open a resource at all, before its receiver counts. */
  private final Map<ExecutableElement, Boolean> candidates = new java.util.HashMap<>();

  private static Set<String> openingNames() {
    Set<String> names = new java.util.HashSet<>();
    FACTORIES.values().forEach(names::addAll);
    DEPENDENTS.values().forEach(names::addAll);
    return Set.copyOf(names);
  }

  /**
   * True if a call to {@code m} opens a resource of its own ({@link Kind#OPENS}, {@link
   * Kind#DEPENDS_ON_RECEIVER}); cheap for every other call, so that a body is planned for the
   * release rule only if it opens one.
   */
  boolean opens(ExecutableElement m, TypeMirror receiver) {
    Boolean candidate = candidates.get(m);
    if (candidate == null) {
      candidate =
          m.getKind() == ElementKind.CONSTRUCTOR
              || OPENING_NAMES.contains(model.text(m.getSimpleName()))
              || ((TypeElement) m.getEnclosingElement())
                  .getQualifiedName()
                  .contentEquals("java.sql.DatabaseMetaData");
      candidates.put(m, candidate);
    }
    if (!candidate) {
      return false;
    }
    Kind k = kindOf(m, receiver);
    return k == Kind.OPENS || k == Kind.DEPENDS_ON_RECEIVER;
  }

  /** What a call to {@code m}, with receiver type {@code receiver} (or null), gives. */
  Kind kindOf(ExecutableElement m, TypeMirror receiver) {
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    String cls = model.text(owner.getQualifiedName());
    String name = model.text(m.getSimpleName());
    if (m.getKind() == ElementKind.CONSTRUCTOR) {
      if (FILE_CLASSES.contains(cls)) {
        return Kind.OPENS;
      }
      if (NAMED_FILE_CLASSES.contains(cls) && !m.getParameters().isEmpty()) {
        String first = m.getParameters().get(0).asType().toString();
        boolean named =
            first.equals("java.io.File")
                || first.equals("java.nio.file.Path")
                || (first.equals("java.lang.String") && !cls.equals("java.util.Scanner"));
        if (named) {
          return Kind.OPENS;
        }
      }
      if (cls.equals("java.net.Socket") && opensSocket(m)) {
        return Kind.OPENS;
      }
      return joinedArgument(m) >= 0 ? Kind.WRAPS_ARGUMENT : Kind.NONE;
    }
    if (named(FACTORIES, cls, name, receiver)) {
      return Kind.OPENS;
    }
    if (named(DEPENDENTS, cls, name, receiver)) {
      return Kind.DEPENDS_ON_RECEIVER;
    }
    if (cls.equals("java.sql.DatabaseMetaData") && returns(m, "java.sql.ResultSet")) {
      return Kind.OPENS;
    }
    if (named(WRAPPING_FACTORIES, cls, name, null) && joinedArgument(m) >= 0) {
      return Kind.WRAPS_ARGUMENT;
    }
    if (named(SAME_RESOURCE, cls, name, receiver)) {
      return Kind.SAME_AS_RECEIVER;
    }
    boolean stage =
        receiver != null
            && inherits(receiver, "java.util.stream.BaseStream")
            && !m.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)
            && inherits(m.getReturnType(), "java.util.stream.BaseStream");
    return stage ? Kind.SAME_AS_RECEIVER : Kind.NONE;
  }

  /**
   * True for a result set a statement makes ({@code executeQuery}, {@code getResultSet}, {@code
   * getGeneratedKeys}): closing the statement, or running it again, closes it, so it is the
   * method's to close only when the statement is too.
   */
  boolean isStatementResult(ExecutableElement m) {
    return DEPENDENTS.get("java.sql.Statement").contains(model.text(m.getSimpleName()));
  }

  /**
   * The index of the argument a wrapper joins: the first {@code AutoCloseable} parameter of a
   * constructor of an {@code AutoCloseable} JDK class ({@code BufferedReader(Reader)}), or the
   * first argument of a {@code Channels} factory; -1 for anything else.
   */
  int joinedArgument(ExecutableElement m) {
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    String cls = model.text(owner.getQualifiedName());
    boolean jdk = cls.startsWith("java.") || cls.startsWith("javax.");
    if (!jdk) {
      return -1;
    }
    boolean wrapper =
        (m.getKind() == ElementKind.CONSTRUCTOR && model.isCloseable(owner.asType()))
            || WRAPPING_FACTORIES.containsKey(cls);
    if (!wrapper) {
      return -1;
    }
    List<? extends javax.lang.model.element.VariableElement> params = m.getParameters();
    for (int i = 0; i < params.size(); i++) {
      if (model.isCloseable(params.get(i).asType())) {
        return i;
      }
    }
    return -1;
  }

  /** {@code new Socket(host, port)} and the like connect; {@code new Socket()} and a proxy do not. */
  private static boolean opensSocket(ExecutableElement ctor) {
    if (ctor.getParameters().isEmpty()) {
      return false;
    }
    String first = ctor.getParameters().get(0).asType().toString();
    return !first.equals("java.net.Proxy") && !first.equals("java.net.SocketImpl");
  }

  private boolean named(
      Map<String, Set<String>> table, String cls, String name, TypeMirror receiver) {
    Set<String> names = table.get(cls);
    if (names != null && names.contains(name)) {
      return true;
    }
    if (receiver == null) {
      return false;
    }
    for (Map.Entry<String, Set<String>> e : table.entrySet()) {
      if (e.getValue().contains(name) && inherits(receiver, e.getKey())) {
        return true;
      }
    }
    return false;
  }

  private boolean inherits(TypeMirror type, String name) {
    return type != null
        && type.getKind() == TypeKind.DECLARED
        && model.supertypeNames(type).contains(name);
  }

  private boolean returns(ExecutableElement m, String name) {
    return inherits(m.getReturnType(), name);
  }

  // -- locks

  /** The lock operations: what a call to a {@code Lock} method does to the lock it is called on. */
  enum LockOp {
    NONE,
    ACQUIRE,
    TRY_ACQUIRE,
    RELEASE
  }

  /** What {@code m}, called on a receiver of type {@code receiver}, does to that lock. */
  LockOp lockOp(ExecutableElement m, TypeMirror receiver) {
    // The name first: every call of a planned body asks, and few are lock operations.
    LockOp op;
    switch (model.text(m.getSimpleName())) {
      case "lock":
      case "lockInterruptibly":
        op = m.getParameters().isEmpty() ? LockOp.ACQUIRE : LockOp.NONE;
        break;
      case "tryLock":
        op = LockOp.TRY_ACQUIRE;
        break;
      case "unlock":
        op = m.getParameters().isEmpty() ? LockOp.RELEASE : LockOp.NONE;
        break;
      default:
        return LockOp.NONE;
    }
    return inherits(receiver, "java.util.concurrent.locks.Lock") ? op : LockOp.NONE;
  }

  /**
   * True for a call that does not count as throwing between a {@code lock()} and its {@code
   * unlock()} (SPEC §11): a lock operation of any lock, {@code readLock()}/{@code writeLock()},
   * and the operations of the {@code java.util.concurrent.atomic} classes that run no code of the
   * caller's ({@code get}, {@code set}, {@code lazySet}, {@code compareAndSet}, {@code
   * incrementAndGet}, ...: not {@code updateAndGet} or {@code accumulateAndGet}), which cannot
   * throw.
   */
  boolean isLockPlumbing(ExecutableElement m, TypeMirror receiver) {
    if (lockOp(m, receiver) != LockOp.NONE || isPlainAtomic(m)) {
      return true;
    }
    String name = m.getSimpleName().toString();
    if (name.equals("isHeldByCurrentThread")) {
      return inherits(receiver, "java.util.concurrent.locks.ReentrantLock")
          || inherits(receiver, "java.util.concurrent.locks.ReentrantReadWriteLock.WriteLock");
    }
    return (name.equals("readLock") || name.equals("writeLock"))
        && inherits(receiver, "java.util.concurrent.locks.ReadWriteLock");
  }

  /** A method of a {@code java.util.concurrent.atomic} class given no code to run. */
  private static boolean isPlainAtomic(ExecutableElement m) {
    if (!(m.getEnclosingElement() instanceof TypeElement)
        || !((TypeElement) m.getEnclosingElement())
            .getQualifiedName()
            .toString()
            .startsWith("java.util.concurrent.atomic.")) {
      return false;
    }
    for (javax.lang.model.element.VariableElement p : m.getParameters()) {
      if (p.asType().getKind() == TypeKind.DECLARED
          && p.asType().toString().startsWith("java.util.function.")) {
        return false;
      }
    }
    return true;
  }
}
