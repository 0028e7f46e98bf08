package dev.ownership.checker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import com.sun.source.tree.Tree;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * What is known before one CFG node: which paths are moved (and where, and whether on every path
 * to here), and which unannotated locals currently hold an owned value.
 *
 * <p>The join at a merge point is Rust's: moved on one incoming edge and not on another is "maybe
 * moved", and the move sites of both edges are kept so that a message can name them all.
 */
final class OwnershipStore {

  /**
   * The state of a moved path.
   *
   * @param moves where it was moved, every site that reaches here
   * @param onEveryPath false if some path to here does not move it
   */
  record Moved(Set<MovePlan.Move> moves, boolean onEveryPath) {
    @Override
    public boolean equals(Object o) {
      // Written out, as Path's are: generated ones are bootstrapped in every javac run.
      return o instanceof Moved m && onEveryPath == m.onEveryPath && moves.equals(m.moves);
    }

    @Override
    public int hashCode() {
      return moves.hashCode() * 2 + (onEveryPath ? 1 : 0);
    }
  }

  /**
   * A loan of a path (SPEC §2): made at {@code at}, shared or mutable, and live for as long as a
   * local that holds it is live.
   *
   * @param model true for a loan the JDK model made (a view, an iterator, a stream): it forbids
   *     modification of the collection only, not reads (SPEC §6)
   */
  record Loan(Path path, boolean mutable, Tree at, boolean model) {
    @Override
    public boolean equals(Object o) {
      // Written out, as Path's are: generated ones are bootstrapped in every javac run.
      return o instanceof Loan l
          && mutable == l.mutable
          && model == l.model
          && at == l.at
          && Objects.equals(path, l.path);
    }

    @Override
    public int hashCode() {
      return (Objects.hashCode(path) * 31 + System.identityHashCode(at)) * 4
          + (mutable ? 2 : 0)
          + (model ? 1 : 0);
    }
  }

  /** One moved path that conflicts with a read. */
  record Conflict(Path path, Moved moved) {}

  /**
   * An owned value a local holds and must still release (SPEC §4, {@code owned.not.released}).
   *
   * @param since where the local was given the value
   * @param via the exception whose path led here since, or {@code null}: it lets a message say
   *     on which path the value leaks
   * @param origin the expression that opened the resource: the locals whose debts have the same
   *     origin hold one resource (aliases, a wrapper and what it wraps), which closing any of
   *     them releases (SPEC §11)
   * @param parent the origin of the resource this one is released with (a statement's
   *     connection), or {@code null}
   * @param model true for a resource of the JDK model in code nobody annotated: an obligation
   *     shared by its aliases, not a Rust owner
   */
  record Debt(Tree since, Thrown via, Tree origin, Tree parent, boolean model) {
    Debt(Tree since) {
      this(since, null, since, null, false);
    }

    /** A resource of the JDK model, opened by {@code origin} and first held where {@code since}. */
    static Debt ofModel(Tree since, Tree origin, Tree parent) {
      return new Debt(since, null, origin, parent, true);
    }

    Debt through(Thrown thrown) {
      return new Debt(since, thrown, origin, parent, model);
    }

    @Override
    public boolean equals(Object o) {
      // Written out, as Path's are: generated ones are bootstrapped in every javac run.
      return o instanceof Debt d
          && since == d.since
          && origin == d.origin
          && parent == d.parent
          && model == d.model
          && Objects.equals(via, d.via);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(since) * 31 + System.identityHashCode(origin);
    }
  }

  /**
   * An exception on the path to here: thrown by {@code call} (for the implicit {@code close()}
   * of a try-with-resources, which javac synthesizes, the {@code try} itself, with {@code
   * implicitClose}), of the type named {@code type}, and handled first at {@code caught}
   * ({@code null} if it leaves the method).
   */
  record Thrown(Tree call, boolean implicitClose, String type, Tree caught) {
    @Override
    public boolean equals(Object o) {
      // Written out, as Path's are: generated ones are bootstrapped in every javac run.
      return o instanceof Thrown t
          && call == t.call
          && implicitClose == t.implicitClose
          && caught == t.caught
          && Objects.equals(type, t.type);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(call) * 31 + Objects.hashCode(type);
    }
  }

  private final Map<Path, Moved> moved;
  private final Set<VariableElement> owners;
  private final Map<Loan, Set<Element>> loans;
  private final Map<VariableElement, Mode> reborrows;
  private final Map<VariableElement, Debt> owed;
  /** Boolean locals whose value is known here: the success flag of {@code finally { if (!ok) } }. */
  private final Map<VariableElement, Boolean> flags;

  /**
   * Field paths known to hold nothing to release here ({@code null}, or a value moved out or
   * closed): assigning them leaks nothing.
   */
  private final Set<Path> nulls;

  OwnershipStore() {
    this(new HashMap<>(), new HashSet<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
        new HashSet<>(), new HashMap<>());
  }

  private OwnershipStore(
      Map<Path, Moved> moved,
      Set<VariableElement> owners,
      Map<Loan, Set<Element>> loans,
      Map<VariableElement, Mode> reborrows,
      Map<VariableElement, Debt> owed,
      Set<Path> nulls,
      Map<VariableElement, Boolean> flags) {
    this.moved = moved;
    this.owners = owners;
    this.loans = loans;
    this.reborrows = reborrows;
    this.owed = owed;
    this.nulls = nulls;
    this.flags = flags;
  }

  /** The known value of a boolean local, or {@code null}. */
  Boolean flag(VariableElement local) {
    return flags.get(local);
  }

  void setFlag(VariableElement local, Boolean value) {
    if (value == null) {
      flags.remove(local);
    } else {
      flags.put(local, value);
    }
  }

  /** The owned value a local must still release, or {@code null} if it owes nothing. */
  Debt debtOf(VariableElement local) {
    return owed.get(local);
  }

  /** Every local that may still owe a release here, with its debt. */
  Map<VariableElement, Debt> debts() {
    return Collections.unmodifiableMap(owed);
  }

  /** The local now holds an owned value it must release; {@code null} clears its debt. */
  void owe(VariableElement local, Debt debt) {
    if (debt == null) {
      owed.remove(local);
    } else {
      owed.put(local, debt);
    }
  }

  /**
   * The locals that hold the resource {@code local} owes, itself included: those whose debt has
   * the same origin and, with {@code dependents}, those whose resource is released with it.
   */
  Set<VariableElement> sharers(VariableElement local, boolean dependents) {
    Debt d = owed.get(local);
    Set<VariableElement> result = new HashSet<>();
    result.add(local);
    if (d == null || !d.model()) {
      return result;
    }
    Set<Tree> origins = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    origins.add(d.origin());
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Map.Entry<VariableElement, Debt> e : owed.entrySet()) {
        Debt o = e.getValue();
        boolean joined =
            origins.contains(o.origin()) || (dependents && o.parent() != null && origins.contains(o.parent()));
        if (joined && result.add(e.getKey())) {
          grew |= origins.add(o.origin());
        }
      }
    }
    return result;
  }

  /** True if some local other than {@code local} still owes the resource {@code local} owes. */
  boolean isSharedBeyond(VariableElement local) {
    Debt d = owed.get(local);
    if (d == null || !d.model()) {
      return false;
    }
    for (Map.Entry<VariableElement, Debt> e : owed.entrySet()) {
      if (e.getKey() != local && e.getValue().origin() == d.origin()) {
        return true;
      }
    }
    return false;
  }

  /** {@code local} owes nothing any more, nor does any alias of the JDK resource it holds. */
  void settle(VariableElement local) {
    for (VariableElement s : sharers(local, false)) {
      owed.remove(s);
    }
  }

  /** No local owes the JDK resource opened by {@code origin} any more: it was handed on. */
  void settleOrigin(Tree origin) {
    owed.values().removeIf(d -> d.model() && d.origin() == origin);
  }

  /** True if some local owes the resource opened by {@code origin}. */
  boolean owesOrigin(Tree origin) {
    for (Debt d : owed.values()) {
      if (d.origin() == origin) {
        return true;
      }
    }
    return false;
  }

  /** Every debt now lies on the path where an exception was thrown. */
  void throughException(Thrown thrown) {
    owed.replaceAll((local, debt) -> debt.through(thrown));
  }

  /** True if the field path holds nothing to release ({@code null}, moved, closed) here. */
  boolean isNull(Path path) {
    return nulls.contains(path);
  }

  void setNull(Path path, boolean isNull) {
    if (isNull) {
      nulls.add(path);
    } else {
      nulls.remove(path);
    }
  }

  /** The borrow an unannotated local was last given, or {@link Mode#NONE} (SPEC §3, reborrow). */
  Mode reborrowOf(VariableElement local) {
    return reborrows.getOrDefault(local, Mode.NONE);
  }

  /** The unannotated locals that hold a reborrow. */
  Set<VariableElement> reborrowedLocals() {
    return reborrows.keySet();
  }

  void setReborrow(VariableElement local, Mode mode) {
    if (mode.isBorrow()) {
      reborrows.put(local, mode);
    } else {
      reborrows.remove(local);
    }
  }

  OwnershipStore copy() {
    Map<Loan, Set<Element>> l = new HashMap<>();
    for (Map.Entry<Loan, Set<Element>> e : loans.entrySet()) {
      l.put(e.getKey(), new HashSet<>(e.getValue()));
    }
    return new OwnershipStore(
        new HashMap<>(moved),
        new HashSet<>(owners),
        l,
        new HashMap<>(reborrows),
        new HashMap<>(owed),
        new HashSet<>(nulls),
        new HashMap<>(flags));
  }

  /** The state where either this or {@code other} may be the one that holds. */
  OwnershipStore join(OwnershipStore other) {
    Map<Path, Moved> joined = new HashMap<>();
    for (Map.Entry<Path, Moved> e : moved.entrySet()) {
      Moved theirs = other.moved.get(e.getKey());
      if (theirs == null) {
        joined.put(e.getKey(), new Moved(e.getValue().moves(), false));
      } else {
        Set<MovePlan.Move> sites = new LinkedHashSet<>(e.getValue().moves());
        sites.addAll(theirs.moves());
        joined.put(
            e.getKey(),
            new Moved(
                Collections.unmodifiableSet(sites),
                e.getValue().onEveryPath() && theirs.onEveryPath()));
      }
    }
    for (Map.Entry<Path, Moved> e : other.moved.entrySet()) {
      if (!moved.containsKey(e.getKey())) {
        joined.put(e.getKey(), new Moved(e.getValue().moves(), false));
      }
    }
    Set<VariableElement> joinedOwners = new HashSet<>(owners);
    joinedOwners.addAll(other.owners);
    Map<Loan, Set<Element>> joinedLoans = new HashMap<>();
    for (Map<Loan, Set<Element>> side : List.of(loans, other.loans)) {
      for (Map.Entry<Loan, Set<Element>> e : side.entrySet()) {
        joinedLoans.computeIfAbsent(e.getKey(), k -> new HashSet<>()).addAll(e.getValue());
      }
    }
    Map<VariableElement, Mode> joinedReborrows = new HashMap<>(reborrows);
    other.reborrows.forEach(
        (local, mode) -> joinedReborrows.merge(local, mode, (a, b) -> a == Mode.MUT ? a : b));
    // A debt on either side is a debt (owed on some path); the first path that explains it wins.
    Map<VariableElement, Debt> joinedOwed = new HashMap<>(owed);
    other.owed.forEach(
        (local, debt) -> joinedOwed.merge(local, debt, (a, b) -> a.via() != null ? a : b));
    Set<Path> joinedNulls = new HashSet<>(nulls);
    joinedNulls.retainAll(other.nulls);
    Map<VariableElement, Boolean> joinedFlags = new HashMap<>(flags);
    joinedFlags.entrySet().removeIf(e -> !e.getValue().equals(other.flags.get(e.getKey())));
    return new OwnershipStore(
        joined, joinedOwners, joinedLoans, joinedReborrows, joinedOwed, joinedNulls, joinedFlags);
  }

  /** The loans a local holds: it borrows, or was made from something that borrows. */
  Set<Loan> heldBy(Element holder) {
    Set<Loan> result = new LinkedHashSet<>();
    for (Map.Entry<Loan, Set<Element>> e : loans.entrySet()) {
      if (e.getValue().contains(holder)) {
        result.add(e.getKey());
      }
    }
    return result;
  }

  /** A local holds these loans from now on, as well as any it holds already. */
  void hold(Element holder, Set<Loan> held) {
    for (Loan l : held) {
      loans.computeIfAbsent(l, k -> new HashSet<>()).add(holder);
    }
  }

  /** A local gets a new value: it no longer holds what it held (SPEC §3, reassigning). */
  void release(Element holder) {
    loans.values().forEach(h -> h.remove(holder));
    loans.values().removeIf(Set::isEmpty);
  }

  /** The path is given a new value: the loans made of its old value, or of a part of it, end. */
  void endLoansOf(Path path) {
    loans.keySet().removeIf(l -> l.path() != null && path.isPrefixOf(l.path()));
  }

  /** Every loan and the locals that hold it. */
  Map<Loan, Set<Element>> loans() {
    return Collections.unmodifiableMap(loans);
  }

  /** Records a move of {@code path} at {@code site}: it is now moved on every path. */
  void move(Path path, MovePlan.Move site) {
    moved.put(path, new Moved(Set.of(site), true));
    if (path.isRoot() && !path.isThisRooted()) {
      owed.remove(path.root()); // moved on: the new owner releases it
    } else if (!path.isRoot()) {
      nulls.add(path); // moved out or closed: it holds nothing that must still be released
    }
  }

  /**
   * Takes back a move made only at {@code site}: a {@code close()} that throws may have left the
   * resource open, so the code that handles the exception may still close it or use it.
   */
  void undoMove(Path path, MovePlan.Move site) {
    Moved m = moved.get(path);
    if (m != null && m.moves().size() == 1 && m.moves().contains(site)) {
      moved.remove(path); // a field keeps its place in `nulls`: its release was attempted
    }
  }

  /** A new value for {@code path}: it and every path below it are usable again. */
  void reinitialize(Path path) {
    moved.keySet().removeIf(path::isPrefixOf);
  }

  /**
   * Forgets what no later code can observe: moves of locals that are not read again (kept for
   * fields of parameters, which the exit rules look at), and loans no live local holds. This
   * keeps each state as small as the set of live locals, so a long method costs time and memory
   * in proportion to its length.
   */
  void prune(java.util.function.Predicate<Element> live) {
    // A field moved out through a @Mut borrow must be put back before the method ends
    // (field.moved.at.exit): keep it, and the reborrow it was moved through, to the end.
    Set<Element> keep = new HashSet<>();
    for (Path p : moved.keySet()) {
      if (!p.isThisRooted() && !p.isRoot()
          && (p.root().getKind() == javax.lang.model.element.ElementKind.PARAMETER
              || reborrows.get(p.root()) == Mode.MUT)) {
        keep.add(p.root());
      }
    }
    java.util.function.Predicate<Element> needed = e -> live.test(e) || keep.contains(e);
    moved.keySet().removeIf(p -> !p.isThisRooted() && !needed.test(p.root()));
    loans.values().forEach(h -> h.removeIf(e -> !live.test(e)));
    loans.values().removeIf(Set::isEmpty);
    owners.removeIf(o -> !live.test(o));
    reborrows.keySet().removeIf(o -> !needed.test(o));
  }

  /** Every moved path and its state. */
  Map<Path, Moved> moved() {
    return Collections.unmodifiableMap(moved);
  }

  /** The moved paths a read of {@code path} conflicts with: it, its prefixes and its fields. */
  List<Conflict> conflictsWithRead(Path path) {
    List<Conflict> result = new ArrayList<>();
    for (Map.Entry<Path, Moved> e : moved.entrySet()) {
      if (e.getKey().overlaps(path)) {
        result.add(new Conflict(e.getKey(), e.getValue()));
      }
    }
    return result;
  }

  /**
   * The moved paths an assignment to {@code path} conflicts with: only strict prefixes, since
   * assigning {@code x.f} needs {@code x} but gives {@code x.f} a new value.
   */
  List<Conflict> conflictsWithWrite(Path path) {
    List<Conflict> result = new ArrayList<>();
    for (Map.Entry<Path, Moved> e : moved.entrySet()) {
      if (e.getKey().isPrefixOf(path) && !e.getKey().equals(path)) {
        result.add(new Conflict(e.getKey(), e.getValue()));
      }
    }
    return result;
  }

  boolean isOwner(VariableElement local) {
    return owners.contains(local);
  }

  void setOwner(VariableElement local, boolean owner) {
    if (owner) {
      owners.add(local);
    } else {
      owners.remove(local);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OwnershipStore
        && moved.equals(((OwnershipStore) o).moved)
        && owners.equals(((OwnershipStore) o).owners)
        && loans.equals(((OwnershipStore) o).loans)
        && reborrows.equals(((OwnershipStore) o).reborrows)
        && owed.equals(((OwnershipStore) o).owed)
        && nulls.equals(((OwnershipStore) o).nulls)
        && flags.equals(((OwnershipStore) o).flags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(moved, owners, loans, reborrows, owed, nulls, flags);
  }
}
