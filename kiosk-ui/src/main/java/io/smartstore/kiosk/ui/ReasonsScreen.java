package io.smartstore.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.protocol.wire.FeedbackReasons;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * After the score: what mattered (chips that depend on the score band) and, if the
 * customer wishes, a short comment typed on the on-screen keyboard. Both optional.
 */
class ReasonsScreen extends Div {

    private final Set<String> chosen = new LinkedHashSet<>();

    /** What the customer sends: the reasons chosen, a comment or null, and whether they may be called back. */
    interface Sent {
        void send(List<String> reasons, String comment, boolean callBack);
    }

    /** {@code askCallBack}: a recognised detractor is asked whether the store may call them back. */
    ReasonsScreen(int score, boolean askCallBack, Sent send) {
        setId("reasons-screen");
        addClassNames("screen", "reasons");
        H1 question = new H1(getTranslation("reasons." + FeedbackReasons.band(score)));
        Div chips = new Div();
        chips.addClassName("chips");
        FeedbackReasons.forScore(score).forEach(code -> chips.add(chip(code, getTranslation("reason." + code))));

        TextArea comment = new TextArea(getTranslation("reasons.comment"));
        comment.setId("comment");
        comment.setMaxLength(FeedbackResponse.MAX_COMMENT_LENGTH);
        comment.addClassName("comment");
        com.vaadin.flow.component.checkbox.Checkbox callBack = new com.vaadin.flow.component.checkbox.Checkbox(getTranslation("reasons.callBack"));
        callBack.setId("call-back");
        callBack.addClassName("call-back");
        Button sendButton = new Button(getTranslation("action.send"), click -> {
            String text = comment.getValue().strip();
            send.send(List.copyOf(chosen), text.isEmpty() ? null : text, callBack.getValue());
        });
        sendButton.setId("send-feedback");
        sendButton.addClassName("primary-action");
        add(question, chips, comment, new OnScreenKeyboard(comment));
        if (askCallBack && FeedbackReasons.band(score).equals("detractor")) {
            add(callBack);
        }
        add(sendButton);
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
}
