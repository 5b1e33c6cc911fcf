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

import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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
    private volatile int port;
    private volatile SMPPServerSessionListener listener;
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();

    record Text(String number, String text, byte dataCoding) {
    }

    private SmsCentreForTests() {
    }

    /** A centre on a port the system chose (port 0, read back): never one drawn from where outgoing connections take theirs. */
    static SmsCentreForTests start() throws IOException {
        SmsCentreForTests centre = new SmsCentreForTests();
        centre.open();
        return centre;
    }

    int port() {
        return port;
    }

    /** Listens again, on the port it had (the first time, on one the system chooses). */
    void open() throws IOException {
        SMPPServerSessionListener opened = new SMPPServerSessionListener(port, 60_000, new OnItsPort());
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

    /**
     * Binds the centre's socket: the first time on port 0, and then again on the port it was given. The port is only
     * free while the centre is down, for a few seconds, and it is retried briefly in case an outgoing connection took it.
     */
    private final class OnItsPort implements ServerConnectionFactory {
        @Override
        public ServerConnection listen(int ignored) throws IOException {
            return listen(ignored, 0, 50);
        }

        @Override
        public ServerConnection listen(int ignored, int timeout) throws IOException {
            return listen(ignored, timeout, 50);
        }

        @Override
        public ServerConnection listen(int ignored, int timeout, int backlog) throws IOException {
            for (int attempt = 0; ; attempt++) {
                ServerSocket socket = new ServerSocket();
                try {
                    socket.setReuseAddress(true);
                    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
                    socket.setSoTimeout(timeout);
                    port = socket.getLocalPort();
                    return new ServerSocketConnection(socket);
                } catch (BindException taken) {
                    socket.close();
                    if (attempt == 50) {
                        throw taken;
                    }
                    sleep();
                }
            }
        }

        private static void sleep() throws IOException {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
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
