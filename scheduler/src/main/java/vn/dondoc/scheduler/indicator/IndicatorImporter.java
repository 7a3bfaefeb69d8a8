package vn.dondoc.scheduler.indicator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.error.Problem;
import vn.dondoc.scheduler.importing.AgencyResolver;
import vn.dondoc.scheduler.importing.ImportReport.RejectedRow;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.table.Table;
import vn.dondoc.scheduler.table.TableFiles;
import vn.dondoc.scheduler.table.UnreadableFileException;
import vn.dondoc.scheduler.task.SourceDocument;
import vn.dondoc.scheduler.task.SourceDocuments;

/**
 * Imports an indicator table. The same document and item update an indicator (its reported figures stay);
 * all of the file is written in one transaction or nothing is.
 */
@Component
public final class IndicatorImporter {

    private final RegisterDatabase db;
    private final Clock clock;
    private final SourceDocuments sources;
    private final AgencyRegister agencies;

    @Autowired
    public IndicatorImporter(RegisterDatabase db, Clock clock, SourceDocuments sources, AgencyRegister agencies) {
        this.db = db;
        this.clock = clock;
        this.sources = sources;
        this.agencies = agencies;
    }

    /** For tests and tools that import into a register they made. */
    public IndicatorImporter(RegisterDatabase db, Clock clock) {
        this(db, clock, new SourceDocuments(db, clock), new AgencyRegister(db, clock));
    }

    /**
     * The indicator table in {@code file}, or empty when no sheet has an indicator table's header (then it may
     * be a register of tasks). Touches no database.
     */
    public static Optional<IndicatorTable> read(Path file) {
        List<Table> tables;
        try {
            tables = TableFiles.read(file);
        } catch (UnreadableFileException e) {
            return Optional.empty(); // the task import says why, in its words
        }
        for (Table table : tables) {
            Optional<IndicatorHeader> header = IndicatorHeader.find(table.rows());
            if (header.isPresent()) {
                IndicatorRows.Result rows = IndicatorRows.read(table.rows(), header.get());
                if (rows.indicators().isEmpty()) {
                    throw new IndicatorTableException(table.rows().get(header.get().index()).line());
                }
                return Optional.of(new IndicatorTable(file.getFileName().toString(), table.sheet(), rows));
            }
        }
        return Optional.empty();
    }

    public IndicatorImportReport run(ImportRequest request) {
        return save(read(request.file()).orElseThrow(() -> new IllegalArgumentException("not an indicator table")), request);
    }

    public IndicatorImportReport save(IndicatorTable table, ImportRequest request) {
        Supplier<IndicatorImportReport> work = () -> write(table, request);
        return request.dryRun() ? db.inRolledBackTransaction(work) : db.inTransaction(work);
    }

    private IndicatorImportReport write(IndicatorTable table, ImportRequest request) {
        JdbcTemplate jdbc = db.jdbc();
        String now = Instant.now(clock).toString();
        // The title stays the one of the document's tasks when they came first: null keeps it.
        SourceDocument source = sources.save(request.sourceNumber(), request.issued(), request.effectivePlanYear(),
                sources.find(request.sourceNumber()).isPresent() ? null : table.rows().title(), table.fileName());
        AgencyResolver resolver = new AgencyResolver(agencies);
        // Every row's agencies first: new agencies are written once, then each row gets their real ids.
        List<List<Long>> resolved = new ArrayList<>();
        for (IndicatorRow row : table.indicators()) {
            resolved.add(resolver.resolve(row.agency(), true, row.line(), new ArrayList<>()));
        }
        Map<Long, Long> realIds = resolver.apply(agencies);
        int rowIndex = 0;
        List<RejectedRow> rejected = new ArrayList<>(table.rows().rejected());
        int created = 0;
        int updated = 0;
        int inherited = 0;
        int targets = 0;
        Set<String> items = new HashSet<>();
        for (IndicatorRow row : table.indicators()) {
            List<Long> ids = resolved.get(rowIndex++).stream().map(i -> realIds.getOrDefault(i, i)).toList();
            if (ids.isEmpty()) {
                rejected.add(new RejectedRow(row.line(), Problem.of(IndicatorError.NO_AGENCY, row.name())));
                continue;
            }
            Directions.Decision direction = Directions.standard().of(row.name());
            List<Long> known = jdbc.queryForList("SELECT id FROM indicator WHERE source_id = ? AND item = ?", Long.class,
                    source.id(), row.item());
            long id;
            if (known.isEmpty()) {
                id = jdbc.queryForObject("INSERT INTO indicator (source_id, item, tt, context, name, unit, direction,"
                                + " direction_words, agency_written, agency_inherited, part_of_above, line, created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", Long.class,
                        source.id(), row.item(), row.tt(), row.context(), row.name(), row.unit(), direction.direction().name(),
                        direction.words(), row.agency(), row.agencyInherited() ? 1 : 0, row.part() ? 1 : 0, row.line(), now, now);
                created++;
            } else {
                id = known.get(0);
                jdbc.update("UPDATE indicator SET tt = ?, context = ?, name = ?, unit = ?, direction = ?, direction_words = ?,"
                                + " agency_written = ?, agency_inherited = ?, part_of_above = ?, line = ?, updated_at = ? WHERE id = ?",
                        row.tt(), row.context(), row.name(), row.unit(), direction.direction().name(), direction.words(),
                        row.agency(), row.agencyInherited() ? 1 : 0, row.part() ? 1 : 0, row.line(), now, id);
                jdbc.update("DELETE FROM indicator_agency WHERE indicator_id = ?", id);
                jdbc.update("DELETE FROM indicator_figure WHERE indicator_id = ?", id);
                updated++;
            }
            for (int i = 0; i < ids.size(); i++) {
                jdbc.update("INSERT INTO indicator_agency (indicator_id, agency_id, position) VALUES (?, ?, ?)", id, ids.get(i), i);
            }
            for (Map.Entry<IndicatorColumn, Figure> e : row.figures().entrySet()) {
                Figure f = e.getValue();
                jdbc.update("INSERT INTO indicator_figure (indicator_id, column_key, written, kind, low, high) VALUES (?, ?, ?, ?, ?, ?)",
                        id, e.getKey().key(), f.written(), f.kind().name(), plain(f.low()), plain(f.high()));
                if (e.getKey().period() != null && f.isNumber()) {
                    targets++;
                }
            }
            inherited += row.agencyInherited() ? 1 : 0;
            items.add(row.item());
        }
        rejected.sort(java.util.Comparator.comparingInt(RejectedRow::line));
        List<String> missing = jdbc.queryForList("SELECT item FROM indicator WHERE source_id = ? ORDER BY id", String.class,
                source.id()).stream().filter(item -> !items.contains(item)).toList();
        return new IndicatorImportReport(source, table.sheet(), created, updated, table.rows().headings(), inherited, targets,
                resolver.created(), resolver.recognised(), rejected, table.rows().notes(), missing, request.dryRun());
    }

    private static String plain(java.math.BigDecimal n) {
        return n == null ? null : n.toPlainString();
    }
}
