package news.xuhui.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * A real headless Chromium driven by Playwright for the browser tests: Debian's {@code /usr/bin/chromium} (system
 * property {@code chromium.path} to use another), never a browser Playwright downloads. Its driver comes inside the
 * Playwright jar, so nothing is fetched at test time. A missing browser fails the run, naming the packages.
 */
final class Chromium implements AutoCloseable {

    static final String INSTALL = "apt-get install -y chromium chromium-driver fonts-wqy-microhei";

    /** Assertions wait this long (2 shared cores, services that poll): auto-waiting, never a sleep. */
    private static final double ASSERT_TIMEOUT_MS = 20_000;

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Path executable() {
        Path path = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("The browser tests need Chromium at " + path + " (with a CJK font): install"
                    + " it with `" + INSTALL + "` (.ci/run does when it is missing)");
        }
        return path;
    }

    static Chromium launch() {
        Path executable = executable();
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERT_TIMEOUT_MS);
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                    .setExecutablePath(executable).setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage")));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw new IllegalStateException("Chromium at " + executable + " did not start (" + INSTALL + ")", e);
        }
    }

    /** A page in a context of its own (cookies, locale, credentials, viewport as {@code options} say). */
    Page open(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options.setLocale(orDefault(options.locale)));
        context.setDefaultTimeout(ASSERT_TIMEOUT_MS);
        return context.newPage();
    }

    /** A Chinese-speaking reader's page. */
    Page open() {
        return open(new Browser.NewContextOptions());
    }

    private static String orDefault(String locale) {
        return locale == null ? "zh-CN" : locale;
    }

    /** Saves what {@code page} shows (for a failing test's report) and closes its context. */
    static void screenshotAndClose(Page page, Path png) {
        if (page == null) {
            return;
        }
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));
        } catch (RuntimeException e) {
            System.err.println("screenshot " + png + ": " + e.getMessage());
        }
        page.context().close();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
