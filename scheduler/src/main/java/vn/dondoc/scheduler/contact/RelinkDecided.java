package vn.dondoc.scheduler.contact;

/**
 * The office decided request {@code relinkId} to move {@code contact} from {@code oldChat} to {@code newChat}:
 * whom to tell. The contact is as it is after the decision.
 */
public record RelinkDecided(long relinkId, Contact contact, long oldChat, long newChat, boolean approved) {
}
