package io.newsfacts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfacts.FactKinds;
import io.newsfacts.search.FactSearcher;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code newsfacts serve} in a real browser: headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) driven by Selenium loads the page, types a search, clicks a facet, opens
 * an article and a person, and checks what is shown; the hostile article's markup shows as text.
 * Skipped, with a message, where Chromium is missing ({@code .ci/run} installs it). Screenshots go
 * to target/screenshots, or to docs/screenshots with {@code -Dnewsfacts.screenshots=docs/screenshots}.
 */
class BrowserTest {
  private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
  private static final String DRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of(System.getProperty("newsfacts.screenshots", "target/screenshots"));

  /**
   * Selenium warns when it has no DevTools bindings for the exact Chromium version; the test uses
   * none, so the warning is noise in `mvn -q verify` (held here: JUL keeps loggers weakly).
   */
  private static final java.util.logging.Logger DEVTOOLS_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  @TempDir static Path tmp;
  static FactSearcher searcher;
  static WebServer web;
  static ChromeDriver browser;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(DRIVER))) {
      String why = "BrowserTest skipped: no Chromium at " + CHROMIUM + " or no chromedriver at " + DRIVER
          + " (apt-get install chromium chromium-driver; CHROMIUM and CHROMEDRIVER name other paths)";
      System.err.println(why);
      Assumptions.abort(why);
    }
    Path index = tmp.resolve("index");
    WebCorpus.write(index);
    searcher = new FactSearcher(index, FactKinds.STANDARD);
    web = WebServer.start(searcher, FactKinds.STANDARD, new InetSocketAddress("127.0.0.1", 0), line -> {
      throw new AssertionError("server error: " + line);
    });
    base = "http://127.0.0.1:" + web.address().getPort();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    // a closed network: nothing Chromium would fetch for itself, and a profile of its own
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--user-data-dir=" + tmp.resolve("profile"), "--window-size=1280,1000", "--lang=fr-FR");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
        .usingAnyFreePort().build();
    DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (web != null) {
      web.close();
    }
    if (searcher != null) {
      searcher.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  private static void screenshot(String name, WebElement element) throws IOException {
    Files.createDirectories(SHOTS);
    if (element != null) {
      browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }
    File shot = element == null ? browser.getScreenshotAs(OutputType.FILE) : element.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void searchNarrowByAFacetOpenAnArticle() throws IOException {
    browser.get(base + "/");
    assertTrue(browser.getTitle().contains("newsfacts"));
    assertTrue(Integer.parseInt(browser.findElement(By.id("total")).getText().replace(",", "")) > 20);

    // type a search
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("demandes", Keys.ENTER);
    waiting().until(ExpectedConditions.urlContains("q=demandes"));
    List<WebElement> marks = browser.findElements(By.cssSelector("#hits mark"));
    assertTrue(!marks.isEmpty() && marks.stream().allMatch(m -> m.getText().equalsIgnoreCase("demandes")),
        "the matching words are highlighted");
    assertEquals("demandes", browser.findElement(By.id("q")).getAttribute("value"));

    // click a facet: the unit
    WebElement unit = browser.findElement(By.xpath("//section[@data-dim='unit']//a[text()='demandes']"));
    unit.click();
    waiting().until(ExpectedConditions.urlContains("unit=demandes"));
    assertEquals("demandes", browser.findElement(By.id("f-unit")).getAttribute("value"));
    List<WebElement> hits = browser.findElements(By.cssSelector("#hits li.hit"));
    assertTrue(hits.size() >= 5, "hits: " + hits.size());
    assertTrue(hits.stream().allMatch(h -> "number".equals(h.getAttribute("data-type"))));
    List<WebElement> points = browser.findElements(By.cssSelector("#figures svg a.point"));
    long counts = hits.stream().filter(h -> h.findElement(By.className("label")).getText().contains(" count ")).count();
    assertEquals(counts, points.size(), "each count is a point (percentages have an axis of their own)");
    screenshot("search.png", null);
    screenshot("chart.png", browser.findElement(By.id("figures")));

    // a point of the chart leads to its sentence
    String pointHref = points.get(0).getDomAttribute("href");
    assertTrue(pointHref.matches(".*/article/[a-z-]+#number-\\d+-\\d+"), pointHref);

    // open an article from a hit
    WebElement first = hits.get(0).findElement(By.cssSelector("a.article"));
    String title = first.getText();
    first.click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article")));
    assertEquals(title, browser.findElement(By.cssSelector("#article h1")).getText());
    String anchor = browser.getCurrentUrl().replaceFirst(".*#", "");
    WebElement target = browser.findElement(By.id(anchor));
    assertTrue(target.getAttribute("class").contains("m-number"));
    assertTrue(target.getText().contains("demandes"), target.getText());
    assertTrue(browser.findElements(By.cssSelector("#text .m-entity")).size() >= 1);
    assertTrue(browser.findElements(By.cssSelector("#text .m-date")).size() >= 1);
    assertTrue(browser.findElements(By.cssSelector("#text .m-quote")).size() >= 1);
    assertTrue(browser.findElements(By.cssSelector("#facts tr")).size() >= 8, "the fact table");
    screenshot("article.png", null);
  }

  @Test
  void aPersonsPage() {
    browser.get(base + "/?speaker=Cazeneuve");
    WebElement person = browser.findElement(By.cssSelector("#hits a.person"));
    assertEquals("Bernard Cazeneuve", person.getText());
    person.click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("name")));
    assertEquals("Bernard Cazeneuve", browser.findElement(By.id("name")).getText());
    assertTrue(browser.findElement(By.id("quotes")).getText().contains("Tout se déroule dans le calme"));
    assertTrue(browser.findElement(By.id("roles")).getText().contains("ministre de l'Intérieur"));
    assertTrue(browser.findElement(By.id("articles")).getText().contains("Démantèlement de la jungle de Calais"));
  }

  @Test
  void anArticlesMarkupShowsAsText() {
    browser.get(base + "/article/" + WebCorpus.HOSTILE_ID);
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "no script ran");
    assertEquals(WebCorpus.HOSTILE_TITLE, browser.findElement(By.cssSelector("#article h1")).getText());
    String text = browser.findElement(By.id("text")).getText();
    assertTrue(text.contains("<script>alert(1)</script>"), text);
    assertTrue(text.contains("<img src=x onerror=alert(2)>"), text);
    assertEquals(0, browser.findElements(By.tagName("img")).size());
    assertEquals(0, browser.findElements(By.tagName("script")).size());
    assertEquals(0, browser.findElements(By.tagName("b")).size());

    browser.get(base + "/?q=script");
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "no script ran");
    assertTrue(browser.findElement(By.id("hits")).getText().contains("<script>alert(1)</script>"));
    assertEquals(0, browser.findElements(By.tagName("script")).size());
  }

  @Test
  void theWindowIsReadableNarrow() {
    browser.manage().window().setSize(new Dimension(700, 900));
    try {
      browser.get(base + "/?q=migrants");
      Number scroll = (Number) browser.executeScript("return document.documentElement.scrollWidth");
      Number width = (Number) browser.executeScript("return document.documentElement.clientWidth");
      assertTrue(scroll.intValue() <= width.intValue() + 1, "no sideways scrolling: " + scroll + " > " + width);
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1000));
    }
  }
}
