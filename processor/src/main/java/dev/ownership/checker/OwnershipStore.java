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
  record Moved(Set<MovePlan.Move> moves, boolean onEveryPath) {}

  /** One moved path that conflicts with a read. */
  record Conflict(Path path, Moved moved) {}

  private final Map<Path, Moved> moved;
  private final Set<VariableElement> owners;

  OwnershipStore() {
    this(new HashMap<>(), new HashSet<>());
  }

  private OwnershipStore(Map<Path, Moved> moved, Set<VariableElement> owners) {
    this.moved = moved;
    this.owners = owners;
  }

  OwnershipStore copy() {
    return new OwnershipStore(new HashMap<>(moved), new HashSet<>(owners));
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
    return new OwnershipStore(joined, joinedOwners);
  }

  /** Records a move of {@code path} at {@code site}: it is now moved on every path. */
  void move(Path path, MovePlan.Move site) {
    moved.put(path, new Moved(Set.of(site), true));
  }

  /** A new value for {@code path}: it and every path below it are usable again. */
  void reinitialize(Path path) {
    moved.keySet().removeIf(path::isPrefixOf);
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
        && owners.equals(((OwnershipStore) o).owners);
  }

  @Override
  public int hashCode() {
    return Objects.hash(moved, owners);
  }
}
