package io.smartstore.store.texts;

import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * The operator's SMS centre, over SMPP 3.4 (jsmpp): one transmitter session, bound at the first text and bound again
 * after it drops. Texts go in UCS-2, so that every language's letters arrive (70 characters to a text; ours are
 * shorter). Called from the texts' own thread only, never from a request's.
 */
@Component
class SmsCentre implements DisposableBean {

    private final TextSettings settings;
    private SMPPSession session;

    SmsCentre(TextSettings settings) {
        this.settings = settings;
    }

    /** Hands a text to the centre; the centre's message id. Throws when the centre cannot be reached or refuses it. */
    synchronized String send(String number, String text) throws Exception {
        SMPPSession bound = session();
        try {
            return bound.submitShortMessage(settings.systemType(), TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN,
                    settings.sourceAddress(), TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, number.substring(1),
                    new ESMClass(), (byte) 0, (byte) 1, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT), (byte) 0,
                    new GeneralDataCoding(Alphabet.ALPHA_UCS2), (byte) 0, text.getBytes(StandardCharsets.UTF_16BE)).getMessageId();
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    private SMPPSession session() throws Exception {
        if (session != null && session.getSessionState().isBound()) {
            return session;
        }
        close();
        SMPPSession fresh = new SMPPSession();
        fresh.setTransactionTimer(settings.timeout().toMillis());
        fresh.setEnquireLinkTimer(30_000);
        try {
            fresh.connectAndBind(settings.host(), settings.port(), new BindParameter(BindType.BIND_TX, settings.systemId(),
                    settings.password(), settings.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
                    settings.timeout().toMillis());
        } catch (Exception e) {
            fresh.close();
            throw e;
        }
        session = fresh;
        return session;
    }

    private synchronized void close() {
        if (session != null) {
            session.unbindAndClose();
            session = null;
        }
    }

    @Override
    public void destroy() {
        close();
    }
}
