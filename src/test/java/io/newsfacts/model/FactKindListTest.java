package io.newsfacts.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.FactKinds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry's checks and run order, and the context's guard on undeclared reads. */
class FactKindListTest {
  record A(String text, int start, int end) implements Fact {}

  record B(String text, int start, int end) implements Fact {}

  record C(String text, int start, int end) implements Fact {}

  /** A kind that finds nothing, with the given names and needs. */
  record Toy<T extends Fact>(String name, String plural, Class<T> factType, List<Class<? extends Fact>> needs,
      FactExtractor<T> extractor) implements FactKind<T> {
    Toy(String name, String plural, Class<T> factType, List<Class<? extends Fact>> needs) {
      this(name, plural, factType, needs, context -> List.of());
    }

    @Override
    public FactExtractor<T> newExtractor() {
      return extractor;
    }

    @Override
    public void writeJson(T fact, JsonFields out) {}

    @Override
    public String label(T fact) {
      return fact.text();
    }
  }

  @Test
  void theStandardKindsRunEachAfterWhatItNeedsAndWriteInContractOrder() {
    assertEquals(List.of("entity", "number", "date", "quote"), FactKinds.STANDARD.names());
    assertEquals(List.of("entities", "dates", "numbers", "quotes"),
        FactKinds.STANDARD.runOrder().stream().map(FactKind::plural).toList());
  }

  @Test
  void aKindWaitsForTheKindsItNeedsWhereverTheyAreRegistered() {
    Toy<A> a = new Toy<>("a", "as", A.class, List.of(C.class));
    Toy<B> b = new Toy<>("b", "bs", B.class, List.of());
    Toy<C> c = new Toy<>("c", "cs", C.class, List.of(B.class));
    FactKindList kinds = FactKindList.of(a, b, c);
    assertEquals(List.of(a, b, c), kinds.all());
    assertEquals(List.of(b, c, a), kinds.runOrder());
  }

  @Test
  void badListsAreRefusedWithTheReason() {
    Toy<A> a = new Toy<>("a", "as", A.class, List.of());
    assertMessage("two fact kinds are called 'a'", () -> FactKindList.of(a, new Toy<>("a", "bs", B.class, List.of())));
    assertMessage("two fact kinds give A facts", () -> FactKindList.of(a, new Toy<>("b", "bs", A.class, List.of())));
    assertMessage("needs C facts, which no registered kind gives",
        () -> FactKindList.of(a, new Toy<>("b", "bs", B.class, List.of(C.class))));
    assertMessage("need each other's facts", () -> FactKindList.of(new Toy<>("b", "bs", B.class, List.of(C.class)),
        new Toy<>("c", "cs", C.class, List.of(B.class))));
    assertMessage("takes a reserved name", () -> FactKindList.of(new Toy<>("article", "articles", A.class, List.of())));
    assertMessage("takes a reserved name", () -> FactKindList.of(new Toy<>("t", "text", A.class, List.of())));
    assertMessage("lower-case words", () -> FactKindList.of(new Toy<>("Hash tag", "tags", A.class, List.of())));
  }

  @Test
  void aKindReadsOnlyWhatItDeclares() {
    Toy<A> a = new Toy<>("a", "as", A.class, List.of());
    Toy<B> honest = new Toy<>("b", "bs", B.class, List.of(A.class),
        c -> c.facts(A.class).stream().map(x -> new B(x.text(), x.start(), x.end())).toList());
    Toy<C> sly = new Toy<>("c", "cs", C.class, List.of(), c -> {
      c.facts(A.class);
      return List.of();
    });
    Article article = new Article("id", "src", null, null, null, null, "fr", "un deux");
    AnnotatedText text = new AnnotatedText("un deux", List.of());
    ExtractionContext context = new ExtractionContext(article, text, FactKindList.of(a, honest, sly));
    context.run(a, c -> List.of(new A("un", 0, 2)));
    context.run(honest, honest.newExtractor());
    assertMessage("fact kind 'c' reads A facts without declaring them in needs()",
        () -> context.run(sly, sly.newExtractor()));
    context.run(sly, c -> List.of());
    ArticleFacts facts = context.result();
    assertEquals(List.of(new B("un", 0, 2)), facts.facts(honest));
    assertEquals(2, facts.count());
  }

  private static void assertMessage(String part, Runnable bad) {
    RuntimeException e = assertThrows(RuntimeException.class, bad::run);
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
