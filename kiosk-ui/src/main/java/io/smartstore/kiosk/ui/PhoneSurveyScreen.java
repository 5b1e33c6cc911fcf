package io.smartstore.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Div;

/** "Rate later on your phone": the one-time survey link as a QR code to scan with a phone's camera. */
class PhoneSurveyScreen extends Div {

    PhoneSurveyScreen(String url, Runnable done) {
        setId("phone-survey-screen");
        addClassNames("screen", "phone-survey");
        Image code = new Image(QrSvg.dataUri(url), getTranslation("phone.alt"));
        code.setId("phone-survey-code");
        code.addClassName("phone-code");
        Button finish = new Button(getTranslation("action.finish"), click -> done.run());
        finish.addClassName("primary-action");
        add(new H1(getTranslation("phone.title")), code, new Paragraph(getTranslation("phone.text")), finish);
    }
}
