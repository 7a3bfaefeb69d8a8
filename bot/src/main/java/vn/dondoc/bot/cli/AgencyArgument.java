package vn.dondoc.bot.cli;

import org.springframework.stereotype.Component;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyLookup;
import vn.dondoc.scheduler.agency.AgencyRegister;

/** An agency named on the command line, in any written form ("Sở LĐTB&XH"): the one it means, or a refusal saying what to do. */
@Component
final class AgencyArgument {

    private final AgencyRegister agencies;
    private final Texts texts;

    AgencyArgument(AgencyRegister agencies, Texts texts) {
        this.agencies = agencies;
        this.texts = texts;
    }

    Agency one(String name) {
        AgencyLookup lookup = agencies.lookup(name);
        return switch (lookup.agencies().size()) {
            case 0 -> throw new CliException(texts.get("cli.unknownAgency", name));
            case 1 -> lookup.agencies().get(0);
            default -> throw new CliException(texts.get("cli.ambiguousAgency", name,
                    String.join("; ", lookup.agencies().stream().map(Agency::name).toList())));
        };
    }
}
