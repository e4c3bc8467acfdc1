package io.newsfacts.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The French role nouns ("porte-parole", "sénatrice", "premier ministre"), read once from {@code
 * models/common/role-nouns.txt}: the one list the entity and the quote extractors take their role
 * nouns from. A line is {@code noun [m|f] [+tag ...]}; the file says what each tag means and
 * which extractor skips the lines that carry it.
 */
public final class FrenchRoles {
  /** Tags a line may carry; any other "+word" is a mistake in the file. */
  public static final Set<String> TAGS = Set.of("kin", "ordinal", "adjective", "quotes-only");

  private static final List<RoleNoun> NOUNS = parse(Lexicon.lines("common/role-nouns.txt"));
  /** One word at a time, as the entity extractor matches them; not the lines it must skip. */
  private static final List<RoleNoun> FOR_ENTITIES =
      NOUNS.stream().filter(n -> n.oneWord() && !n.tagged("adjective", "quotes-only")).toList();
  private static final List<RoleNoun> FOR_QUOTES = NOUNS.stream().filter(n -> !n.tagged("kin", "ordinal")).toList();

  private FrenchRoles() {}

  /**
   * A role noun.
   *
   * @param noun lower case, one or two words ("maire", "premier ministre")
   * @param gender 'm' or 'f' when the noun fixes its holder's gender, else null
   * @param tags the line's tags, without their "+"
   */
  public record RoleNoun(String noun, Character gender, Set<String> tags) {
    public RoleNoun {
      if (noun == null || noun.isBlank()) {
        throw new IllegalArgumentException("a role noun needs a noun");
      }
      tags = Set.copyOf(tags);
    }

    /** Whether the line carries any of {@code tags}. */
    public boolean tagged(String... tags) {
      for (String t : tags) {
        if (this.tags.contains(t)) {
          return true;
        }
      }
      return false;
    }

    public boolean oneWord() {
      return noun.indexOf(' ') < 0;
    }
  }

  /** Every role noun of the file, in file order. */
  public static List<RoleNoun> nouns() {
    return NOUNS;
  }

  /**
   * The role nouns the entity extractor reads: the one-word lines (it matches a word at a time)
   * but those tagged +adjective or +quotes-only.
   */
  public static List<RoleNoun> forEntities() {
    return FOR_ENTITIES;
  }

  /** The role nouns the quote extractor reads: every line but those tagged +kin or +ordinal. */
  public static List<RoleNoun> forQuotes() {
    return FOR_QUOTES;
  }

  static List<RoleNoun> parse(List<String> lines) {
    List<RoleNoun> out = new ArrayList<>();
    for (String line : lines) {
      List<String> words = new ArrayList<>(List.of(line.split("\\s+")));
      List<String> tags = new ArrayList<>();
      while (words.size() > 1 && words.get(words.size() - 1).startsWith("+")) {
        String tag = words.remove(words.size() - 1).substring(1);
        if (!TAGS.contains(tag)) {
          throw new IllegalStateException("models/common/role-nouns.txt: unknown tag +" + tag + " (" + line + ")");
        }
        tags.add(tag);
      }
      Character gender = null;
      String last = words.get(words.size() - 1);
      if (words.size() > 1 && (last.equals("m") || last.equals("f"))) {
        gender = last.charAt(0);
        words.remove(words.size() - 1);
      }
      out.add(new RoleNoun(String.join(" ", words), gender, Set.copyOf(tags)));
    }
    return Collections.unmodifiableList(out);
  }
}
