package io.newsfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsfacts.index.IndexSchema;
import io.newsfacts.model.FactKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/fields.md describes every field the tool reads and writes and every field a query can name. */
class DocsTest {
  private static final List<String> INPUT = List.of("text", "id", "title", "author", "publisher", "published", "source");
  private static final List<String> HIT = List.of("type", "score", "articleId", "source", "title", "published", "text",
      "sentence", "factType");

  @Test
  void fieldsPageNamesEveryField() throws IOException {
    String page = Files.readString(Path.of("docs/fields.md"));
    List<String> missing = new ArrayList<>();
    List<String> fields = new ArrayList<>(INPUT);
    fields.addAll(HIT);
    for (FactKind<?> kind : FactKinds.STANDARD) {
      fields.add(kind.plural());
      fields.addAll(kind.jsonFields());
    }
    fields.addAll(new IndexSchema(FactKinds.STANDARD).searchable());
    for (String f : fields) {
      if (!page.contains("`" + f + "`")) {
        missing.add(f);
      }
    }
    assertEquals(List.of(), missing, "fields not described in docs/fields.md");
  }
}
