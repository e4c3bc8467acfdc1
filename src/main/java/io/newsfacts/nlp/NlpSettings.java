package io.newsfacts.nlp;

import java.util.Properties;

/**
 * Which CoreNLP annotators run, as one typed value turned into CoreNLP {@link Properties} in one
 * place ({@link #toProperties()}).
 *
 * @param partOfSpeech run the French UD part-of-speech tagger (needed by unit and quote rules)
 * @param namedEntities run the French 4-class CRF (PER, LOC, ORG, MISC)
 * @param maxSentenceTokens sentences longer than this are cut before tagging (CRF cost is linear,
 *     but a runaway "sentence" of a whole table should not dominate a run)
 * @param dependencies run CoreNLP's French dependency parser (UD_French, from the French models
 *     jar) on the sentences that may report speech: those holding a quotation mark or a reporting
 *     verb ({@link SpeechSentences}); quote speakers read the subject of the reporting verb from it
 */
public record NlpSettings(boolean partOfSpeech, boolean namedEntities, int maxSentenceTokens,
    boolean dependencies) {

  /**
   * What newsfacts needs for all fact kinds. The dependency parser is off: even asked only for the
   * quotes the word rules leave without a cue, it halves throughput (README, Throughput).
   */
  public static final NlpSettings FULL = new NlpSettings(true, true, 400, false);

  /** {@link #FULL} with the dependency parser on for the quotes the word rules leave open. */
  public static final NlpSettings WITH_DEPENDENCIES = new NlpSettings(true, true, 400, true);

  /** Plain CoreNLP's French pipeline (tokenize, ssplit, mwt, pos, ner), for benchmarks. */
  public static final NlpSettings PLAIN_CORENLP = new NlpSettings(true, true, 0, false);

  /** The parser's model in CoreNLP's French models jar (what StanfordCoreNLP-french.properties names). */
  public static final String DEPENDENCY_MODEL = "edu/stanford/nlp/models/parser/nndep/UD_French.gz";

  public NlpSettings {
    if (maxSentenceTokens < 0) {
      throw new IllegalArgumentException("maxSentenceTokens must be >= 0, was " + maxSentenceTokens);
    }
  }

  public String annotators() {
    StringBuilder sb = new StringBuilder("tokenize,ssplit,mwt");
    if (partOfSpeech || namedEntities) {
      sb.append(",pos");
    }
    if (namedEntities) {
      sb.append(",ner");
    }
    return sb.toString();
  }

  public Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", annotators());
    p.setProperty("tokenize.language", "fr");
    p.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/french/french-mwt.tsv");
    p.setProperty("mwt.pos.model", "edu/stanford/nlp/models/mwt/french/french-mwt.tagger");
    p.setProperty(
        "mwt.statisticalMappingFile",
        "edu/stanford/nlp/models/mwt/french/french-mwt-statistical.tsv");
    p.setProperty("mwt.preserveCasing", "false");
    p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/french-ud.tagger");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    // Blank lines end sentences: headings and fact boxes must not glue onto the next paragraph.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    if (maxSentenceTokens > 0) {
      p.setProperty("ssplit.maxSentenceLength", "0");
      p.setProperty("pos.maxlen", Integer.toString(maxSentenceTokens));
      p.setProperty("ner.maxlen", Integer.toString(maxSentenceTokens));
    }
    return p;
  }
}
