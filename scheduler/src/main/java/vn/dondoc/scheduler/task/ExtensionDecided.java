package vn.dondoc.scheduler.task;

import java.util.List;
import java.util.Optional;
import vn.dondoc.scheduler.contact.Contact;

/**
 * A decision on an extension request. {@code extension} is the request as it was before the decision
 * (its due date before, the date asked); {@code reason} what the decider wrote (or null);
 * {@code requester} is whom to tell, when linked to a chat; {@code otherDeciders} the office and the
 * leaders in charge who were asked too, so that nobody decides it a second time.
 */
public record ExtensionDecided(ExtensionRequest extension, boolean approved, String reason, Optional<Contact> requester,
                               List<Contact> otherDeciders) {

    public ExtensionDecided {
        otherDeciders = List.copyOf(otherDeciders);
    }
}
