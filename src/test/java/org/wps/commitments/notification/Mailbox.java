package org.wps.commitments.notification;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The SMTP server of the shared test context ({@code @TrackerTest}): one GreenMail server on a free port of
 * 127.0.0.1, started when the context starts and stopped when the JVM exits. It accepts every address. Tests
 * call {@link #clear()} in {@code @BeforeEach} and then read what the application sent:
 *
 * <pre>{@code
 * Mailbox.clear();
 * ... // work that notifies
 * assertThat(Mailbox.recipients()).containsExactly("unmissSenior@example.org");
 * }</pre>
 *
 * Mails are sent after the sending transaction commits, on the committing thread, so they are here as soon as
 * the call that committed returns; no waiting is needed.
 */
public final class Mailbox {

    private static GreenMail server;

    private Mailbox() {}

    /** Every mail received since the last {@link #clear()}, one per recipient's copy. */
    public static List<MimeMessage> received() {
        return List.of(server().getReceivedMessages());
    }

    /** The mails received by {@code address} since the last {@link #clear()}. */
    public static List<MimeMessage> receivedBy(String address) {
        GreenMail smtp = server();
        GreenMailUser user = smtp.getUserManager().getUserByEmail(address);
        return user == null
                ? List.of()
                : inbox(smtp, user).stream().map(StoredMessage::getMimeMessage).toList();
    }

    /** The address of each mail received since the last {@link #clear()}: an address twice got two mails. */
    public static List<String> recipients() {
        GreenMail smtp = server();
        List<String> recipients = new ArrayList<>();
        for (GreenMailUser user : smtp.getUserManager().listUser()) {
            inbox(smtp, user).forEach(message -> recipients.add(user.getEmail()));
        }
        return recipients;
    }

    /** Forgets every mail received so far. */
    public static void clear() {
        try {
            server().purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not empty the test mailboxes", e);
        }
    }

    /** The port the server listens on (127.0.0.1). */
    public static int port() {
        return server().getSmtp().getPort();
    }

    /** The text of a plain-text mail (or of the first text part of a multipart one). */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/*")) {
                        return part.getContent().toString();
                    }
                }
            }
            return content.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<StoredMessage> inbox(GreenMail smtp, GreenMailUser user) {
        try {
            return smtp.getManagers().getImapHostManager().getInbox(user).getMessages();
        } catch (FolderException e) {
            throw new IllegalStateException("Could not read the test mailbox of " + user.getEmail(), e);
        }
    }

    private static synchronized GreenMail server() {
        if (server == null) {
            GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop, "greenmail-stop"));
            server = smtp;
        }
        return server;
    }

    /**
     * Registered on {@code @TrackerTest}: starts the server (once) and points {@code spring.mail.host/port} at
     * it, so the application's JavaMailSender exists and sends there.
     */
    public static final class SmtpServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + port())
                    .applyTo(context);
        }
    }
}
