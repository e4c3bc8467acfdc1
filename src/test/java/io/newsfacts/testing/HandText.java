package io.newsfacts.testing;

import io.newsfacts.model.AnnotatedText;
import io.newsfacts.model.Sentence;
import io.newsfacts.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link AnnotatedText} by hand for extractor tests that run without the models. Entity
 * tags are written inline: {@code "[PER Jonathan Lavallée] a dit"} tags both words PER. Sentences
 * end at ". ", "! ", "? " or a blank line; tokens are words, numbers and single punctuation marks.
 */
public final class HandText {
  private static final Pattern TAG = Pattern.compile("\\[(PER|LOC|ORG|MISC) ([^\\]]+)\\]");
  // initials before a capitalised word are one token, as CoreNLP's French tokenizer keeps them
  // ("J.-V. Placé", "F. Hollande")
  private static final Pattern TOKEN = Pattern.compile(
      "\\p{Lu}\\.(?:-?\\p{Lu}\\.)*(?=\\s\\p{Lu})|[\\p{L}\\p{N}]+(?:[-’'][\\p{L}\\p{N}]+)*[’']?|\\S");

  private HandText() {}

  /**
   * {@code doc} with a hand-written dependency parse of its sentence {@code index}: one
   * "relation>head" per token ("nsubj>2", "root>-1"), heads indexing the sentence's tokens, with
   * the part of speech after a slash where a rule reads it ("root>-1/VERB", "nsubj>2/PRON").
   */
  public static AnnotatedText parsed(AnnotatedText doc, int index, String dependencies) {
    List<Sentence> sentences = new ArrayList<>(doc.sentences());
    Sentence s = sentences.get(index);
    String[] deps = dependencies.trim().split("\\s+");
    if (deps.length != s.tokens().size()) {
      throw new IllegalArgumentException(deps.length + " dependencies for " + s.tokens().size() + " tokens: "
          + s.tokens().stream().map(Token::word).toList());
    }
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < deps.length; i++) {
      Token t = s.tokens().get(i);
      String[] d = deps[i].split("[>/]");
      String pos = d.length > 2 ? d[2] : t.pos();
      tokens.add(new Token(t.word(), t.start(), t.end(), pos, t.ner(), Integer.parseInt(d[1]), d[0]));
    }
    sentences.set(index, new Sentence(s.start(), s.end(), tokens));
    return new AnnotatedText(doc.text(), sentences);
  }

  public static AnnotatedText of(String marked) {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    Matcher m = TAG.matcher(marked);
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      int start = text.length();
      text.append(m.group(2));
      spans.add(new int[] {start, text.length()});
      tags.add(m.group(1));
      last = m.end();
    }
    text.append(marked.substring(last));
    String t = text.toString();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int sentenceStart = -1;
    Matcher tm = TOKEN.matcher(t);
    while (tm.find()) {
      if (sentenceStart < 0) {
        sentenceStart = tm.start();
      }
      String ner = "O";
      for (int i = 0; i < spans.size(); i++) {
        if (tm.start() >= spans.get(i)[0] && tm.end() <= spans.get(i)[1]) {
          ner = tags.get(i);
        }
      }
      tokens.add(new Token(tm.group(), tm.start(), tm.end(), "", ner));
      boolean end = ".!?".contains(tm.group()) && (tm.end() == t.length() || Character.isWhitespace(t.charAt(tm.end())));
      boolean para = tm.end() + 1 < t.length() && t.startsWith("\n\n", tm.end());
      if (end || para) {
        sentences.add(new Sentence(sentenceStart, tm.end(), tokens));
        tokens = new ArrayList<>();
        sentenceStart = -1;
      }
    }
    if (!tokens.isEmpty()) {
      sentences.add(new Sentence(sentenceStart, tokens.get(tokens.size() - 1).end(), tokens));
    }
    return new AnnotatedText(t, sentences);
  }
}
