package io.newsfacts.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsfacts.model.FactKindList;
import io.newsfacts.search.FactSearcher;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code newsfacts serve}: a read-only web application over one {@link FactSearcher}, on the JDK's
 * own HTTP server. Routes are matched on the raw path, segment by segment; a path that names
 * anything else (a file, {@code ..}, an encoded slash) is 404, and no route reads the file system:
 * the style sheet and icon are served from the jar.
 */
public final class WebServer implements Closeable {
  private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
  private static final Map<String, String> ASSETS = Map.of(
      "app.css", "text/css; charset=utf-8",
      "favicon.svg", "image/svg+xml");
  private static final int THREADS = 4;

  private final HttpServer server;
  private final ExecutorService pool;
  private final FactSearcher searcher;
  private final FactKindList kinds;
  private final Api api;
  private final Consumer<String> log;
  private final Map<String, byte[]> assets = new java.util.HashMap<>();
  /**
   * Answers already given, by raw path and query. The searcher reads one commit for the server's
   * life, so an answer never goes stale; the least recently used go past {@link #CACHE_BYTES}.
   */
  private final Map<String, Response> answers = new java.util.LinkedHashMap<>(64, 0.75f, true);
  private long answerBytes;
  private static final long CACHE_BYTES = 32L << 20;

  private record Response(int status, String type, byte[] body) {
    static Response html(int status, String html) {
      return new Response(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static Response json(int status, String json) {
      return new Response(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }
  }

  private WebServer(HttpServer server, FactSearcher searcher, FactKindList kinds, Consumer<String> log) throws IOException {
    this.server = server;
    this.searcher = searcher;
    this.kinds = kinds;
    this.api = new Api(searcher, kinds);
    this.log = log;
    for (String name : ASSETS.keySet()) {
      try (InputStream in = WebServer.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IOException("the jar lacks the asset " + name);
        }
        assets.put(name, in.readAllBytes());
      }
    }
    ExecutorService threads = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "newsfacts-web");
      t.setDaemon(true);
      return t;
    });
    this.pool = threads;
    server.setExecutor(threads);
    server.createContext("/", this::handle);
  }

  /**
   * Listens on {@code address} (port 0: any free port) and answers from {@code searcher}, which
   * stays the caller's to close after this server. {@code log} gets one line per request that failed
   * inside the server.
   *
   * @throws IOException when the address cannot be bound (in use, not local)
   */
  public static WebServer start(FactSearcher searcher, FactKindList kinds, InetSocketAddress address,
      Consumer<String> log) throws IOException {
    WebServer web = new WebServer(HttpServer.create(address, 64), searcher, kinds, log);
    web.server.start();
    return web;
  }

  /** The address listened on (with the port chosen when 0 was asked). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /**
   * Renders the landing page, a search and an article once, so that the first person to open the
   * page does not pay for the facet tables and the first compilation of the code.
   */
  public void warm() {
    try {
      searcher.warm();
      answer("/", null); // the landing page, kept: the first person to open it gets it at once
      new SearchPage(searcher, kinds).render(SearchParams.parse("q=france&unit=euros"));
      for (FactSearcher.Match m : searcher.search(SearchParams.parse("type=article&limit=1").request(),
          FactSearcher.Options.plain()).matches()) {
        ArticleView a = ArticleView.load(searcher, m.hit().articleId());
        if (a != null) {
          new ArticlePage(kinds).render(a);
        }
      }
    } catch (IOException | RuntimeException | io.newsfacts.search.BadQueryException e) {
      log.accept("warming up: " + e.getMessage());
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      Response r;
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        r = new Response(405, "text/plain; charset=utf-8", "read-only: GET and HEAD only\n".getBytes(StandardCharsets.UTF_8));
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
      } else {
        try {
          r = answer(ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery());
        } catch (IOException | RuntimeException e) {
          log.accept(ex.getRequestURI().getRawPath() + ": " + e);
          r = Response.html(500, Html.page("Error", Html.topBar(null)
              + "<main class=\"narrow\"><h1>Something went wrong</h1><p class=\"error\">"
              + Html.esc(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "</p></main>"));
        }
      }
      var h = ex.getResponseHeaders();
      h.set("Content-Type", r.type());
      h.set("Content-Security-Policy", CSP);
      h.set("X-Content-Type-Options", "nosniff");
      h.set("Referrer-Policy", "no-referrer");
      h.set("Cache-Control", r.type().startsWith("text/css") || r.type().startsWith("image/") ? "max-age=3600" : "no-store");
      if (method.equals("HEAD")) {
        ex.sendResponseHeaders(r.status(), -1);
        return;
      }
      ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(r.body());
      }
    }
  }

  /** The answer to a raw path and query, from the cache when it was given before. */
  private Response answer(String rawPath, String rawQuery) throws IOException {
    String key = rawPath + (rawQuery == null ? "" : "?" + rawQuery);
    synchronized (answers) {
      Response known = answers.get(key);
      if (known != null) {
        return known;
      }
    }
    Response r = route(rawPath, rawQuery);
    if (r.status() == 200 && r.body().length < CACHE_BYTES / 16) {
      synchronized (answers) {
        if (answers.put(key, r) == null) {
          answerBytes += r.body().length;
        }
        var oldest = answers.entrySet().iterator();
        while (answerBytes > CACHE_BYTES && oldest.hasNext()) {
          answerBytes -= oldest.next().getValue().body().length;
          oldest.remove();
        }
      }
    }
    return r;
  }

  /** The response for a raw path and query; anything not listed here is 404. */
  private Response route(String rawPath, String rawQuery) throws IOException {
    List<String> path = segments(rawPath);
    if (path == null) {
      return notFound(rawPath);
    }
    SearchParams p = SearchParams.parse(rawQuery);
    String first = path.isEmpty() ? "" : path.get(0);
    int n = path.size();
    if (n == 0) {
      return Response.html(200, new SearchPage(searcher, kinds).render(p));
    }
    if (first.equals("article") && n == 2) {
      ArticleView a = ArticleView.load(searcher, path.get(1));
      return a == null ? notFound(rawPath) : Response.html(200, new ArticlePage(kinds).render(a));
    }
    if (first.equals("person") && n == 2) {
      PersonView v = PersonView.load(searcher, path.get(1));
      return v == null ? notFound(rawPath) : Response.html(200, PersonPage.render(v));
    }
    if (first.equals("static") && n == 2 && assets.containsKey(path.get(1))) {
      return new Response(200, ASSETS.get(path.get(1)), assets.get(path.get(1)));
    }
    if (first.equals("chart") && n == 2) {
      return chart(path.get(1), p, rawPath);
    }
    if (first.equals("api") && n >= 2) {
      return api(path.subList(1, n), p, rawQuery, rawPath);
    }
    return notFound(rawPath);
  }

  private Response chart(String name, SearchParams p, String rawPath) throws IOException {
    try {
      String svg;
      if (name.equals("months.svg")) {
        svg = Charts.bars(Charts.months(searcher.months(p.request()), days -> p.with("from", days[0].toString())
            .with("to", days[1].toString()).href("/")), "hits per month");
      } else if (name.equals("figures.svg")) {
        svg = Charts.scatter(SearchPage.points(SearchPage.figures(searcher, p)), "figures against their dates");
      } else {
        return notFound(rawPath);
      }
      return new Response(200, "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | io.newsfacts.search.BadQueryException e) {
      return new Response(400, "text/plain; charset=utf-8", (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  private Response api(List<String> path, SearchParams p, String rawQuery, String rawPath) throws IOException {
    String what = path.get(0);
    try {
      String json = null;
      if (what.equals("search") && path.size() == 1) {
        boolean jsonl = rawQuery != null && List.of(rawQuery.split("&")).contains("format=jsonl");
        String body = api.search(p, jsonl);
        return jsonl ? new Response(200, "application/x-ndjson; charset=utf-8", body.getBytes(StandardCharsets.UTF_8))
            : Response.json(200, body);
      } else if (what.equals("article") && path.size() == 2) {
        json = api.article(path.get(1));
      } else if (what.equals("person") && path.size() == 2) {
        json = api.person(path.get(1));
      } else if (what.equals("chart") && path.size() == 2 && path.get(1).equals("months")) {
        json = api.months(p);
      } else if (what.equals("chart") && path.size() == 2 && path.get(1).equals("figures")) {
        json = api.figures(p);
      }
      return json == null ? Response.json(404, "{\"error\":\"not found\"}") : Response.json(200, json);
    } catch (IllegalArgumentException e) {
      return Response.json(400, io.newsfacts.json.PlainJson.write(Map.of("error", String.valueOf(e.getMessage()))));
    }
  }

  private Response notFound(String rawPath) {
    if (rawPath != null && rawPath.startsWith("/api/")) {
      return Response.json(404, "{\"error\":\"not found\"}");
    }
    return Response.html(404, Html.page("Not found", Html.topBar(null)
        + "<main class=\"narrow\"><h1>Not found</h1><p>Nothing here. <a href=\"/\">Search the facts</a>.</p></main>"));
  }

  /**
   * The decoded segments of a raw path, or null for a path that is not the application's: one that
   * does not start with "/", holds a backslash, an empty segment, {@code .} or {@code ..} (encoded
   * or not), an encoded slash, a control character, or a broken %-escape. "/" is no segment.
   */
  static List<String> segments(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return null;
    }
    List<String> out = new ArrayList<>();
    if (rawPath.equals("/")) {
      return out;
    }
    for (String raw : rawPath.substring(1).split("/", -1)) {
      String s = percentDecode(raw);
      if (s == null || s.isEmpty() || s.equals(".") || s.equals("..") || s.indexOf('/') >= 0 || s.indexOf('\\') >= 0
          || s.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        return null;
      }
      out.add(s);
    }
    return out;
  }

  /** %XX escapes as UTF-8 ('+' stays '+' in a path); null when an escape is broken or the bytes are not UTF-8. */
  private static String percentDecode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return null;
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  /** Stops listening (requests under way get a second to finish). */
  @Override
  public void close() {
    server.stop(1);
    pool.shutdownNow();
    try {
      pool.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
