package vn.dondoc.bot.telegram;

/** Answers what people send the bot. */
public interface UpdateHandler {

    void handle(Incoming incoming);
}
