package vn.dondoc.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dondoc.scheduler.testing.DebianPackages;

/**
 * What every console browser test does the same way: Debian's chromium driven through its chromedriver (installed
 * with apt-get when missing; the test fails if they cannot be), headless at 1366×768; logging in with the link the fake
 * Bot API recorded; going through the menu; screenshots of a page at 1366×768 and on a phone (390×844), neither
 * scrolling sideways, into target/; reading an invite card's QR code back with ZXing.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target");
    static final Dimension OFFICE_SCREEN = new Dimension(1366, 768);
    static final Dimension PHONE = new Dimension(390, 844);

    final WebDriver driver;
    final WebDriverWait wait;

    ConsoleBrowser(Path dir) throws Exception {
        Path chromium = DebianPackages.command("chromium", "chromium");
        Path chromedriver = DebianPackages.command("chromedriver", "chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // As the machine notes say: as root without a sandbox, and nothing that reaches for Google's hosts.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1366,768",
                "--lang=vi-VN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** {@code chat} sends /dangnhap to the bot, opens the link it answers with and presses the login button. */
    void logIn(ConsoleApp console, long chat) {
        driver.manage().window().setSize(OFFICE_SCREEN);
        driver.get(console.loginLink(chat));
        driver.findElement(By.id("log-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("menu")));
    }

    /** Through the menu bar to the page with {@code key} (ConsolePages.MENU), waiting until it is there. */
    void menu(String key) {
        WebElement link = driver.findElement(By.id("menu-" + key));
        link.click();
        wait.until(d -> gone(link));
        wait.until(ExpectedConditions.attributeContains(By.id("menu-" + key), "class", "current"));
    }

    /** Clicks {@code button} (a form's submit) and waits for the page that answers. */
    void submit(WebElement button) {
        button.click();
        wait.until(d -> gone(button));
    }

    /**
     * Whether the page that held {@code element} has been replaced. Chromium says so either as a stale element or,
     * while the new page is being built, as "Node with given id does not belong to the document".
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Chooses {@code text} in the select {@code id}, looking the select up again if the page replaced it meanwhile
     * (chromium then answers "Node with given id does not belong to the document").
     */
    void choose(String id, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> {
                    new org.openqa.selenium.support.ui.Select(d.findElement(By.id(id))).selectByVisibleText(text);
                    return true;
                });
    }

    WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    /** The page at 1366×768 and on a phone, neither scrolling sideways; back to the office screen after. */
    void shots(String name) throws Exception {
        assertThat(driver.findElements(By.cssSelector("#menu a"))).as(name + ": the menu").hasSize(ConsolePages.MENU.size());
        driver.manage().window().setSize(OFFICE_SCREEN);
        int desktop = scrollWidth();
        screenshot(name + ".png");
        driver.manage().window().setSize(PHONE);
        int phone = scrollWidth();
        screenshot(name + "-phone.png");
        driver.manage().window().setSize(OFFICE_SCREEN);
        assertThat(desktop).as(name + " at 1366").isLessThanOrEqualTo(OFFICE_SCREEN.width);
        assertThat(phone).as(name + " on a phone").isLessThanOrEqualTo(PHONE.width);
    }

    int scrollWidth() {
        return ((Number) js().executeScript("return document.documentElement.scrollWidth")).intValue();
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    void screenshot(String name) throws Exception {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The text of a QR code served as a data: URI (an invite card's img.qr). */
    static String decodeQr(String dataUri) throws Exception {
        byte[] png = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                // The PNG as served, not a photo of it: read it as a pure code, no searching for its corners.
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
