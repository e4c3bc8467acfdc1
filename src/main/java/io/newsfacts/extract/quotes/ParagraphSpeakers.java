package io.newsfacts.extract.quotes;

import io.newsfacts.lexicon.Lexicon;
import io.newsfacts.model.Entity;
import io.newsfacts.model.EntityType;
import io.newsfacts.text.QuoteMarks.Marked;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Speakers a quote with no cue of its own takes from the sentences around it: the person a
 * sentence before it introduced as its subject ("Leur président, X, s'est exprimé sur BFMTV.
 * «...»"), or the person opening the next sentence with a reporting verb ("«...» Sur France Info,
 * X, un des coauteurs du livre, résume").
 */
final class ParagraphSpeakers {
  /** How far before a quote with no cue the sentence introducing its speaker may start. */
  private static final int INTRO_REACH = 600;
  /** Words allowed before a subject in its sentence ("Leur président," "Invitée de France Inter,"). */
  private static final int SUBJECT_LEAD = 8;

  private final QuotedText quoted;
  private final People people;
  private final VerbGroups verbs;
  private final SpeakerResolver resolver;
  private final ApposedComplements complements;
  private final DialogueTurns turns;
  private final OtherActors actors;
  private final UnnamedActors unnamed;
  private final RoleNouns roleNouns;
  private final SectionBreaks sections;

  ParagraphSpeakers(ArticleReading reading, RoleNouns roleNouns) {
    this.quoted = reading.quoted();
    this.people = reading.people();
    this.verbs = reading.verbs();
    this.resolver = reading.resolver();
    this.complements = new ApposedComplements(verbs, roleNouns);
    this.turns = new DialogueTurns(quoted, people, verbs);
    this.actors = new OtherActors(reading, roleNouns);
    this.unnamed = new UnnamedActors(quoted, verbs, roleNouns);
    this.roleNouns = roleNouns;
    this.sections = new SectionBreaks(quoted.text());
  }

  /** The turns of a dialogue or an exchange around a quote: {@link DialogueTurns}. */
  DialogueTurns turns() {
    return turns;
  }

  /** Whether someone other than the previous speaker takes the turn: {@link OtherActors}. */
  OtherActors actors() {
    return actors;
  }

  /** Whether someone the article does not name takes the turn: {@link UnnamedActors}. */
  boolean unnamedActsBetween(int from, int at, Speaker previous) {
    return unnamed.actsBetween(from, at, previous);
  }

  /** The indefinite phrase subject of the clause a colon right before a quote closes: {@link UnnamedActors#colonSubject}. */
  Speaker unnamedColon(List<Word> left) {
    return unnamed.colonSubject(left);
  }

  /**
   * A quote with no cue of its own after a sentence whose subject is a person ("Leur président,
   * X, s'est exprimé sur BFMTV. «...»"): the last such person since the previous quote, within
   * {@link #INTRO_REACH} characters, or null.
   */
  Speaker introduced(int at, Speaker previous) {
    if (TeaserLines.on(quoted.text(), at)) {
      return null; // ">> Sans alliance, le FN «...»": another article's title
    }
    int from = Math.max(0, at - INTRO_REACH);
    if (previous != null) {
      from = Math.max(from, previous.at());
    }
    // a person of a list ("une quarantaine de parlementaires, dont X, Y ou Z, assistaient") is
    // spoken of, not introduced as the one who speaks
    Speaker s = null;
    for (Entity e : people.personsSince(from, at, resolver::notAntecedent)) {
      if (agentOfVerbless(e) && quoted.text().substring(e.end(), at).indexOf('\n') >= 0) {
        continue; // the agent a verbless sentence brings in speaks on in its own paragraph only
      }
      if (isSubject(e) || speaksAfterQuote(e, from)) {
        s = resolver.person(e, null);
        break;
      }
    }
    // "X a laissé carte blanche à Y. Cette dernière a choisi ...": a later subject standing for the last person named
    Speaker latest = latestOfThem(s == null ? from : Math.max(from, s.at() + 1), at);
    s = latest != null ? latest : s;
    return s != null && previous != null && previous.name().equals(s.name()) ? previous : s;
  }

  /** Words an adverb may put between an inverted reporting verb and its subject ("», rectifie aussitôt X"). */
  private static final int INCISE_GAP = 2;

  /**
   * Whether person {@code e} is the inverted subject of a reporting verb right after a closing
   * quotation mark ("Y pourrait déclarer forfait. «Pas à ma connaissance», rectifie X."): words too
   * short to count as a quote, whose speaker is the latest to speak, not the subject before them.
   * The words must come after offset {@code from}: the previous quote's own incise does not count.
   */
  private boolean speaksAfterQuote(Entity e, int from) {
    List<Word> ws = quoted.words(quoted.sentenceStart(e.start()), e.start());
    for (int j = ws.size() - 1; j >= 2 && ws.size() - 1 - j <= INCISE_GAP + 2; j--) {
      Word mark = ws.get(j - 2);
      if (!ws.get(j - 1).is(",") || !mark.is("«»", "»", "\"", "”") || mark.start() <= from) {
        continue; // (a quote is one "«»" word, words too short for one keep their marks)
      }
      VerbGroup vg = verbs.verbAt(ws, j);
      vg = vg != null ? vg : VerbGroups.formAt(ws, j); // "rectifie": a verb in no list, by its form
      return vg != null && vg.pronoun() == null && ws.size() - 1 - vg.last() <= INCISE_GAP;
    }
    return false;
  }

  /**
   * The person "ce dernier", "cette dernière", "celui-ci" or "celle-ci" stands for when it opens
   * (after the frames) the last sentence between {@code from} and {@code at} as the subject of a
   * verb: the last person named before it whose gender fits, outside quotes. Null otherwise.
   */
  private Speaker latestOfThem(int from, int at) {
    int start = quoted.sentenceStart(Math.max(0, at - 1));
    while (start > from) {
      List<Word> ws = quoted.words(start, quoted.sentenceEnd(start));
      int f = Frames.end(ws, verbs);
      Character gender = f + 2 < ws.size() ? demonstrative(ws.get(f), ws.get(f + 1)) : null;
      if (gender != null) {
        int k = ws.get(f + 1).is("dernier", "dernière") ? f + 2 : f + 1;
        if (k < ws.size() && (verbs.verbAt(ws, k) != null || FrenchWords.FINITE_VERBS.contains(ws.get(k).lower()))) {
          // the last one named, in the sentence before: "ce dernier" may be a thing named after a person
          int at0 = ws.get(f).start();
          Entity e = people.lastPerson(at0, gender, quoted::inQuote);
          List<Entity> named = people.mentionsSince(quoted.previousSentenceStart(start), at0);
          named.removeIf(m -> quoted.inQuote(m.start()));
          return e == null || named.isEmpty() || named.get(0) != e ? null : resolver.person(e, null).at(at0);
        }
      }
      int before = quoted.previousSentenceStart(start);
      if (before >= start) {
        break; // (a sentence the splitter opens inside a quote may lead back to itself)
      }
      start = before;
    }
    return null;
  }

  /** The gender of "ce dernier" (m), "cette dernière", "celle-ci" (f), "celui-ci" (m) at {@code a b}, or null. */
  private static Character demonstrative(Word a, Word b) {
    if (a.is("ce") && b.is("dernier") || a.is("celui-ci")) {
      return 'm';
    }
    return a.is("cette") && b.is("dernière") || a.is("celle-ci") ? 'f' : null;
  }

  /** A verb with its inverted subject pronoun: "a-t-il", "poursuit-elle", "ajoutent-ils". */
  private static final Pattern INVERTED = Pattern.compile("-(?:t-)?(?:il|elle)s?$");

  /** «... de son existence.» Sur France Info, ...: the quote's words end its sentence. */
  boolean closesSentence(Marked q) {
    String text = quoted.text();
    int last = q.end() - 1;
    while (last > q.start() && Word.isSpace(text.charAt(last))) {
      last--;
    }
    if (last < 0 || ".!?…".indexOf(text.charAt(last)) < 0) {
      return false;
    }
    int i = q.close();
    while (i < text.length() && Word.isSpace(text.charAt(i)) && text.charAt(i) != '\n') {
      i++;
    }
    return i < text.length() && Character.isUpperCase(text.charAt(i));
  }

  /**
   * A quote standing as its own sentence, then "Sur France Info, X, un des coauteurs du livre
   * sur lequel ..., résume ...": the person opening the next sentence of the paragraph as the
   * subject of a reporting verb (relative clauses read over), or null. With {@code opening} (the
   * quote opens its paragraph: "«Je n'ai pas changé d'avis». X, porteuse de l'écotaxe, a défendu
   * ..."), of any verb but a state or a passive: a paragraph that opens on words and goes on with a
   * person's act is that person's lead-in.
   */
  Speaker announcedAfter(int end, boolean opening) {
    FirstPerson next = firstPersonAfter(end);
    if (next == null || !isSubject(next.person())) {
      return null;
    }
    Entity first = next.person();
    List<Word> ws = quoted.words(first.end(), next.to());
    boolean relative = false;
    for (int i = 0; i < ws.size(); i++) {
      Word w = ws.get(i);
      if (w.is(",")) {
        relative = false;
      } else if (w.is(FrenchWords.RELATIVE_PRONOUNS)) {
        relative = true;
      }
      if (relative) {
        continue;
      }
      VerbGroup vg = verbs.verbAt(ws, i);
      if (vg != null) {
        return vg.pronoun() == null && !verbs.isNegated(ws, vg) ? resolver.person(first, null) : null;
      }
      boolean byForm = opening && VerbForms.thirdPerson(w.lower()) && i > 0 && !FrenchWords.DETERMINERS.contains(ws.get(i - 1).lower())
          && !FrenchWords.PREPOSITIONS.contains(ws.get(i - 1).lower()); // "la taxe" is a noun
      if (verbs.isVerb(w) || byForm) {
        // another verb first: "X est arrivé il y a dix jours" (an event, not an act: also after a
        // quote opening the paragraph, as "X a été élu"); "X a défendu", "X affiche" after one
        return opening && !VerbGroups.isState(ws, i) ? resolver.person(first, null) : null;
      }
    }
    return null;
  }

  /**
   * The person the paragraph that quote {@code q} opens names after it when the speaker {@code
   * previous} would be carried in from an earlier paragraph: "«Je ne serai plus jamais socialiste
   * sans être écologiste». Loin d'une juxtaposition de circonstance, X démontre ...", "«C'était un
   * Conseil assez agréable». Sourire aux lèvres, la porte-parole X a rapporté ...": the next
   * sentence opens on that person's act ({@link #announcedAfter}). A new paragraph opened by words
   * is led into by what follows them, not by the last paragraph's speaker. Null otherwise.
   */
  Speaker announcedInNewParagraph(Marked q, Speaker carried) {
    int paragraph = quoted.paragraphStart(q.open());
    if (carried.at() >= paragraph || !opensParagraph(q.open())) {
      return null;
    }
    String text = quoted.text();
    int from = q.close();
    if (from < text.length() && text.charAt(from) == '.') {
      from++; // "«...». X a rapporté"
    } else if (!closesSentence(q)) {
      return null;
    }
    FirstPerson next = firstPersonAfter(from);
    if (next == null) {
      return null;
    }
    Speaker s = actors.actsFirst(next.person(), next.from(), next.to()) ? resolver.person(next.person(), null) : null;
    return s == null || s.name().equals(carried.name()) ? null : s;
  }

  /** The person a sentence names first, with the sentence's bounds [from, to). */
  private record FirstPerson(Entity person, int from, int to) {}

  /** The first person the sentence starting at {@code at} (spaces skipped, same line) names, or null. */
  private FirstPerson firstPersonAfter(int at) {
    String text = quoted.text();
    int from = at;
    while (from < text.length() && Word.isSpace(text.charAt(from)) && text.charAt(from) != '\n') {
      from++;
    }
    if (from >= text.length() || text.charAt(from) == '\n') {
      return null;
    }
    int to = quoted.sentenceEnd(from);
    List<Entity> persons = people.personsSince(from, to, quoted::inQuote);
    return persons.isEmpty() ? null : new FirstPerson(persons.get(persons.size() - 1), from, to);
  }

  /**
   * Whether the quote's own sentence goes on after it with a reporting verb and then a person other
   * than {@code carried} ("«...» avait déjà glissé le 15 mai dans la matinée Y, porte-parole"): the
   * sentence names who said the words even where no rule reads it as an incise; a speaker carried
   * over from before must not take them.
   */
  boolean otherNamedAfter(Marked q, Speaker carried) {
    int to = quoted.sentenceEnd(q.close());
    List<Word> ws = quoted.words(q.close(), to);
    for (int i = 0; i < ws.size(); i++) {
      if (ws.get(i).is("«»")) {
        return false; // another quote: the words after it are its own
      }
      if (ws.get(i).isWord()) {
        int j = i;
        while (j < ws.size() - 1 && ws.get(j).is("l'", "lui", "leur", "me", "m'", "nous", "vous")) {
          j++; // "» l'interroge alors un sénateur": the one spoken to before the verb
        }
        VerbGroup vg = verbs.verbAt(ws, j);
        // the verb must come right after the quote: "», il se déclare candidat à la succession de
        // Y" has its subject before the verb, and Y is spoken of
        if (vg == null || vg.pronoun() != null || vg.last() + 1 >= ws.size()) {
          return false;
        }
        List<Entity> after = people.personsSince(ws.get(vg.last() + 1).start(), to, quoted::inQuote);
        Entity first = after.isEmpty() ? null : after.get(after.size() - 1);
        if (first == null && j > i) {
          return unnamedAfter(ws, vg.last() + 1, carried); // "» l'interroge alors un sénateur"
        }
        return first != null && !resolver.isModifierMention(first)
            && !resolver.person(first, null).name().equals(carried.name());
      }
    }
    return false;
  }

  /** Words an adverb may put between an inverted verb and its subject ("l'interroge alors un sénateur"). */
  private static final int SUBJECT_GAP = 2;

  /**
   * Whether a person the article does not name, of a role other than {@code carried}'s, follows
   * word {@code from} as the subject of an inverted verb: "un sénateur", "la présidente".
   */
  private boolean unnamedAfter(List<Word> ws, int from, Speaker carried) {
    for (int k = from; k < ws.size() && k <= from + SUBJECT_GAP; k++) {
      int n = k + 1 < ws.size() && ws.get(k).is("un", "une", "le", "la", "l'") ? roleNouns.startsAt(ws, k + 1) : 0;
      if (n > 0) {
        String head = ws.get(k + 1).lower();
        return carried.role() == null || !carried.role().toLowerCase(java.util.Locale.ROOT).contains(head);
      }
    }
    return false;
  }

  /** Whether the quote opening at {@code open} is the first thing of its paragraph (its line). */
  boolean opensParagraph(int open) {
    return opensLine(quoted.text(), open);
  }

  /** Whether only spaces stand between the start of its line and offset {@code open} of {@code text}. */
  static boolean opensLine(String text, int open) {
    for (int i = open - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (!Word.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A person mention opening a clause, perhaps after a role ("Leur président, X, s'est exprimé")
   * or the frames that open the sentence: no verb before it, one after it.
   */
  /** Whether mention {@code e} is the agent after "par" of a sentence with no verb: {@link VerblessAgents}. */
  private boolean agentOfVerbless(Entity e) {
    List<Word> ws = quoted.words(quoted.sentenceStart(e.start()), e.start());
    return !ws.isEmpty() && ws.get(ws.size() - 1).is("par") && VerblessAgents.agent(quoted, e);
  }

  boolean isSubject(Entity e) {
    List<Word> all = quoted.words(quoted.sentenceStart(e.start()), e.start());
    // the frames opening the sentence are read over: "Cette force, qu'elle a mise au service des
    // autres, X la puise", "Le 18 mars, sur la place de la République, X a magnifié"
    List<Word> ws = all.subList(Frames.end(all, verbs), all.size());
    if (agentOfVerbless(e)) {
      return true; // "Une analyse jugée «excellente» par X, qui juge à son tour ... «...»": X speaks on
    }
    if (ws.size() > SUBJECT_LEAD || resolver.isModifierMention(e) || Asides.open(quoted.text(), all)) {
      return false;
    }
    if (!ws.isEmpty() && (FrenchWords.PREPOSITIONS.contains(ws.get(0).lower()) || VerbGroups.isParticiple(ws.get(0)))) {
      return false; // "..., installé dans la Halle Freyssinet": a complement, not the subject
    }
    for (Word w : ws) {
      if (verbs.isVerb(w) || FrenchWords.FINITE_VERBS.contains(w.lower())) {
        return false;
      }
    }
    List<Word> after = quoted.words(e.end(), quoted.sentenceEnd(e.end()));
    if (after.size() >= 2 && after.get(0).is(",") && INVERTED.matcher(after.get(1).lower()).find()) {
      return false; // "«Ni moi, ni la ministre» X, a-t-il poursuivi": the pronoun is the subject
    }
    if (complements.apposedToRole(all, !after.isEmpty() && after.get(0).is(","))) {
      // "Une conférence de presse du président du groupe, X, est prévue", "Après la mise en examen
      // de l'ancien directeur de cabinet, X, les juges": X is spoken of
      return false;
    }
    boolean clause = false; // "> Marie, 55 ans, mère au foyer": a label, no sentence
    for (Word w : after) {
      clause |= verbs.isVerb(w) || FrenchWords.FINITE_VERBS.contains(w.lower());
    }
    int last = ws.size() - 1;
    while (last >= 0 && FrenchWords.TITLES.contains(ws.get(last).lower())) {
      last--;
    }
    return clause && (last < 0 || !ws.get(last).is("de", "d'", "du", "des", "à", "au", "aux", "par", "pour", "avec",
        "contre", "selon", "chez", "sur", "entre", "sans", "que", "qu'"));
  }

  /** models/quotes/example-markers.txt: words that cite quoted words as an example. */
  private static final Set<String> EXAMPLES = Set.copyOf(Lexicon.lines("quotes/example-markers.txt"));
  /** Words a "Selon X," frame may hold before its comma. */
  private static final int FRAME_WORDS = 4;

  /**
   * The source of a "Selon X," or "D'après X," opening the sentence right before quote {@code q},
   * in its paragraph, when the quote's sentence goes on with what X reports: "Selon lui, les
   * «Bobos» étaient la nouvelle élite. Elle semblait «avoir combiné la contre-culture et la
   * réussite»", "Selon X, le camp sera fermé. Les familles seraient relogées «dans la
   * métropole»". Only when the quote's sentence names no one and no body outside the quotes, has
   * no other quote before it, says "il", "elle" or a verb in the conditional, and does not cite
   * the quote as an example ("des remarques du type «...»", "comme «...»"): a sociologist
   * citing pupils' remarks does not say them. Null otherwise.
   */
  Speaker reportedBefore(Marked q) {
    int start = quoted.sentenceStart(q.open());
    int paragraph = quoted.paragraphStart(q.open());
    if (start <= paragraph || turns.asks(new Word("«»", "«»", q.open(), q.close()))) {
      return null;
    }
    int frameStart = quoted.sentenceStart(start - 1);
    List<Word> frame = quoted.words(frameStart, start);
    if (frameStart < paragraph || frame.size() < 3 || !frame.get(0).is("selon", "d'après")) {
      return null;
    }
    int end = 1;
    while (end < frame.size() && end <= FRAME_WORDS && frame.get(end).isWord()) {
      end++;
    }
    if (end >= frame.size() || !frame.get(end).is(",")) {
      return null;
    }
    Entity named = people.at(frame.get(1).start());
    boolean person = end == 2 && frame.get(1).is("lui", "elle")
        || named != null && named.type() == EntityType.PERSON && named.end() == frame.get(end - 1).end();
    if (!person) {
      return null;
    }
    boolean goesOn = false;
    for (Word w : quoted.words(start, quoted.sentenceEnd(q.close()))) {
      if (w.start() < q.open() && (w.is("«»") || EXAMPLES.contains(w.lower()))
          || w.is("je", "j'", "nous", "selon", "d'après")) {
        return null;
      }
      goesOn |= w.is("il", "elle") || w.lower().endsWith("rait") || w.lower().endsWith("raient");
    }
    for (Entity e : people.mentionsSince(start, quoted.sentenceEnd(q.close()))) {
      if (!quoted.inQuote(e.start())) {
        return null;
      }
    }
    if (!goesOn || actors.bodyActsBetween(start, q.open(), null)) {
      return null;
    }
    return resolver.resolve(frame.get(1).start(), frame.get(end - 1).end(), frameStart, null, true);
  }

  /** Lines at most this long, with no final punctuation, are headings. */
  static final int HEADING_LENGTH = 100;

  /**
   * Whether a new section ({@link SectionBreaks}: a heading, a quote standing as a sub-heading)
   * starts between offsets {@code from} and {@code to}: its quotes do not continue the speaker of
   * the one before, unless the article has quoted that voice alone.
   */
  boolean headingBetween(int from, int to) {
    return sections.between(from, to);
  }

  /** Records the speaker a quote of the article was given: see {@link SectionBreaks}. */
  void heard(Speaker s) {
    sections.heard(s);
  }

  /** Whether a heading line stands between offsets {@code from} and {@code to} of {@code text}. */
  static boolean headingBetween(String text, int from, int to) {
    int line = text.indexOf('\n', from);
    while (line >= 0 && line < to) {
      int next = text.indexOf('\n', line + 1);
      if (next < 0 || next >= to) {
        return false; // the quote's own line
      }
      String s = text.substring(line + 1, next).strip();
      if (!s.isEmpty() && s.length() <= HEADING_LENGTH && ".!?:;»\"“”…)]".indexOf(s.charAt(s.length() - 1)) < 0
          && "«\"“—->•*".indexOf(s.charAt(0)) < 0) {
        // a line opened by a quotation mark, a dash or a bullet ("> Marie, 55 ans, sur le chômage")
        // is a quote or a list item, not a section's heading
        return true;
      }
      line = next;
    }
    return false;
  }
}
