package io.smartstore.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import io.smartstore.protocol.wire.BatchValidation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * After the score: what mattered (chips that depend on the score band) and, if the
 * customer wishes, a short comment typed on the on-screen keyboard. Both optional.
 */
class ReasonsScreen extends Div {

    static final Map<String, String> DETRACTOR = reasons("WAIT_TIME", "Waiting time", "ADVICE", "Advice", "PROBLEM_NOT_SOLVED",
            "My request wasn't solved", "PRODUCT", "Products and offers", "PRICE", "Price", "WELCOME", "Welcome");
    static final Map<String, String> PASSIVE = reasons("WAIT_TIME", "Waiting time", "ADVICE", "Advice", "PRODUCT",
            "Products and offers", "PRICE", "Price");
    static final Map<String, String> PROMOTER = reasons("FRIENDLY_STAFF", "Friendly staff", "QUICK_SERVICE", "Quick service",
            "ADVICE", "Good advice", "PRODUCT", "Products and offers", "SHOP", "Pleasant shop");

    private final Set<String> chosen = new LinkedHashSet<>();

    ReasonsScreen(int score, BiConsumer<List<String>, String> send) {
        setId("reasons-screen");
        addClassNames("screen", "reasons");
        H1 question = new H1(score >= 9 ? "What did you like?" : score >= 7 ? "What could we do better?" : "What went wrong?");
        Div chips = new Div();
        chips.addClassName("chips");
        (score >= 9 ? PROMOTER : score >= 7 ? PASSIVE : DETRACTOR).forEach((code, label) -> chips.add(chip(code, label)));

        TextArea comment = new TextArea("A comment (optional)");
        comment.setId("comment");
        comment.setMaxLength(BatchValidation.MAX_COMMENT_LENGTH);
        comment.addClassName("comment");
        Button sendButton = new Button("Send", click -> {
            String text = comment.getValue().strip();
            send.accept(List.copyOf(chosen), text.isEmpty() ? null : text);
        });
        sendButton.setId("send-feedback");
        sendButton.addClassName("primary-action");
        add(question, chips, comment, new OnScreenKeyboard(comment), sendButton);
    }

    private Button chip(String code, String label) {
        Button chip = new Button(label);
        chip.setId("reason-" + code.toLowerCase(java.util.Locale.ROOT));
        chip.addClassName("chip");
        chip.getElement().setAttribute("aria-pressed", "false");
        chip.addClickListener(click -> {
            boolean on = chosen.add(code) || !chosen.remove(code);
            chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
            chip.getElement().getClassList().set("chosen", on);
        });
        return chip;
    }

    private static Map<String, String> reasons(String... codesAndLabels) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            reasons.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return reasons;
    }
}
