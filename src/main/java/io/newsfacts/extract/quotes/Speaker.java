package io.newsfacts.extract.quotes;

/**
 * Who said something: a person's or organisation's canonical name, or the phrase the article uses
 * when it names no one ("une source diplomatique française").
 *
 * @param role the role the article gives the speaker, or null
 * @param gender 'm', 'f' or null when unknown; pronouns only resolve to compatible speakers
 * @param at offset of the mention that named the speaker
 * @param how how the words naming the speaker led to them when not directly ("pronoun",
 *     "coreference": a role phrase for a person the article introduced), or null
 */
record Speaker(String name, String role, Character gender, int at, String how) {
  /** The previous speaker carries over to later words at most this far. */
  static final int CARRY = 1500;

  /**
   * What a cue gives when it says the words are no one's the article names ("C'est ce qu'affirme
   * un proche du dossier.", "ils disent que «", "» : voilà ce qu'a entendu un habitant"): the
   * quote gets no speaker, and no weaker cue is asked after it.
   */
  static final Speaker UNNAMED = new Speaker("(unnamed)", null, null, -1);

  Speaker {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a speaker needs a name");
    }
  }

  Speaker(String name, String role, Character gender, int at) {
    this(name, role, gender, at, null);
  }

  Speaker at(int offset) {
    return new Speaker(name, role, gender, offset, how);
  }

  Speaker via(String how) {
    return new Speaker(name, role, gender, at, how);
  }

  boolean fits(Character wanted) {
    return wanted == null || gender == null || gender.equals(wanted);
  }
}
