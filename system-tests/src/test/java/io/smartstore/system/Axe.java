package io.smartstore.system;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** axe-core run inside the page under test: the WCAG 2.x A/AA violations of serious or critical impact. */
final class Axe {

    private static final String SCRIPT = load();

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(SCRIPT);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // a screen fading in has not its final contrast yet: let finite animations end first
                const entering = document.getAnimations().filter(a => a.effect && a.effect.getComputedTiming().iterations !== Infinity);
                Promise.all(entering.map(a => a.finished.catch(() => null)))
                  .then(() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}}))
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        return (List<String>) result;
    }

    /** Buttons smaller than 44 × 44 CSS pixels (WCAG 2.2's comfortable target; axe-core 4.6 predates its rule). */
    @SuppressWarnings("unchecked")
    static List<String> smallTargets(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('vaadin-button')]
                  .filter(b => b.offsetParent !== null)
                  .map(b => ({text: b.textContent.trim() || b.id, r: b.getBoundingClientRect()}))
                  .filter(t => t.r.width < 44 || t.r.height < 44)
                  .map(t => t.text + ' ' + Math.round(t.r.width) + 'x' + Math.round(t.r.height));""");
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
