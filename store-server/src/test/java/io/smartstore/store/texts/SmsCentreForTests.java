package io.smartstore.store.texts;

import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMS centre for the tests: a real SMPP 3.4 server (jsmpp's) on a loopback port that binds the account
 * {@code smartstore}/{@code centre-1} only, keeps every text it is given (number, text read back from UCS-2)
 * and can be stopped and started again on the same port.
 */
final class SmsCentreForTests implements AutoCloseable {

    static final String SYSTEM_ID = "smartstore";
    static final String PASSWORD = "centre-1";
    final List<Text> received = new CopyOnWriteArrayList<>();
    private final int port;
    private volatile SMPPServerSessionListener listener;
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();

    record Text(String number, String text, byte dataCoding) {
    }

    private SmsCentreForTests(int port) {
        this.port = port;
    }

    static SmsCentreForTests start(int port) throws IOException {
        SmsCentreForTests centre = new SmsCentreForTests(port);
        centre.open();
        return centre;
    }

    int port() {
        return port;
    }

    void open() throws IOException {
        SMPPServerSessionListener opened = new SMPPServerSessionListener(port);
        opened.setMessageReceiverListener(new Receiver());
        listener = opened;
        Thread.ofPlatform().daemon().name("sms-centre").start(() -> {
            while (listener == opened) {
                try {
                    SMPPServerSession session = opened.accept();
                    sessions.add(session);
                    BindRequest bind = session.waitForBind(5_000);
                    if (SYSTEM_ID.equals(bind.getSystemId()) && PASSWORD.equals(bind.getPassword())) {
                        bind.accept("centre");
                    } else {
                        bind.reject(0x0000000E); // ESME_RINVPASWD
                    }
                } catch (Exception closed) {
                    return;
                }
            }
        });
    }

    /** The centre goes down: its port refuses connections, its sessions are gone. */
    @Override
    public void close() throws IOException {
        SMPPServerSessionListener open = listener;
        listener = null;
        if (open != null) {
            open.close();
        }
        sessions.forEach(SMPPServerSession::close);
        sessions.clear();
    }

    private final class Receiver implements ServerMessageReceiverListener {
        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source) throws ProcessRequestException {
            received.add(new Text(submit.getDestAddress(), new String(submit.getShortMessage(), StandardCharsets.UTF_16BE), submit.getDataCoding()));
            try {
                return new SubmitSmResult(new MessageId(UUID.randomUUID().toString().substring(0, 8)), new org.jsmpp.bean.OptionalParameter[0]);
            } catch (org.jsmpp.PDUStringException e) {
                throw new ProcessRequestException(e.getMessage(), 8);
            }
        }

        @Override
        public org.jsmpp.session.SubmitMultiResult onAcceptSubmitMulti(org.jsmpp.bean.SubmitMulti multi, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 3);
        }

        @Override
        public org.jsmpp.session.QuerySmResult onAcceptQuerySm(org.jsmpp.bean.QuerySm query, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 3);
        }

        @Override
        public void onAcceptReplaceSm(org.jsmpp.bean.ReplaceSm replace, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 3);
        }

        @Override
        public void onAcceptCancelSm(org.jsmpp.bean.CancelSm cancel, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 3);
        }

        @Override
        public org.jsmpp.session.BroadcastSmResult onAcceptBroadcastSm(org.jsmpp.bean.BroadcastSm broadcast, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 3);
        }

        @Override
        public void onAcceptCancelBroadcastSm(org.jsmpp.bean.CancelBroadcastSm cancel, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 3);
        }

        @Override
        public org.jsmpp.session.QueryBroadcastSmResult onAcceptQueryBroadcastSm(org.jsmpp.bean.QueryBroadcastSm query, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 3);
        }

        @Override
        public DataSmResult onAcceptDataSm(org.jsmpp.bean.DataSm data, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 3);
        }
    }
}
