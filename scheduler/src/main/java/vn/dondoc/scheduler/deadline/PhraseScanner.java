package vn.dondoc.scheduler.deadline;

import static vn.dondoc.scheduler.deadline.Grammar.END;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.deadline.FixedPeriod.Unit;
import vn.dondoc.scheduler.deadline.Grammar.Hit;

/**
 * Reads a folded phrase left to right into terms and the links between them.
 *
 * <p>At each position it tries, in order: a term (a condition such as "Khi có đề xuất", then {@link TetTerms},
 * {@link IssueRelativeTerms}, {@link PeriodTerms}, {@link EventTerms}, {@link LabelTerms}); a connector ("," ";" "và" → list; "-" "+" "đến"
 * → range; brackets → aside); a filler word that carries no date meaning ("trước", "chậm nhất", "trình
 * UBND tỉnh"); "từ", opening a range. If none fits, the words there are left over and the whole phrase
 * is UNPARSED: that guard is what stops "Quý I (trình kỳ họp HĐND tháng 7)" from quietly becoming 31/03.
 */
final class PhraseScanner {

    /** How a term is joined to the one before it. */
    enum Link { ADJACENT, LIST, RANGE, ASIDE }

    /**
     * A recognised term.
     *
     * @param link       how it joins the previous piece (ADJACENT when nothing stands between them)
     * @param opensRange written after "từ", so a range end must follow
     * @param start      first folded character, for quoting
     * @param end        one past the last folded character
     * @param label      what the document calls this milestone ("sơ kết"), once the assembler has placed it
     */
    record Piece(Term term, Link link, boolean opensRange, int start, int end, String label) {

        Piece(Term term, Link link, boolean opensRange, int start, int end) {
            this(term, link, opensRange, start, end, null);
        }

        Piece withLink(Link newLink) {
            return new Piece(term, newLink, opensRange, start, end, label);
        }

        Piece withLabel(String newLabel) {
            return new Piece(term, link, opensRange, start, end, newLabel);
        }
    }

    // No fixed deadline. The heads that introduce a condition take the words after them as well.
    private static final Pattern OPEN_WORDS =
            Pattern.compile("(?:thuong xuyen|lien tuc|hang ngay|moi ngay|kip thoi|dot xuat)" + END);
    private static final Pattern OPEN_HEAD = Pattern.compile("(?:ngay sau khi|ngay khi|sau khi|khi|neu|theo)" + END);
    private static final Pattern TAIL_WORD = Pattern.compile(" (\\p{L}+)" + END);
    private static final Pattern UNIT_WORD = Pattern.compile("ngay|tuan|thang|quy|nam");
    private static final Set<String> UNIT_SPELLINGS = Set.of("ngày", "tuần", "tháng", "quý", "quí", "năm");
    private static final Pattern UNIT_COMPOUND = Pattern.compile("(?:quy (?:dinh|hoach|che|trinh|chuan)|tuan thu)" + END);

    private static final Pattern FROM = Pattern.compile("tu" + END);
    private static final Pattern LIST_MARK = Pattern.compile("\\s*[,;]");
    private static final Pattern CONNECTOR = Pattern.compile("[,;&+()\\-]|\\.(?= |$)|(?:va|den|toi)" + END);
    private static final Pattern FILLER = Pattern.compile("(?:"
            + "chu tich ubnd tinh|ubnd tinh|hdnd tinh|ubnd|hdnd|tu nay den|tu nay toi"
            + "|cham nhat|muon nhat|han chot|thoi han|han|thoi gian thuc hien|thoi gian|thoi diem"
            + "|hoan thanh|xong|trong vong|trong|vao|het|khoang|du kien|khong qua|toi da|thuc hien|la"
            + "|trinh|tham muu|bao cao|ket qua|ban hanh|to chuc|trien khai|nop|gui|so ket|tong ket|truoc"
            + ")" + END);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\S");

    private final NormalizedPhrase phrase;
    private final String text;
    private final TetTerms tet;
    private final IssueRelativeTerms issueRelative;
    private final PeriodTerms periods;
    private final EventTerms events;
    private final LabelTerms labels;

    PhraseScanner(NormalizedPhrase phrase) {
        this.phrase = phrase;
        this.text = phrase.text();
        this.tet = new TetTerms(phrase);
        this.issueRelative = new IssueRelativeTerms(phrase);
        this.periods = new PeriodTerms(phrase);
        this.events = new EventTerms(phrase);
        this.labels = new LabelTerms(phrase);
    }

    List<Piece> scan() {
        List<Piece> pieces = new ArrayList<>();
        Link pending = null;
        boolean opensRange = false;
        int p = 0;
        while (p < text.length()) {
            if (text.charAt(p) == ' ') {
                p++;
                continue;
            }
            Hit hit = term(p, bareContext(pieces, pending));
            if (hit != null) {
                Link link = pieces.isEmpty() ? null : pending == null ? Link.ADJACENT : pending;
                pieces.add(new Piece(hit.term(), link, opensRange, p, hit.end()));
                pending = null;
                opensRange = false;
                p = hit.end();
                continue;
            }
            Matcher connector = match(CONNECTOR, p);
            if (connector != null) {
                // "hằng quý (…), năm": a closing bracket before a comma only ends the aside.
                boolean closesBeforeList = connector.group().equals(")") && match(LIST_MARK, connector.end()) != null;
                if (!closesBeforeList) {
                    pending = connect(connector.group(), pending, !pieces.isEmpty());
                }
                p = connector.end();
                continue;
            }
            Matcher filler = match(FILLER, p);
            if (filler != null) {
                p = filler.end();
                continue;
            }
            Matcher from = match(FROM, p);
            if (from != null) {
                opensRange = true;
                p = from.end();
                continue;
            }
            throw leftover(p);
        }
        if (opensRange) {
            throw new ParseProblem(DeadlineError.START_ONLY);
        }
        return pieces;
    }

    private static Link connect(String connector, Link pending, boolean afterTerm) {
        switch (connector) {
            case "(":
            case ")":
                return Link.ASIDE;
            case "-":
            case "+":
            case "den":
            case "toi":
                // Only straight after a term: a leading "- " is a bullet, a leading "đến tháng 6" means "by June".
                return afterTerm && pending == null ? Link.RANGE : pending;
            default:
                return pending == Link.ASIDE || pending == Link.RANGE ? pending : Link.LIST;
        }
    }

    /** The period whose unit a bare number would inherit here ("Tháng 6,7"), or null. */
    private static FixedPeriod bareContext(List<Piece> pieces, Link pending) {
        if (pieces.isEmpty() || (pending != Link.LIST && pending != Link.RANGE)) {
            return null;
        }
        Term last = pieces.get(pieces.size() - 1).term();
        return last instanceof FixedPeriod && ((FixedPeriod) last).unit() != Unit.DATE ? (FixedPeriod) last : null;
    }

    private Hit term(int p, FixedPeriod bareContext) {
        // Inheritance first: in "quý I, 2/2025" the 2 is a quarter, not February.
        Hit hit = bareContext == null ? null : periods.bare(p, bareContext);
        if (hit == null) {
            hit = open(p);
        }
        if (hit == null) {
            hit = dated(p);
        }
        // Events and labels come last and stay out of dated(): a condition's words ("Theo kết luận của Hội nghị")
        // run on through them.
        if (hit == null) {
            hit = events.read(p);
        }
        if (hit == null) {
            hit = labels.read(p);
        }
        return hit;
    }

    private Hit dated(int p) {
        Hit hit = tet.read(p);
        if (hit == null) {
            hit = issueRelative.read(p);
        }
        return hit != null ? hit : periods.read(p);
    }

    private Hit open(int p) {
        Matcher words = match(OPEN_WORDS, p);
        if (words != null) {
            return new Hit(new Term.Open(), words.end());
        }
        Matcher head = match(OPEN_HEAD, p);
        if (head == null) {
            return null;
        }
        // "Theo chỉ đạo của UBND tỉnh", "Khi có đề xuất": the condition's own words, up to anything dated,
        // a digit or a punctuation mark, so "Theo kế hoạch, tháng 6" still sees its month.
        int end = head.end();
        for (Matcher word = match(TAIL_WORD, end); word != null; word = match(TAIL_WORD, end)) {
            if (isTimeUnit(word.start(1), word.end(1))) {
                break;
            }
            // "miền Nam" is not "năm", but "quy 2" typed without its accent is still a quarter.
            Hit dated = dated(word.start(1));
            boolean otherWord = UNIT_WORD.matcher(word.group(1)).matches();
            if (dated != null && !(otherWord && dated.end() == word.end(1))) {
                break;
            }
            end = word.end();
        }
        return end > head.end() ? new Hit(new Term.Open(), end) : null;
    }

    /**
     * Whether a word in a condition's tail may be a time unit, which ends the tail ("Theo quý" is not
     * "Theo ..."). Folding merges "quý" with "quy" (quy định) and "năm" with "Nam" (Miền Nam), so the
     * written word decides: "quý" is the unit; a plain "quy" in a phrase typed with diacritics is not.
     * Typed without any diacritics it stays a unit, except in a few common compounds.
     */
    private boolean isTimeUnit(int start, int end) {
        if (!UNIT_WORD.matcher(text.substring(start, end)).matches()) {
            return false;
        }
        String written = phrase.quote(start, end).toLowerCase(Locale.ROOT);
        if (UNIT_SPELLINGS.contains(written)) {
            return true;
        }
        if (!written.chars().allMatch(c -> c < 0x80)) {
            return false; // "thắng", "tuân": another word
        }
        return !phrase.hasDiacritics() && match(UNIT_COMPOUND, start) == null;
    }

    /** The words from {@code p} up to the next connector or filler, quoted as the office wrote them. */
    private ParseProblem leftover(int p) {
        int end = p;
        int q = p;
        while (q < text.length()) {
            end = match(TOKEN, q).end();
            q = end;
            while (q < text.length() && text.charAt(q) == ' ') {
                q++;
            }
            if (q == text.length()) {
                break;
            }
            // A dash glued to the words ("năm học 2024-2025") is part of them; a spaced one separates.
            boolean gluedDash = q == end && (text.charAt(q) == '-' || text.charAt(q) == '+');
            if (!gluedDash && (match(CONNECTOR, q) != null || match(FILLER, q) != null)) {
                break;
            }
        }
        return new ParseProblem(DeadlineError.NOT_UNDERSTOOD, phrase.quote(p, end));
    }

    private Matcher match(Pattern pattern, int p) {
        return Grammar.match(pattern, text, p);
    }
}
