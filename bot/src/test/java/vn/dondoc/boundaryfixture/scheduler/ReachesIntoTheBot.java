package vn.dondoc.boundaryfixture.scheduler;

import vn.dondoc.bot.cli.Cli;

/** A deliberately wrong class: "scheduler" code that uses the bot. ModuleBoundariesTests must catch it. */
public final class ReachesIntoTheBot {

    public static Class<?> crossing() {
        return Cli.class;
    }
}
