package dev.aispm.api.notification;

import dev.aispm.posture.notification.Channel;
import dev.aispm.posture.notification.ChannelType;
import dev.aispm.posture.notification.publisher.MessageValues;
import dev.aispm.posture.notification.publisher.PublishException;
import dev.aispm.posture.notification.publisher.Publisher;
import dev.aispm.posture.notification.subject.Digest;
import dev.aispm.posture.notification.subject.FindingAlert;
import dev.aispm.posture.notification.subject.Notification;
import dev.aispm.posture.notification.subject.TestMessage;
import dev.aispm.posture.template.Template;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail alerts through Spring's mail support: one multipart/alternative message with a plain
 * text and an HTML part, both from the {@code email/*} templates. The SMTP server answers 250 when
 * it takes a message, which is the code recorded on a success.
 */
public final class MailPublisher implements Publisher {
  private final JavaMailSender sender;
  private final String from;

  public MailPublisher(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public ChannelType type() {
    return ChannelType.EMAIL;
  }

  @Override
  public int publish(Channel channel, Notification n) throws PublishException {
    String kind;
    Map<String, Object> v;
    if (n instanceof FindingAlert a) {
      kind = "finding";
      v = MessageValues.of(a);
    } else if (n instanceof TestMessage t) {
      kind = "test";
      v = MessageValues.of(t);
    } else {
      Digest d = (Digest) n;
      kind = "digest";
      v = MessageValues.of(d);
      List<String> lines = new ArrayList<>();
      StringBuilder items = new StringBuilder();
      for (FindingAlert a : d.alerts()) {
        lines.add("- " + a.finding().severity() + " " + a.finding().score() + ": " + a.finding().title() + "\n  "
            + a.link());
        items.append("<li>").append(Template.html(a.finding().severity() + " " + a.finding().score())).append(": ")
            .append("<a href=\"").append(Template.html(a.link())).append("\">")
            .append(Template.html(a.finding().title())).append("</a></li>");
      }
      v.put("lines", String.join("\n", lines));
      v.put("items", items.toString());
    }
    try {
      MimeMessage m = sender.createMimeMessage();
      MimeMessageHelper h = new MimeMessageHelper(m, true, "UTF-8");
      h.setFrom(from);
      h.setTo(channel.recipients().toArray(String[]::new));
      h.setSubject(Template.of("email/" + kind + ".subject.txt").render(v).strip());
      h.setText(Template.of("email/" + kind + ".txt").render(v), Template.of("email/" + kind + ".html").render(v));
      sender.send(m);
      return 250;
    } catch (MailAuthenticationException e) {
      throw new PublishException("SMTP authentication failed", 535, false);
    } catch (MailSendException e) {
      throw new PublishException("SMTP send failed: " + e.getMessage(), null, true);
    } catch (MailException | MessagingException e) {
      throw new PublishException("e-mail failed: " + e.getMessage(), null, true);
    }
  }
}
