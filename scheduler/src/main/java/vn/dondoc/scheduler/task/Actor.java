package vn.dondoc.scheduler.task;

/** Who did something to a task, for its history: a person through a chat, or a program. */
public record Actor(String name, Long contactId, Long chatId) {

    public static Actor program(String name) {
        return new Actor(name, null, null);
    }
}
