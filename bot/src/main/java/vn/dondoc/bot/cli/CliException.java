package vn.dondoc.bot.cli;

/** Bad arguments or bad input: the message is one sentence for the person, the exit status 2. */
final class CliException extends RuntimeException {

    CliException(String message) {
        super(message);
    }
}
