package dev.artificer.system.algotrader.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports the jar writes (a backtest's and a walk-forward's tearsheet, an optimisation's report, a walk-forward's
 * report), looked at in a real browser: headless Chromium lays each page out, a measuring
 * frame checks that every chart drew (a box on the page, axis labels with rendered text, marks with extent), the
 * page holds no script (so it shows the same with scripts off) and logs nothing to the console, and a screenshot
 * is kept under {@code target/screenshots/}.
 */
class TearsheetBrowserE2E {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> CHARTS = List.of("cumulative", "cumulative-log", "underwater", "monthly-returns",
            "yearly-returns", "rolling-sharpe", "rolling-volatility", "return-histogram", "exposure", "price-AAPL");
    private static final List<String> OPTIMIZE_CHARTS = List.of("metric-heatmap", "slice-fast", "slice-slow",
            "pbo-logits", "pbo-degradation");
    private static final List<String> WALK_FORWARD_CHARTS = List.of("stitched", "stitched-log", "window-returns");
    /** Loads the report in a frame and writes, per SVG, its size, rendered axis labels and drawn marks as JSON. */
    private static final String MEASURING_FRAME = """
            <!DOCTYPE html><html><body><pre id="result">pending</pre>
            <iframe id="report" src="report.html" style="width:1100px;height:900px"></iframe>
            <script>
            document.getElementById('report').addEventListener('load', function () {
              var doc = this.contentDocument;
              var all = function (root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); };
              var charts = all(doc, 'svg').map(function (svg) {
                var box = svg.getBoundingClientRect();
                var labels = all(svg, '.axis text').filter(function (text) {
                  return text.textContent.trim() !== '' && text.getBBox().width > 0; }).length;
                var marks = all(svg, 'polyline, rect, polygon').filter(function (shape) {
                  var extent = shape.getBBox(); return extent.width > 0 || extent.height > 0; }).length;
                return {id: svg.id, width: box.width, height: box.height, labels: labels, marks: marks};
              });
              document.getElementById('result').textContent = JSON.stringify({charts: charts,
                empty: all(doc, '.empty').map(function (p) { return p.id; }),
                scripts: all(doc, 'script').length,
                height: doc.documentElement.scrollHeight});
            });
            </script></body></html>
            """;

    @TempDir
    Path home;

    @BeforeAll
    static void jarWasBuilt() {
        assertThat(JarRun.JAR).as("run ./mvnw package first").exists();
    }

    @Test
    void backtestTearsheetDrawsEveryChartWithoutConsoleErrors() throws Exception {
        JarRun.Result backtest = JarRun.run(home, Map.of(), "backtest", "--strategy", "sma-cross", "--symbol", "AAPL",
                "sizing=percent", "percent=50");
        assertThat(backtest.exitCode()).as(backtest.all()).isZero();

        checkInBrowser(reportOf(backtest, "Report"), CHARTS, "backtest-tearsheet.png");
    }

    @Test
    void walkForwardTearsheetDrawsEveryChartWithoutConsoleErrors() throws Exception {
        JarRun.Result walk = walkForward();

        checkInBrowser(reportOf(walk, "Report"), CHARTS, "walkforward-tearsheet.png");
    }

    @Test
    void optimizeReportDrawsEveryChartWithoutConsoleErrors() throws Exception {
        JarRun.Result optimize = JarRun.run(home, Map.of(), "optimize", "--strategy", "sma-cross", "--symbol", "AAPL",
                "fast=5..25:5", "slow=30..60:10", "--metric", "sharpe");
        assertThat(optimize.exitCode()).as(optimize.all()).isZero();
        assertThat(optimize.out()).containsPattern("Probability of backtest overfitting: [01]\\.\\d\\d \\(Bailey");

        checkInBrowser(reportOf(optimize, "Optimize report"), OPTIMIZE_CHARTS, "optimize-report.png");
    }

    @Test
    void walkForwardReportDrawsEveryChartWithoutConsoleErrors() throws Exception {
        JarRun.Result walk = walkForward();
        assertThat(walk.out()).contains("Walk-forward efficiency: ", "The winner changed ");

        checkInBrowser(reportOf(walk, "Walk-forward report"), WALK_FORWARD_CHARTS, "walkforward-report.png");
    }

    private JarRun.Result walkForward() throws Exception {
        JarRun.Result walk = JarRun.run(home, Map.of(), "walkforward", "--strategy", "ema-cross", "--symbol", "AAPL",
                "fast=5,10", "slow=20,30", "--in-sample", "504", "--out-of-sample", "252");
        assertThat(walk.exitCode()).as(walk.all()).isZero();
        return walk;
    }

    private void checkInBrowser(Path report, List<String> charts, String screenshot) throws Exception {
        Path work = home.resolve("browser");
        HeadlessChromium chromium = HeadlessChromium.in(work);
        Files.copy(report, work.resolve("report.html"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(work.resolve("measure.html"), MEASURING_FRAME);

        HeadlessChromium.Output measured = chromium.dumpDom(work.resolve("measure.html"));

        JsonNode result = measurement(measured.out());
        assertThat(measured.consoleMessages()).as("console messages").isEmpty();
        assertThat(result.get("scripts").asInt()).as("scripts in the report").isZero();
        assertThat(result.get("empty").size()).as("charts without data: " + result.get("empty")).isZero();
        List<String> drawn = result.get("charts").valueStream().map(chart -> chart.get("id").asString()).toList();
        assertThat(drawn).containsAll(charts);
        for (JsonNode chart : result.get("charts")) {
            String id = chart.get("id").asString();
            assertThat(chart.get("width").asDouble()).as(id + " width").isGreaterThan(500);
            assertThat(chart.get("height").asDouble()).as(id + " height").isGreaterThan(40);
            assertThat(chart.get("labels").asInt()).as(id + " axis labels").isGreaterThanOrEqualTo(2);
            assertThat(chart.get("marks").asInt()).as(id + " drawn marks").isPositive();
        }

        Path png = SCREENSHOTS.resolve(screenshot);
        HeadlessChromium.Output shot = chromium.screenshot(work.resolve("report.html"), png, 1100,
                result.get("height").asInt());
        assertThat(shot.consoleMessages()).isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getHeight()).isEqualTo(result.get("height").asInt());
        assertThat(distinctColours(image)).as("a screenshot with content, not a blank page").isGreaterThan(50);
    }

    private static JsonNode measurement(String dom) {
        Matcher result = Pattern.compile("<pre id=\"result\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertThat(result.find()).as(dom).isTrue();
        assertThat(result.group(1)).as("the measuring frame ran").isNotEqualTo("pending");
        return JsonMapper.builder().build().readTree(result.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getHeight() / 10)
                .flatMap(row -> java.util.stream.IntStream.range(0, image.getWidth() / 10)
                        .map(column -> image.getRGB(column * 10, row * 10)))
                .distinct().count();
    }

    private static Path reportOf(JarRun.Result result, String label) {
        Matcher report = Pattern.compile("(?m)^" + label + ": (\\S+\\.html)").matcher(result.out());
        assertThat(report.find()).as(result.all()).isTrue();
        return Path.of(report.group(1));
    }
}
