import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

// Ordinary Java with no ownership annotations: the checker must stay silent.
class LegacyInventory {
  record Item(String sku, String name, int quantity, long priceCents) {
    Item {
      Objects.requireNonNull(sku);
      if (quantity < 0) {
        throw new IllegalArgumentException("negative quantity for " + sku);
      }
    }

    Item withQuantity(int q) {
      return new Item(sku, name, q, priceCents);
    }

    long totalCents() {
      return quantity * priceCents;
    }
  }

  static final class Cache<K, V> {
    private final Map<K, V> entries = new HashMap<>();
    private final Function<K, V> loader;
    private int hits;
    private int misses;

    Cache(Function<K, V> loader) {
      this.loader = loader;
    }

    V get(K key) {
      V v = entries.get(key);
      if (v != null) {
        hits++;
        return v;
      }
      misses++;
      v = loader.apply(key);
      entries.put(key, v);
      return v;
    }

    void invalidate(K key) {
      entries.remove(key);
    }

    String stats() {
      return "hits=" + hits + " misses=" + misses + " size=" + entries.size();
    }
  }

  private final Map<String, Item> bySku = new LinkedHashMap<>();
  private final Map<String, List<String>> skusByCategory = new TreeMap<>();
  private final List<String> log = new ArrayList<>();
  private final Cache<String, String> labels = new Cache<>(sku -> "[" + sku.toUpperCase() + "]");

  void add(Item item, String category) {
    Item old = bySku.put(item.sku(), item);
    if (old != null) {
      log.add("replaced " + old.sku());
    }
    skusByCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(item.sku());
    labels.invalidate(item.sku());
  }

  Optional<Item> find(String sku) {
    return Optional.ofNullable(bySku.get(sku));
  }

  boolean restock(String sku, int amount) {
    Item item = bySku.get(sku);
    if (item == null) {
      return false;
    }
    bySku.put(sku, item.withQuantity(item.quantity() + amount));
    log.add("restocked " + sku + " by " + amount);
    return true;
  }

  int removeSoldOut() {
    int removed = 0;
    Iterator<Map.Entry<String, Item>> it = bySku.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Item> e = it.next();
      if (e.getValue().quantity() == 0) {
        it.remove();
        removed++;
      }
    }
    for (List<String> skus : skusByCategory.values()) {
      skus.removeIf(s -> !bySku.containsKey(s));
    }
    return removed;
  }

  void dropCategory(String category) {
    List<String> skus = skusByCategory.remove(category);
    if (skus == null) {
      return;
    }
    for (String sku : skus) {
      bySku.remove(sku);
    }
  }

  List<Item> cheapestFirst(int limit) {
    return bySku.values().stream()
        .sorted(Comparator.comparingLong(Item::priceCents).thenComparing(Item::name))
        .limit(limit)
        .collect(Collectors.toList());
  }

  Map<String, Long> valueByCategory() {
    Map<String, Long> result = new TreeMap<>();
    for (Map.Entry<String, List<String>> e : skusByCategory.entrySet()) {
      long sum = 0;
      for (String sku : e.getValue()) {
        Item item = bySku.get(sku);
        if (item != null) {
          sum += item.totalCents();
        }
      }
      result.put(e.getKey(), sum);
    }
    return result;
  }

  String report() {
    StringBuilder sb = new StringBuilder();
    sb.append("Inventory (").append(bySku.size()).append(" items)\n");
    for (Item item : bySku.values()) {
      sb.append(String.format("  %-8s %-20s %5d %10.2f%n",
          labels.get(item.sku()), item.name(), item.quantity(), item.priceCents() / 100.0));
    }
    List<String> categories = new ArrayList<>(skusByCategory.keySet());
    Collections.reverse(categories);
    sb.append("categories: ").append(String.join(", ", categories)).append('\n');
    sb.append(labels.stats());
    return sb.toString();
  }

  List<String> recentLog(int n) {
    int from = Math.max(0, log.size() - n);
    return Collections.unmodifiableList(new ArrayList<>(log.subList(from, log.size())));
  }

  static long parsePrice(String text) {
    try {
      String[] parts = text.trim().split("\\.");
      long whole = Long.parseLong(parts[0]);
      long cents = parts.length > 1 ? Long.parseLong((parts[1] + "00").substring(0, 2)) : 0;
      return whole * 100 + cents;
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      return -1;
    }
  }

  static LegacyInventory sample() {
    LegacyInventory inv = new LegacyInventory();
    inv.add(new Item("A1", "bolt", 120, parsePrice("0.15")), "hardware");
    inv.add(new Item("A2", "nut", 0, parsePrice("0.05")), "hardware");
    inv.add(new Item("B1", "glue", 8, parsePrice("3.5")), "supplies");
    inv.restock("B1", 4);
    inv.removeSoldOut();
    Map<String, Long> totals = inv.valueByCategory();
    totals.forEach((k, v) -> inv.log.add(k + "=" + v));
    return inv;
  }
}
