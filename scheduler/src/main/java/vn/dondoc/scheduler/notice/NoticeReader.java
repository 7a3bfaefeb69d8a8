package vn.dondoc.scheduler.notice;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.scheduler.agency.Agency;

/**
 * Finds the assignments in a notice's text: undoes the PDF copy's noise ({@link LineFilter}s), joins the lines
 * into paragraphs and sentences, and asks the {@link SentenceRule}s in order; the appendix table is read by
 * {@link AppendixTable}. Rule-based and local: no service is called.
 */
public final class NoticeReader {

    private static final java.util.regex.Pattern DISTRIBUTION = java.util.regex.Pattern.compile("^\\s*Nơi nhận\\s*:");

    private final AgencyPhrases phrases;
    private final List<LineFilter> filters;
    private final List<SentenceRule> rules;

    /** @param known the register's agencies, known besides the bodies every province has */
    public NoticeReader(List<Agency> known) {
        this.phrases = AgencyPhrases.with(known);
        this.filters = List.of(new WebLinks(), new PageNumbers(), new RunningHeaders(phrases::isAgency));
        this.rules = List.of(new BulletRule(phrases), new GivenToRule(phrases), new SubjectRule(phrases),
                new ContinuationRule(phrases));
    }

    public List<NoticeTask> read(List<String> text) {
        List<SourceLine> body = new ArrayList<>();
        List<SourceLine> appendix = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            SourceLine line = new SourceLine(i + 1, text.get(i));
            if (DISTRIBUTION.matcher(line.text()).find()) {
                break; // "Nơi nhận:" lists who gets a copy; the notice has said all it assigns
            }
            if (appendix.isEmpty() && AppendixTable.opens(line.text()) && i > 0) {
                appendix.add(line);
            } else if (!appendix.isEmpty()) {
                appendix.add(line);
            } else {
                body.add(line);
            }
        }
        for (LineFilter filter : filters) {
            body = filter.apply(body);
        }
        Reading reading = new Reading();
        List<Paragraph> paragraphs = Paragraphs.join(body, line -> phrases.at(line, 0).filter(f -> f.start() < 3).isPresent(),
                phrases::listsAt);
        int opener = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            for (Sentence sentence : Sentences.of(paragraphs.get(p), p, phrases::listsAt)) {
                if (opener < 0 && NotTasks.isOpener(sentence.text())) {
                    opener = reading.tasks.size();
                }
                if (NotTasks.isFormula(sentence.text())) {
                    continue;
                }
                for (SentenceRule rule : rules) {
                    if (rule.read(sentence, reading)) {
                        break;
                    }
                }
            }
        }
        List<NoticeTask> directions = reading.tasks.subList(Math.max(opener, 0), reading.tasks.size());
        List<NoticeTask> tasks = new ArrayList<>(Restatements.drop(directions));
        List<SourceLine> table = appendix;
        for (LineFilter filter : List.of(new WebLinks(), new RunningHeaders(phrases::isAgency))) {
            table = filter.apply(table);
        }
        tasks.addAll(AppendixTable.read(table, phrases));
        return tasks;
    }
}
