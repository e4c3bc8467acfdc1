package io.newsfacts.extract.numbers;

import io.newsfacts.lexicon.Lexicon;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads spelled-out French cardinals and ordinals from a run of lower-case words ("quatre", "vingt",
 * "dix", "sept" for "quatre-vingt-dix-sept"; "deux cent mille"; Belgian and Swiss "septante",
 * "nonante"). It takes the longest well-formed number at the start of the run, so "cinq zéro" or
 * "mille mille" read as two numbers, as a French reader would. Words come from
 * models/numbers/number-words.txt.
 */
final class NumberWords {
  /** A number read from the first {@code words} words of a run. */
  record Reading(double value, int words, boolean ordinal) {}

  private enum Cls { ZERO, UNIT, TEEN, TEN, HUNDRED, SCALE }

  private record Word(long value, Cls cls) {}

  private static final Map<String, Word> WORDS = load();

  private NumberWords() {}

  private static Map<String, Word> load() {
    Map<String, Word> out = new HashMap<>();
    for (String line : Lexicon.lines("numbers/number-words.txt")) {
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IllegalStateException("numbers/number-words.txt: expected word, value, class: " + line);
      }
      out.put(f[0], new Word(Long.parseLong(f[1]), Cls.valueOf(f[2].toUpperCase(java.util.Locale.ROOT))));
    }
    return out;
  }

  /** Whether {@code w} (lower case) is a cardinal number word. */
  static boolean isNumberWord(String w) {
    return WORDS.containsKey(w);
  }

  /**
   * Whether {@code w} can start a spelled-out number: a number word or an ordinal, but not the
   * plural of a ten or a hundred, which only ends one ("quatre-vingts", "deux cents").
   */
  static boolean startsNumber(String w) {
    Word x = WORDS.get(w);
    return x != null && !((x.cls == Cls.TEN || x.cls == Cls.HUNDRED) && w.endsWith("s")) || cardinalOfOrdinal(w) != null;
  }

  /** Whether {@code w} is a word for zero ("zéro", "zero"). */
  static boolean isZero(String w) {
    Word x = WORDS.get(w);
    return x != null && x.cls == Cls.ZERO;
  }

  /** Whether {@code w} can go on a run of number words: a number word, "et", an ordinal. */
  static boolean isRunWord(String w) {
    return isNumberWord(w) || w.equals("et") || cardinalOfOrdinal(w) != null;
  }

  /** Whether {@code w} is a scale word (mille, million, milliard...). */
  static boolean isScale(String w) {
    Word x = WORDS.get(w);
    return x != null && x.cls == Cls.SCALE;
  }

  /** The value of a scale word, or 0. */
  static long scale(String w) {
    Word x = WORDS.get(w);
    return x != null && x.cls == Cls.SCALE ? x.value : 0;
  }

  /**
   * The cardinal word an ordinal stands for ("cinquième" -> "cinq", "neuvième" -> "neuf",
   * "millionième" -> "million", "premier" -> "un"), or null when {@code w} is not an ordinal.
   */
  static String cardinalOfOrdinal(String w) {
    String s = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    if (s.equals("premier") || s.equals("première") || s.equals("premiere")) {
      return "un";
    }
    if (!s.endsWith("ième") && !s.endsWith("ieme")) {
      return null;
    }
    String stem = s.substring(0, s.length() - 4);
    if (stem.equals("un")) {
      return "un";
    }
    for (String c : new String[] {stem, stem + "e", stem.endsWith("v") ? stem.substring(0, stem.length() - 1) + "f" : "",
        stem.endsWith("qu") ? stem.substring(0, stem.length() - 1) : ""}) {
      Word x = WORDS.get(c);
      if (x != null && x.cls != Cls.ZERO && !c.equals("une")) {
        return c;
      }
    }
    return null;
  }

  /**
   * The longest number at the start of {@code run} (lower-case words, hyphens already split off),
   * or null. A run may end with an ordinal ("vingt et unième"); the reading is then ordinal. Leading
   * zeros are read as in "zéro huit" (8); a single "zéro" is 0.
   */
  static Reading read(List<String> run) {
    int n = run.size();
    String[] w = new String[n];
    boolean lastOrdinal = false;
    for (int i = 0; i < n; i++) {
      String c = WORDS.containsKey(run.get(i)) || run.get(i).equals("et") ? run.get(i) : cardinalOfOrdinal(run.get(i));
      if (c == null) {
        n = i;
        break;
      }
      w[i] = c;
      if (!c.equals(run.get(i))) {
        n = i + 1; // an ordinal ends the number
        lastOrdinal = true;
        break;
      }
    }
    if (n == 0) {
      return null;
    }
    String[] words = java.util.Arrays.copyOf(w, n);
    int zeros = 0;
    while (zeros < n && cls(words[zeros]) == Cls.ZERO) {
      zeros++;
    }
    long[] r = number(words, zeros);
    if (r == null) {
      return zeros > 0 ? new Reading(0, zeros == n || cls(words[zeros]) == null ? 1 : 1, false) : null;
    }
    int end = (int) r[1];
    return new Reading(r[0], end, lastOrdinal && end == n);
  }

  private static Cls cls(String w) {
    Word x = WORDS.get(w);
    return x == null ? null : x.cls;
  }

  private static long val(String w) {
    return WORDS.get(w).value;
  }

  private static String at(String[] w, int i) {
    return i < w.length ? w[i] : "";
  }

  /** {value, end} of a number below 100 at i, or null. */
  private static long[] below100(String[] w, int i) {
    Cls c = cls(at(w, i));
    if (c == null) {
      return null;
    }
    String t = w[i];
    switch (c) {
      case UNIT -> {
        if (t.equals("quatre") && (at(w, i + 1).equals("vingt") || at(w, i + 1).equals("vingts"))) {
          return eighty(w, i + 2);
        }
        return new long[] {val(t), i + 1};
      }
      case TEEN -> {
        return teen(w, i);
      }
      case TEN -> {
        long v = val(t);
        if (t.equals("soixante")) {
          if (at(w, i + 1).equals("et") && (at(w, i + 2).equals("un") || at(w, i + 2).equals("une")
              || at(w, i + 2).equals("onze"))) {
            return new long[] {60 + val(w[i + 2]), i + 3};
          }
          if (cls(at(w, i + 1)) == Cls.TEEN) {
            long[] tt = teen(w, i + 1);
            return new long[] {60 + tt[0], tt[1]};
          }
        }
        if (at(w, i + 1).equals("et") && (at(w, i + 2).equals("un") || at(w, i + 2).equals("une"))) {
          return new long[] {v + 1, i + 3};
        }
        if (cls(at(w, i + 1)) == Cls.UNIT && !isEighty(w, i + 1)) {
          return new long[] {v + val(w[i + 1]), i + 2};
        }
        return new long[] {v, i + 1};
      }
      default -> {
        return null;
      }
    }
  }

  private static boolean isEighty(String[] w, int i) {
    return w[i].equals("quatre") && (at(w, i + 1).equals("vingt") || at(w, i + 1).equals("vingts"));
  }

  private static long[] teen(String[] w, int i) {
    long v = val(w[i]);
    String next = at(w, i + 1);
    if (w[i].equals("dix") && (next.equals("sept") || next.equals("huit") || next.equals("neuf"))) {
      return new long[] {10 + val(next), i + 2};
    }
    return new long[] {v, i + 1};
  }

  private static long[] eighty(String[] w, int j) {
    String t = at(w, j);
    if (t.equals("et") && (at(w, j + 1).equals("un") || at(w, j + 1).equals("une"))) {
      return new long[] {81, j + 2};
    }
    Cls c = cls(t);
    if (c == Cls.UNIT && !isEighty(w, j)) {
      return new long[] {80 + val(t), j + 1};
    }
    if (c == Cls.TEEN) {
      long[] tt = teen(w, j);
      return new long[] {80 + tt[0], tt[1]};
    }
    return new long[] {80, j};
  }

  /** {value, end} of a number below 2000 without scale word ("deux cent douze", "dix-neuf cent"). */
  private static long[] group(String[] w, int i) {
    long[] a = below100(w, i);
    if (a != null) {
      long v = a[0];
      boolean canMultiply = (v >= 2 && v <= 9) || (v >= 11 && v <= 19);
      if (canMultiply && cls(at(w, (int) a[1])) == Cls.HUNDRED) {
        long total = v * 100;
        int e = (int) a[1] + 1;
        long[] b = below100(w, e);
        return b == null ? new long[] {total, e} : new long[] {total + b[0], b[1]};
      }
      return a;
    }
    if (cls(at(w, i)) == Cls.HUNDRED) {
      long[] b = below100(w, i + 1);
      return b == null ? new long[] {100, i + 1} : new long[] {100 + b[0], b[1]};
    }
    return null;
  }

  /** {value, end} of the longest well-formed number at i, or null. */
  private static long[] number(String[] w, int i) {
    long total = 0;
    int pos = i;
    long lastScale = Long.MAX_VALUE;
    long[] best = null;
    while (pos < w.length) {
      long[] g = group(w, pos);
      int p = g == null ? pos : (int) g[1];
      if (cls(at(w, p)) == Cls.SCALE) {
        long s = val(w[p]);
        int q = p + 1;
        if (s == 1000 && cls(at(w, q)) == Cls.SCALE && val(w[q]) > 1000) {
          s *= val(w[q]); // "mille milliards"
          q++;
        }
        long mult = g != null ? g[0] : s == 1000 ? 1 : -1;
        if (s >= lastScale || mult < 0 || mult >= 1000) {
          break;
        }
        total += mult * s;
        pos = q;
        lastScale = s;
        best = new long[] {total, pos};
        continue;
      }
      if (g != null && g[0] < lastScale) {
        total += g[0];
        best = new long[] {total, g[1]};
      }
      break;
    }
    return best;
  }
}
