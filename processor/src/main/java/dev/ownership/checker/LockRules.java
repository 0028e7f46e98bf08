package dev.ownership.checker;

import com.sun.source.tree.Tree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.cfg.ControlFlowGraph;
import org.checkerframework.dataflow.cfg.block.Block;
import org.checkerframework.dataflow.cfg.block.ConditionalBlock;
import org.checkerframework.dataflow.cfg.block.ExceptionBlock;
import org.checkerframework.dataflow.cfg.node.AssignmentNode;
import org.checkerframework.dataflow.cfg.node.ConditionalNotNode;
import org.checkerframework.dataflow.cfg.node.LocalVariableNode;
import org.checkerframework.dataflow.cfg.node.MethodInvocationNode;
import org.checkerframework.dataflow.cfg.node.Node;
import org.checkerframework.dataflow.cfg.node.ObjectCreationNode;
import org.checkerframework.dataflow.cfg.node.ReturnNode;
import org.checkerframework.dataflow.cfg.node.ThrowNode;

/**
 * {@code lock.not.released} (SPEC §11; Rust drops a {@code MutexGuard} on unwind): a lock that
 * {@code lock()}, {@code lockInterruptibly()} or a successful {@code tryLock()} acquired and that
 * is still held at an exit, while other exits release it. A small forward analysis of its own
 * over the body's CFG: for each lock (named by the path or expression it is called on) whether
 * it may be held and whether it may be free on the paths to a point. Every call may throw here,
 * unchecked exceptions included — the idiom is {@code lock(); try { ... } finally { unlock(); }},
 * and anything called between the two can throw — except the lock operations themselves and
 * {@code readLock()}/{@code writeLock()}.
 *
 * <p>A method whose normal exits all hold the lock hands it to its caller and is not reported.
 */
final class LockRules {
  private static final int HELD = 1;
  private static final int FREE = 2;

  /** Per lock, whether it may be held and may be free; and, when held on an exception path, by what. */
  private static final class State {
    final Map<String, Integer> locks = new HashMap<>();
    final Map<String, Tree> thrownBy = new HashMap<>();

    State copy() {
      State s = new State();
      s.locks.putAll(locks);
      s.thrownBy.putAll(thrownBy);
      return s;
    }

    int of(String key) {
      return locks.getOrDefault(key, FREE);
    }

    State join(State other) {
      State s = copy();
      java.util.Set<String> keys = new java.util.HashSet<>(locks.keySet());
      keys.addAll(other.locks.keySet());
      for (String k : keys) {
        s.locks.put(k, of(k) | other.of(k));
      }
      other.thrownBy.forEach(s.thrownBy::putIfAbsent);
      return s;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof State
          && locks.equals(((State) o).locks)
          && thrownBy.keySet().equals(((State) o).thrownBy.keySet());
    }

    @Override
    public int hashCode() {
      return Objects.hash(locks, thrownBy.keySet());
    }
  }

  private final BodyContext context;
  private final Reporter reporter;
  private final JdkResources jdk;
  /** The first acquisition of each lock, where a finding is reported. */
  private final Map<String, Tree> acquired = new LinkedHashMap<>();
  /** The first release of each lock, shown in a note. */
  private final Map<String, Tree> released = new HashMap<>();
  /** Boolean locals holding the result of a {@code tryLock()}, and the lock it tried. */
  private final Map<VariableElement, String> tried = new IdentityHashMap<>();

  LockRules(BodyContext context, Reporter reporter) {
    this.context = context;
    this.reporter = reporter;
    this.jdk = context.annotations().model().resources();
  }

  void check(ControlFlowGraph cfg) {
    Map<Block, State> inputs = new IdentityHashMap<>();
    List<State> normalExits = new ArrayList<>();
    List<Tree> normalExitAt = new ArrayList<>();
    State thrownExit = null;
    Deque<Block> work = new ArrayDeque<>();
    inputs.put(cfg.getEntryBlock(), new State());
    work.add(cfg.getEntryBlock());
    Map<Block, Map<Block, State>> edges = new IdentityHashMap<>();
    while (!work.isEmpty()) {
      Block b = work.poll();
      State in = inputs.get(b);
      State out = in.copy();
      for (Node n : b.getNodes()) {
        if (!(b instanceof ExceptionBlock)) {
          apply(n, out);
        }
      }
      List<Map.Entry<Block, State>> next = new ArrayList<>();
      if (b instanceof ExceptionBlock) {
        ExceptionBlock eb = (ExceptionBlock) b;
        Node n = eb.getNode();
        if (throwsHere(n)) {
          for (java.util.Set<Block> targets : eb.getExceptionalSuccessors().values()) {
            for (Block t : targets) {
              State thrown = in.copy();
              for (Map.Entry<String, Integer> e : thrown.locks.entrySet()) {
                if ((e.getValue() & HELD) != 0) {
                  // The call whose exception leaves with the lock held: the last one on the
                  // path (one in a finally replaces the one the finally was entered for).
                  thrown.thrownBy.put(e.getKey(), n.getTree());
                }
              }
              next.add(Map.entry(t, thrown));
            }
          }
        }
        apply(n, out);
        if (eb.getSuccessor() != null) {
          next.add(Map.entry(eb.getSuccessor(), out));
        }
      } else if (b instanceof ConditionalBlock) {
        ConditionalBlock cb = (ConditionalBlock) b;
        Node cond = conditionOf(cb);
        String thenKey = triedBy(cond, true);
        String elseKey = triedBy(cond, false);
        State then = out.copy();
        State otherwise = out.copy();
        if (thenKey != null) {
          then.locks.put(thenKey, HELD);
        }
        if (elseKey != null) {
          otherwise.locks.put(elseKey, HELD);
        }
        // `if (lock.isHeldByCurrentThread()) lock.unlock();`: the test is exact for the thread
        // that holds it, so the lock is free where it fails.
        String heldThen = heldTest(cond, true);
        String heldElse = heldTest(cond, false);
        if (heldThen != null) {
          otherwise.locks.put(heldThen, FREE);
        }
        if (heldElse != null) {
          then.locks.put(heldElse, FREE);
        }
        next.add(Map.entry(cb.getThenSuccessor(), then));
        next.add(Map.entry(cb.getElseSuccessor(), otherwise));
      } else {
        for (Block s : b.getSuccessors()) {
          next.add(Map.entry(s, out));
        }
      }
      for (Map.Entry<Block, State> e : next) {
        Block t = e.getKey();
        Map<Block, State> into = edges.computeIfAbsent(t, k -> new IdentityHashMap<>());
        State prevEdge = into.get(b);
        into.put(b, prevEdge == null ? e.getValue() : prevEdge.join(e.getValue()));
        State old = inputs.get(t);
        State joined = old == null ? e.getValue().copy() : old.join(e.getValue());
        if (!joined.equals(old)) {
          inputs.put(t, joined);
          if (!work.contains(t)) {
            work.add(t);
          }
        }
      }
    }
    Map<Block, State> intoExit = edges.getOrDefault(cfg.getRegularExitBlock(), Map.of());
    for (Map.Entry<Block, State> e : intoExit.entrySet()) {
      normalExits.add(e.getValue());
      Node last = e.getKey().getLastNode();
      normalExitAt.add(last instanceof ReturnNode ? last.getTree() : null);
    }
    thrownExit = inputs.get(cfg.getExceptionalExitBlock());
    for (Map.Entry<String, Tree> a : acquired.entrySet()) {
      report(a.getKey(), a.getValue(), normalExits, normalExitAt, thrownExit);
    }
  }

  private void report(
      String key, Tree at, List<State> normal, List<Tree> normalAt, State thrown) {
    int heldOnly = -1;
    boolean someFree = false;
    boolean someHeld = false;
    for (int i = 0; i < normal.size(); i++) {
      int m = normal.get(i).of(key);
      someHeld |= (m & HELD) != 0;
      someFree |= m == FREE;
      if (m == HELD && heldOnly < 0) {
        heldOnly = i;
      }
    }
    if (normal.isEmpty() || (someHeld && !someFree)) {
      return; // every normal exit holds it: the caller gets the lock
    }
    if (!released.containsKey(key)) {
      return; // it only acquires (`if (useLock) lock.lock();`): its caller pairs the unlock
    }
    String why;
    String help = reporter.text(Keys.LOCK_HELP, key, key);
    if (heldOnly >= 0) {
      Tree exit = normalAt.get(heldOnly);
      why =
          exit == null
              ? reporter.text(Keys.LOCK_HELD_EXIT_END)
              : reporter.text(Keys.LOCK_HELD_EXIT, reporter.position(exit).line());
    } else if (!someHeld && thrown != null && (thrown.of(key) & HELD) != 0) {
      Tree by = thrown.thrownBy.get(key);
      if (by == null) {
        return;
      }
      why =
          reporter.text(
              Keys.LOCK_HELD_THROWN, ReleaseRules.callName(by), reporter.position(by).line());
      if (inFinally(by)) {
        help = reporter.text(Keys.LOCK_HELP_FINALLY, key, key);
      }
    } else {
      return;
    }
    Tree unlock = released.get(key);
    List<Reporter.Note> notes =
        unlock == null
            ? List.of()
            : List.of(new Reporter.Note(unlock, reporter.text(Keys.NOTE_LOCK_RELEASED, key)));
    reporter.error(at, Keys.LOCK_NOT_RELEASED, notes, key, why, help);
  }

  /** True for a tree inside the {@code finally} block of a {@code try}. */
  private boolean inFinally(Tree tree) {
    com.sun.source.util.TreePath p = reporter.trees().getPath(reporter.root(), tree);
    for (; p != null && p.getParentPath() != null; p = p.getParentPath()) {
      Tree parent = p.getParentPath().getLeaf();
      if (parent instanceof com.sun.source.tree.TryTree
          && ((com.sun.source.tree.TryTree) parent).getFinallyBlock() == p.getLeaf()) {
        return true;
      }
    }
    return false;
  }

  /** True for a node whose exception counts: a call in the source that is not lock plumbing, a `throw`. */
  private boolean throwsHere(Node n) {
    if (n instanceof ThrowNode || n instanceof ObjectCreationNode) {
      return true;
    }
    if (!(n instanceof MethodInvocationNode) || n.getTree() == null || !n.getInSource()) {
      return false; // boxing and other calls javac makes up
    }
    MethodInvocationNode call = (MethodInvocationNode) n;
    return !jdk.isLockPlumbing(call.getTarget().getMethod(), call.getTarget().getReceiver().getType());
  }

  private void apply(Node n, State s) {
    if (n instanceof MethodInvocationNode && n.getInSource()) {
      MethodInvocationNode call = (MethodInvocationNode) n;
      ExecutableElement m = call.getTarget().getMethod();
      Node receiver = call.getTarget().getReceiver();
      switch (jdk.lockOp(m, receiver.getType())) {
        case ACQUIRE:
          s.locks.put(keyOf(receiver), HELD);
          s.thrownBy.remove(keyOf(receiver));
          acquired.putIfAbsent(keyOf(receiver), call.getTree());
          break;
        case TRY_ACQUIRE:
          acquired.putIfAbsent(keyOf(receiver), call.getTree());
          break;
        case RELEASE:
          released.putIfAbsent(keyOf(receiver), call.getTree());
          s.locks.put(keyOf(receiver), FREE);
          s.thrownBy.remove(keyOf(receiver));
          break;
        default:
          break;
      }
    } else if (n instanceof AssignmentNode
        && ((AssignmentNode) n).getTarget() instanceof LocalVariableNode) {
      VariableElement local = ((LocalVariableNode) ((AssignmentNode) n).getTarget()).getElement();
      String key = triedBy(((AssignmentNode) n).getExpression(), true);
      if (key != null) {
        tried.put(local, key);
      } else {
        tried.remove(local);
      }
    }
  }

  /** The lock a condition acquires when it is {@code value}: {@code tryLock()} or a local holding it. */
  private String triedBy(Node cond, boolean value) {
    if (cond instanceof ConditionalNotNode) {
      return triedBy(((ConditionalNotNode) cond).getOperand(), !value);
    }
    if (!value) {
      return null;
    }
    if (cond instanceof MethodInvocationNode) {
      MethodInvocationNode call = (MethodInvocationNode) cond;
      Node receiver = call.getTarget().getReceiver();
      if (jdk.lockOp(call.getTarget().getMethod(), receiver.getType())
          == JdkResources.LockOp.TRY_ACQUIRE) {
        return keyOf(receiver);
      }
    }
    if (cond instanceof LocalVariableNode) {
      return tried.get(((LocalVariableNode) cond).getElement());
    }
    return null;
  }

  /**
   * The lock a condition says this thread holds when it is {@code value}: {@code
   * isHeldByCurrentThread()} of a {@code ReentrantLock} or a write lock, possibly negated.
   */
  private static String heldTest(Node cond, boolean value) {
    if (cond instanceof ConditionalNotNode) {
      return heldTest(((ConditionalNotNode) cond).getOperand(), !value);
    }
    if (value && cond instanceof MethodInvocationNode) {
      MethodInvocationNode call = (MethodInvocationNode) cond;
      if (call.getTarget().getMethod().getSimpleName().contentEquals("isHeldByCurrentThread")
          && call.getArguments().isEmpty()) {
        return keyOf(call.getTarget().getReceiver());
      }
    }
    return null;
  }

  private static Node conditionOf(ConditionalBlock cb) {
    for (Block p : cb.getPredecessors()) {
      Node last = p.getLastNode();
      if (last != null) {
        return last;
      }
    }
    return null;
  }

  /** How messages name a lock: its path ({@code this.lock}), or the expression it is called on. */
  private static String keyOf(Node receiver) {
    Path p = Paths.of(receiver);
    if (p != null) {
      return p.toString();
    }
    Tree t = receiver.getTree();
    return t == null ? receiver.toString() : t.toString();
  }
}
