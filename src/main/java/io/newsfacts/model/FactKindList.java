package io.newsfacts.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The registered fact kinds, checked once: distinct names, plurals and records, every need met by
 * a kind of the list, no cycle. Its order is the output order (JSON arrays, tables, fact counts);
 * {@link #runOrder} is the order the pipeline runs them in (each after the kinds it needs,
 * otherwise in registration order). Immutable.
 */
public final class FactKindList implements Iterable<FactKind<?>> {
  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9]*");
  /** Document types of the index and lines of search output that are not fact kinds. */
  private static final Set<String> RESERVED_NAMES = Set.of("article", "file", "facets");
  /** The article's own fields in the extract JSON, which a kind's array must not shadow. */
  private static final Set<String> ARTICLE_FIELDS =
      Set.of("id", "source", "title", "author", "publisher", "published", "language", "text");

  private final List<FactKind<?>> kinds;
  private final List<FactKind<?>> runOrder;

  private FactKindList(List<FactKind<?>> kinds) {
    this.kinds = List.copyOf(kinds);
    check(this.kinds);
    this.runOrder = dependencyOrder(this.kinds);
  }

  public static FactKindList of(FactKind<?>... kinds) {
    return new FactKindList(List.of(kinds));
  }

  public static FactKindList of(List<FactKind<?>> kinds) {
    return new FactKindList(kinds);
  }

  /** This list and {@code kind} after it. */
  public FactKindList plus(FactKind<?> kind) {
    List<FactKind<?>> more = new ArrayList<>(kinds);
    more.add(kind);
    return new FactKindList(more);
  }

  /** The kinds in output order. */
  public List<FactKind<?>> all() {
    return kinds;
  }

  /** The kinds in the order the pipeline runs them: each after the kinds it needs. */
  public List<FactKind<?>> runOrder() {
    return runOrder;
  }

  public int size() {
    return kinds.size();
  }

  @Override
  public Iterator<FactKind<?>> iterator() {
    return kinds.iterator();
  }

  /** Position of {@code kind} in output order, or -1. */
  public int indexOf(FactKind<?> kind) {
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i) == kind) {
        return i;
      }
    }
    return -1;
  }

  /** The kind whose facts are {@code type}, or -1. */
  public int indexOf(Class<? extends Fact> type) {
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i).factType() == type) {
        return i;
      }
    }
    return -1;
  }

  /** The kind called {@code name} ("entity"), or null. */
  public FactKind<?> named(String name) {
    for (FactKind<?> k : kinds) {
      if (k.name().equals(name)) {
        return k;
      }
    }
    return null;
  }

  /** The kinds' singular names, in output order. */
  public List<String> names() {
    List<String> out = new ArrayList<>(kinds.size());
    for (FactKind<?> k : kinds) {
      out.add(k.name());
    }
    return Collections.unmodifiableList(out);
  }

  private static void check(List<FactKind<?>> kinds) {
    Set<String> names = new HashSet<>();
    Set<Class<?>> types = new HashSet<>();
    for (FactKind<?> k : kinds) {
      Objects.requireNonNull(k, "fact kind");
      String name = k.name();
      String plural = k.plural();
      if (name == null || !WORD.matcher(name).matches() || plural == null || !WORD.matcher(plural).matches()) {
        throw new IllegalArgumentException("a fact kind's name and plural must be lower-case words, were '"
            + name + "' and '" + plural + "'");
      }
      if (RESERVED_NAMES.contains(name) || RESERVED_NAMES.contains(plural) || ARTICLE_FIELDS.contains(plural)) {
        throw new IllegalArgumentException("fact kind '" + name + "' (" + plural + ") takes a reserved name");
      }
      if (!names.add(name) || !names.add(plural) && !plural.equals(name)) {
        throw new IllegalArgumentException("two fact kinds are called '" + name + "' or '" + plural + "'");
      }
      if (!types.add(Objects.requireNonNull(k.factType(), "fact type of " + name))) {
        throw new IllegalArgumentException("two fact kinds give " + k.factType().getSimpleName() + " facts");
      }
    }
    for (FactKind<?> k : kinds) {
      for (Class<? extends Fact> need : k.needs()) {
        if (!types.contains(need)) {
          throw new IllegalArgumentException("fact kind '" + k.name() + "' needs " + need.getSimpleName()
              + " facts, which no registered kind gives");
        }
      }
    }
  }

  /** Registration order, except that a kind waits for the kinds it needs. */
  private static List<FactKind<?>> dependencyOrder(List<FactKind<?>> kinds) {
    List<FactKind<?>> order = new ArrayList<>(kinds.size());
    Set<Class<?>> done = new HashSet<>();
    while (order.size() < kinds.size()) {
      FactKind<?> next = null;
      for (FactKind<?> k : kinds) {
        if (!order.contains(k) && done.containsAll(k.needs())) {
          next = k;
          break;
        }
      }
      if (next == null) {
        List<String> stuck = new ArrayList<>();
        for (FactKind<?> k : kinds) {
          if (!order.contains(k)) {
            stuck.add(k.name());
          }
        }
        throw new IllegalArgumentException("fact kinds " + stuck + " need each other's facts: no order runs them");
      }
      order.add(next);
      done.add(next.factType());
    }
    return List.copyOf(order);
  }
}
