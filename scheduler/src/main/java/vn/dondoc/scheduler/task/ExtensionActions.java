package vn.dondoc.scheduler.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * Asking to move a due date, and deciding: the lead agency (or the office) asks, the office or a
 * leader approves or rejects. Each action is one transaction; the result says whom to tell.
 */
@Service
public class ExtensionActions {

    private final RegisterDatabase db;
    private final Clock clock;
    private final Extensions extensions;
    private final TaskAccess access;
    private final ContactRegister contacts;

    public ExtensionActions(RegisterDatabase db, Clock clock, Extensions extensions, TaskAccess access,
                            ContactRegister contacts) {
        this.db = db;
        this.clock = clock;
        this.extensions = extensions;
        this.access = access;
        this.contacts = contacts;
    }

    /** Asks to move the task's earliest open due date to {@code newDue}, a day after today. */
    public ExtensionRequested request(Caller caller, long taskId, LocalDate newDue, String reason) {
        return db.inTransaction(() -> {
            TaskAgencies task = access.toReport(caller, taskId);
            if (!newDue.isAfter(LocalDate.now(clock))) {
                throw new TaskActionException(TaskError.EXTENSION_IN_THE_PAST, newDue);
            }
            long id = extensions.request(taskId, newDue, caller.actor(), reason);
            return new ExtensionRequested(extensions.byId(id).orElseThrow(), deciders(task, caller));
        });
    }

    public ExtensionDecided approve(Caller caller, long extensionId) {
        return decide(caller, extensionId, true, null);
    }

    /** Approves with the reason the decider wrote (null: none), kept and told like a rejection's. */
    public ExtensionDecided approve(Caller caller, long extensionId, String reason) {
        return decide(caller, extensionId, true, reason);
    }

    public ExtensionDecided reject(Caller caller, long extensionId) {
        return reject(caller, extensionId, null);
    }

    /** Rejects with the reason the decider wrote (null: none); the reason is kept and told. */
    public ExtensionDecided reject(Caller caller, long extensionId, String reason) {
        return decide(caller, extensionId, false, reason);
    }

    /** How far back the console lists decided requests. */
    static final int DECIDED_DAYS = 30;

    /** For those who decide: the requests waiting, and those decided in the last {@value #DECIDED_DAYS} days. */
    public ExtensionBoard board(Caller caller) {
        return db.inTransaction(() -> {
            access.toDecide(caller);
            return new ExtensionBoard(extensions.lines(true, null),
                    extensions.lines(false, LocalDate.now(clock).minusDays(DECIDED_DAYS)));
        });
    }

    /** The request, when the caller decides requests: before asking the decider for a reason. */
    public ExtensionRequest pending(Caller caller, long extensionId) {
        return db.inTransaction(() -> {
            access.toDecide(caller);
            ExtensionRequest request = extensions.byId(extensionId)
                    .orElseThrow(() -> new TaskActionException(TaskError.EXTENSION_NOT_FOUND, extensionId));
            if (!request.isPending()) {
                throw new TaskActionException(TaskError.EXTENSION_DECIDED, extensionId);
            }
            return request;
        });
    }

    private ExtensionDecided decide(Caller caller, long extensionId, boolean approve, String reason) {
        return db.inTransaction(() -> {
            access.toDecide(caller);
            ExtensionRequest before = extensions.byId(extensionId)
                    .orElseThrow(() -> new TaskActionException(TaskError.EXTENSION_NOT_FOUND, extensionId));
            access.toDecide(caller, before.taskId(), contacts.inChargeOf(caller.contact().id()));
            extensions.decide(extensionId, approve, caller.actor(), reason);
            Optional<Contact> requester = before.requestedBy() == null ? Optional.empty()
                    : contacts.byId(before.requestedBy()).filter(c -> c.chatId() != null);
            List<Contact> others = deciders(access.toSee(caller, before.taskId()), caller.contact().id(), before.requestedBy());
            return new ExtensionDecided(before, approve, reason, requester, others);
        });
    }

    /** The office, and the leaders in charge of one of the task's lead agencies (or of all); not the requester. */
    private List<Contact> deciders(TaskAgencies task, Caller requester) {
        return deciders(task, requester.contact().id(), null);
    }

    private List<Contact> deciders(TaskAgencies task, long notThis, Long norThis) {
        return contacts.active(ContactRole.OFFICE, ContactRole.LEADER).stream()
                .filter(c -> c.role() == ContactRole.OFFICE || inCharge(c, task))
                .filter(c -> c.id() != notThis && !Long.valueOf(c.id()).equals(norThis))
                .toList();
    }

    private boolean inCharge(Contact leader, TaskAgencies task) {
        List<Long> agencies = contacts.inChargeOf(leader.id());
        return agencies.isEmpty() || agencies.stream().anyMatch(task.lead()::contains);
    }
}
