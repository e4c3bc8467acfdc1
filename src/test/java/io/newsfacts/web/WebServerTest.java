package io.newsfacts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsfacts.FactKinds;
import io.newsfacts.cli.Main;
import io.newsfacts.search.FactSearcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsfacts serve} over HTTP, without a browser: pages, escaping, paths outside the app, the API. */
class WebServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path tmp;
  static Path index;
  static FactSearcher searcher;
  static WebServer web;

  record Reply(int status, String type, String body) {}

  @BeforeAll
  static void start() throws IOException {
    index = tmp.resolve("index");
    WebCorpus.write(index);
    searcher = new FactSearcher(index, FactKinds.STANDARD);
    web = WebServer.start(searcher, FactKinds.STANDARD, new InetSocketAddress("127.0.0.1", 0), line -> {
      throw new AssertionError("server error: " + line);
    });
  }

  @AfterAll
  static void stop() throws IOException {
    web.close();
    searcher.close();
  }

  /** One request as written on the wire: the path is sent exactly as given, nothing normalised. */
  static Reply get(String rawPath) throws IOException {
    return request("GET", rawPath);
  }

  static Reply request(String method, String rawPath) throws IOException {
    try (Socket s = new Socket("127.0.0.1", web.address().getPort())) {
      OutputStream out = s.getOutputStream();
      out.write((method + " " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      String head = all.substring(0, split);
      String body = all.substring(split + 4);
      int status = Integer.parseInt(head.split(" ")[1]);
      Matcher type = Pattern.compile("(?im)^content-type: *(.*)$").matcher(head);
      if (head.toLowerCase().contains("transfer-encoding: chunked")) {
        body = unchunk(body);
      }
      return new Reply(status, type.find() ? type.group(1).strip() : null, body);
    }
  }

  private static String unchunk(String body) {
    StringBuilder b = new StringBuilder();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    int i = 0;
    while (true) {
      int eol = indexOf(bytes, i);
      int size = Integer.parseInt(new String(bytes, i, eol - i, StandardCharsets.US_ASCII).strip(), 16);
      if (size == 0) {
        return b.toString();
      }
      b.append(new String(bytes, eol + 2, size, StandardCharsets.UTF_8));
      i = eol + 2 + size + 2;
    }
  }

  private static int indexOf(byte[] b, int from) {
    for (int i = from; i < b.length - 1; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n') {
        return i;
      }
    }
    return b.length;
  }

  @Test
  void pathsOutsideTheAppAreNotFound() throws IOException {
    for (String path : List.of("/../../etc/passwd", "/api/article/..%2f..", "/api/article/..%2F..%2Fetc%2Fpasswd",
        "/%2e%2e/%2e%2e/etc/passwd", "/static/../../pom.xml", "/static/..%2f..%2fpom.xml", "/article/..",
        "/static/app.css/..", "/static/%2e%2e", "/article/a%5c..%5cb", "/etc/passwd", "/static/", "//etc/passwd",
        "/static/app.css%00.txt", "/api/article/", "/api/nothing")) {
      Reply r = get(path);
      assertEquals(404, r.status(), path);
      assertFalse(r.body().contains("root:"), path);
    }
    assertTrue(get("/person/%ZZ").status() >= 400, "a broken escape is refused");
    Reply css = get("/static/app.css");
    assertEquals(200, css.status());
    assertTrue(css.type().startsWith("text/css"));
  }

  @Test
  void segmentsRefuseWhatIsNotAName() {
    assertEquals(List.of(), WebServer.segments("/"));
    assertEquals(List.of("person", "Jean Dupont"), WebServer.segments("/person/Jean%20Dupont"));
    assertEquals(List.of("person", "Anne-Sophie+1"), WebServer.segments("/person/Anne-Sophie+1"));
    assertEquals(List.of("person", "Élise"), WebServer.segments("/person/%C3%89lise"));
    for (String bad : new String[] {"/a/../b", "/a/%2e%2E", "/a%2Fb", "/a\\b", "/a//b", "/%C3", "/%FF", "a", "/a%0Ab", "/."}) {
      assertNull(WebServer.segments(bad), bad);
    }
  }

  @Test
  void articleMarkupIsShownAsText() throws IOException {
    Reply article = get("/article/" + WebCorpus.HOSTILE_ID);
    assertEquals(200, article.status());
    String html = article.body();
    // the text as shown, the facts' own marks taken out (the figures 1 and 2 of alert(1) are marked)
    String shown = html.replaceAll("<span class=\"m [^\"]*\" [^>]*>|</span>", "");
    assertTrue(shown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(shown.contains("&lt;img src=x onerror=alert(2)&gt;"), html);
    assertTrue(html.contains("&lt;script&gt;alert(&quot;titre&quot;)&lt;/script&gt; Un titre piégé"), html);
    assertTrue(html.contains("&lt;b&gt;gras&lt;/b&gt;"), html);
    assertNoMarkupFromTheArticle(html);
    Reply search = get("/?q=script");
    assertEquals(200, search.status());
    assertTrue(search.body().contains("&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;"), search.body());
    assertNoMarkupFromTheArticle(search.body());
    Reply search2 = get("/?q=onerror");
    assertNoMarkupFromTheArticle(search2.body());
    Reply person = get("/person/Jean");
    assertEquals(200, person.status());
    assertNoMarkupFromTheArticle(person.body());
    // what the request itself holds is escaped too
    Reply echoed = get("/?q=%3Cscript%3Ealert(3)%3C%2Fscript%3E&speaker=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(4)%3E");
    assertTrue(echoed.body().contains("&lt;script&gt;alert(3)&lt;/script&gt;"), echoed.body());
    assertNoMarkupFromTheArticle(echoed.body());
  }

  /** No script, no element with an event handler, no img or b element: the pages make none of these. */
  private static void assertNoMarkupFromTheArticle(String html) {
    String lower = html.toLowerCase();
    assertFalse(lower.contains("<script"), "a script element");
    assertFalse(lower.contains("<img"), "an img element");
    assertFalse(lower.contains("<b>"), "a b element");
    // attribute values are quoted and escaped: what is inside them is text
    Matcher handler = Pattern.compile("<[a-z][^<>]*\\son[a-z]+\\s*=").matcher(lower.replaceAll("\"[^\"]*\"", "\"\""));
    assertFalse(handler.find(), () -> "an event handler attribute: " + handler.group());
  }

  @Test
  void theSearchPageHoldsItsSearchInItsAddress() throws IOException {
    Reply r = get("/?q=migrants&type=number&unit=migrants");
    assertEquals(200, r.status());
    assertTrue(r.type().startsWith("text/html"));
    String html = r.body();
    assertTrue(html.contains("value=\"migrants\""), "the box holds the query");
    assertTrue(html.contains("<option selected>number</option>"));
    assertTrue(html.contains("Près de 7 000 <mark>migrants</mark>"), html);
    assertTrue(html.contains("href=\"/article/calais-juillet#number-"), "a hit links to its place in its article");
    assertTrue(html.contains("class=\"facet\" data-dim=\"entity\""));
    assertTrue(html.contains("href=\"/?q=migrants&amp;type=number&amp;entity=Calais&amp;unit=migrants\""),
        "a facet value narrows the search");
    assertTrue(html.contains("<svg class=\"chart\""), "charts");
    assertTrue(html.contains("newsfacts search migrants --type number --unit migrants"));
  }

  @Test
  void badSearchesSayWhatIsWrong() throws IOException {
    Reply syntax = get("/?q=%22unclosed");
    assertEquals(200, syntax.status());
    assertTrue(syntax.body().contains("class=\"error\""));
    assertTrue(syntax.body().contains("bad query syntax"), syntax.body());
    assertTrue(get("/?min=lots").body().contains("min must be a number"));
    Reply api = get("/api/search?from=yesterday");
    assertEquals(400, api.status());
    assertTrue(JSON.readTree(api.body()).get("error").asText().contains("from must be a date"));
    assertEquals(405, request("POST", "/").status());
  }

  @Test
  void apiSearchGivesTheObjectsOfSearchJsonl() throws IOException {
    StringWriter out = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter()))
        .execute("search", "demandes", "--index", index.toString(), "--format", "jsonl", "--limit", "50");
    assertEquals(0, code);
    List<JsonNode> cli = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      cli.add(JSON.readTree(line));
    }
    JsonNode api = JSON.readTree(get("/api/search?q=demandes").body());
    assertEquals(cli.size(), api.get("total").asInt());
    List<JsonNode> hits = new ArrayList<>();
    api.get("hits").forEach(hits::add);
    assertEquals(cli, hits);
    assertTrue(api.get("facets").get("type").has("number"));

    String jsonl = get("/api/search?q=demandes&format=jsonl").body();
    String[] lines = jsonl.split("\n");
    assertEquals(cli.size() + 1, lines.length);
    assertEquals(cli.get(0), JSON.readTree(lines[0]));
    assertEquals("facets", JSON.readTree(lines[lines.length - 1]).get("type").asText());
  }

  @Test
  void apiArticleIsTheExtractSchema() throws IOException {
    JsonNode a = JSON.readTree(get("/api/article/calais-octobre").body());
    assertEquals("calais-octobre", a.get("id").asText());
    assertEquals("2016-10-24", a.get("published").asText());
    assertEquals("Le Quotidien d'essai", a.get("publisher").asText());
    String text = a.get("text").asText();
    int facts = 0;
    for (String kind : List.of("entities", "numbers", "dates", "quotes")) {
      for (JsonNode f : a.get(kind)) {
        assertEquals(f.get("text").asText(), text.substring(f.get("start").asInt(), f.get("end").asInt()), kind);
        facts++;
      }
    }
    assertTrue(facts >= 8, "facts: " + facts);
    assertEquals("Bernard Cazeneuve", a.get("quotes").get(1).get("speaker").asText());
    assertEquals(404, get("/api/article/nope").status());
  }

  @Test
  void apiPersonAndCharts() throws IOException {
    JsonNode p = JSON.readTree(get("/api/person/Bernard%20Cazeneuve").body());
    assertEquals("Bernard Cazeneuve", p.get("name").asText());
    assertEquals("Tout se déroule dans le calme", p.get("quotes").get(0).get("text").asText());
    assertEquals("calais-octobre", p.get("articles").get(0).get("articleId").asText());
    JsonNode named = JSON.readTree(get("/api/person/Natacha%20Bouchart").body());
    assertEquals(2, named.get("mentions").asInt());
    assertEquals(2, named.get("articles").size());
    assertEquals(404, get("/api/person/Personne%20Inconnue").status());

    JsonNode months = JSON.readTree(get("/api/chart/months?q=migrants").body()).get("months");
    assertEquals(2, months.get("2016-03").asInt(), months.toString()); // "4 500 migrants" and "mars 2016"
    JsonNode figures = JSON.readTree(get("/api/chart/figures?unit=demandes").body()).get("points");
    assertEquals(4, figures.size(), figures.toString()); // the counts; the two percentages are left out
    for (JsonNode point : figures) {
      assertTrue(point.get("label").asText().contains(" count demandes"), point.toString());
      assertTrue(point.get("href").asText().matches("/article/[a-z-]+#number-\\d+-\\d+"), point.toString());
    }
    Reply svg = get("/chart/figures.svg?unit=demandes");
    assertEquals(200, svg.status());
    assertEquals("image/svg+xml", svg.type());
    assertTrue(svg.body().contains("<circle"));
  }
}
