package vn.dondoc.bot;

import vn.dondoc.bot.cli.Cli;
import vn.dondoc.bot.cli.CliEnvironment;

/** Entry point of {@code dondoc.jar}: the command line of PRODUCT.md. */
public final class Dondoc {

    private Dondoc() {
    }

    public static void main(String[] args) {
        int status = new Cli(CliEnvironment.system()).run(args);
        // run returns once the application has started and keeps its own threads alive until stopped.
        if (status != 0 || args.length == 0 || !"run".equals(args[0])) {
            System.exit(status);
        }
    }
}
