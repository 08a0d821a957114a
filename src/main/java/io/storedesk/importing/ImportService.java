package io.storedesk.importing;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.security.AuditLog;
import io.storedesk.store.Transactions;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs imports for every kind: opens the file, maps its columns, plans every row (a dry run stops here),
 * then writes the accepted rows in one transaction together with the job that records their
 * before-values, and undoes such a job on request.
 */
public final class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    /** The catalog import's price column (see CatalogImport's fields). */
    private static final String PRICE_FIELD = "price";

    private final Map<ImportKindId, ImportKind> kinds = new EnumMap<>(ImportKindId.class);
    private final Map<String, UndoHandler> undoHandlers = new HashMap<>();
    private final ImportJobRepository jobs;
    private final Transactions transactions;
    private final ImportLimits limits;
    private final Access access;
    private final Clock clock;
    private volatile ImportGuard guard = ImportGuard.NONE;
    private volatile Consumer<ImportKindId> afterWriting = kind -> { };
    private final AuditLog audit;
    /**
     * The plan of the last dry run, for the apply that usually follows it. Held softly: a preview left open
     * never keeps its plan against memory pressure (the apply then plans again).
     */
    private final AtomicReference<SoftReference<KeptPlan>> kept = new AtomicReference<>(new SoftReference<>(null));

    public ImportService(List<ImportKind> kinds, ImportJobRepository jobs, Transactions transactions,
                         ImportLimits limits, Clock clock, AuditLog audit, Access access) {
        this.audit = audit;
        this.access = access;
        for (ImportKind kind : kinds) {
            this.kinds.put(kind.id(), kind);
            kind.undoHandlers().forEach(h -> undoHandlers.put(h.entity(), h));
        }
        this.jobs = jobs;
        this.transactions = transactions;
        this.limits = limits;
        this.clock = clock;
    }

    /** What runs before an import writes its rows (a backup before a large import, decision 0023). */
    public void beforeApplying(ImportGuard guard) {
        this.guard = guard;
    }

    /** What runs after an import or its undo has written its rows and committed (the KPI rollups catch up). */
    public void afterWriting(Consumer<ImportKindId> action) {
        this.afterWriting = action;
    }

    /** The kinds this desk can import, in the order of {@link ImportKindId}. */
    public List<ImportKindId> kinds() {
        return List.copyOf(kinds.keySet());
    }

    public List<FieldSpec> fields(ImportKindId kind) {
        return kind(kind).fields();
    }

    /**
     * Opens the file far enough to show its layout: the header, the mapping the import would use (saved for
     * this layout, then aliases, with explicit choices on top) and up to sampleRows rows.
     */
    public FileLayout inspect(ImportKindId kindId, Path file, Map<String, String> explicitMapping, int sampleRows) {
        ImportKind kind = kind(kindId);
        try (TabularSource source = kind.adapt(SpreadsheetFiles.open(file, limits))) {
            Map<String, String> explicit = new LinkedHashMap<>(jobs.savedMapping(kindId, layoutHash(source.header()))
                    .orElse(Map.of()));
            explicit.putAll(explicitMapping);
            ColumnMapping mapping = ColumnMapping.resolve(source.fileName(), source.header(), kind.fields(), explicit);
            List<List<String>> sample = new ArrayList<>();
            for (var rows = source.rows(); rows.hasNext() && sample.size() < sampleRows; ) {
                SourceRow row = rows.next();
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < source.header().size(); i++) {
                    cells.add(row.cell(i).text());
                }
                sample.add(cells);
            }
            return new FileLayout(source.fileName(), source.description(), source.header(), mapping.asHeaders(),
                    sample);
        }
    }

    public ImportResult run(ImportKindId kindId, Path file, ImportOptions options, ImportProgress progress) {
        requireRights(kindId);
        ImportKind kind = kind(kindId);
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        Planned planned = planOrReuse(kind, file, options, progress);
        // Known once the header is read, before anything is written: a catalog file with prices changes prices.
        if (kindId == ImportKindId.CATALOG && planned.mapping().has(PRICE_FIELD)) {
            access.require(Permission.PRICE_CHANGE);
        }
        List<RowOutcome> outcomes = planned.plan().outcomes();
        if (outcomes.isEmpty()) {
            throw new RefusedInputException("import.error.noRows", planned.fileName());
        }
        Long jobId = null;
        boolean applied = false;
        boolean refusedAny = outcomes.stream().anyMatch(o -> o.status() == RowStatus.REFUSED);
        boolean acceptedAny = outcomes.stream().anyMatch(o -> o.status().isAccepted());
        if (!options.dryRun() && acceptedAny && !(refusedAny && options.mode() == ImportMode.ALL_OR_NOTHING)) {
            guard.beforeApplying(kindId, outcomes.stream().filter(o -> o.status().isAccepted()).count());
            jobId = apply(kindId, planned.fileName(), options, planned.plan(), outcomes, started, progress);
            applied = true;
            jobs.saveMapping(kindId, planned.layout(), planned.mapping().asHeaders(), clock.instant());
            afterWriting.accept(kindId);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        LOG.info("Import {} of {}: {} rows, applied {}, job {}, {} ms", kindId, planned.fileName(), outcomes.size(),
                applied, jobId, took.toMillis());
        return new ImportResult(kindId, planned.fileName(), planned.description(), planned.mapping().asHeaders(),
                planned.mapping().unusedColumns(), outcomes, applied, jobId, took);
    }

    /** A file read and planned, with what the result tells about it and the saved mapping it used. */
    private record Planned(String fileName, String description, String layout, ColumnMapping mapping,
                           Map<String, String> savedMapping, ImportPlan plan) {
    }

    /**
     * A dry run's plan and what it depended on: the file's bytes, the options that shape a plan, the store's
     * state as the kind reads it (taken before planning, so a change made while planning shows too).
     */
    private record KeptPlan(ImportKindId kind, FileStamp file, Map<String, String> mapping, boolean createMissingSkus,
                            String user, String storeState, Planned planned) {

        boolean plannedTheSame(ImportKindId otherKind, ImportOptions options) {
            return kind == otherKind && mapping.equals(options.mapping())
                    && createMissingSkus == options.createMissingSkus() && user.equals(options.user());
        }
    }

    /**
     * An apply right after the dry run of the same file reuses the dry run's plan when nothing it depended on
     * changed: same file bytes, same options, same saved mapping, and a store in the same state for this kind.
     * Otherwise (or when the kind cannot tell its state) the file is read and planned again. A kept plan
     * serves one apply at most; a dry run keeps its plan for the next one.
     */
    private Planned planOrReuse(ImportKind kind, Path file, ImportOptions options, ImportProgress progress) {
        KeptPlan previous = kept.getAndSet(new SoftReference<>(null)).get();
        if (options.dryRun()) {
            Optional<String> state = kind.storeState();
            Optional<FileStamp> stamp = state.isPresent() ? FileStamp.of(file, limits.maxFileBytes()) : Optional.empty();
            Planned planned = plan(kind, file, options, progress);
            if (stamp.isPresent()) {
                kept.set(new SoftReference<>(new KeptPlan(kind.id(), stamp.get(), options.mapping(),
                        options.createMissingSkus(), options.user(), state.get(), planned)));
            }
            return planned;
        }
        if (previous != null && previous.plannedTheSame(kind.id(), options)
                && FileStamp.of(file, limits.maxFileBytes()).filter(previous.file()::equals).isPresent()
                && kind.storeState().filter(previous.storeState()::equals).isPresent()
                && jobs.savedMapping(kind.id(), previous.planned().layout()).orElse(Map.of())
                        .equals(previous.planned().savedMapping())) {
            LOG.info("Import {} of {}: the dry run's plan still holds, applying it", kind.id(),
                    previous.planned().fileName());
            progress.rowsRead(previous.planned().plan().outcomes().size());
            return previous.planned();
        }
        return plan(kind, file, options, progress);
    }

    /**
     * Reads the whole file into a plan and closes it: the reader's buffers (a workbook's shared strings,
     * tens of megabytes for a large sheet) are not held while the plan is written.
     */
    private Planned plan(ImportKind kind, Path file, ImportOptions options, ImportProgress progress) {
        try (TabularSource source = kind.adapt(SpreadsheetFiles.open(file, limits))) {
            String layout = layoutHash(source.header());
            Map<String, String> saved = jobs.savedMapping(kind.id(), layout).orElse(Map.of());
            Map<String, String> explicit = new LinkedHashMap<>(saved);
            explicit.putAll(options.mapping());
            ColumnMapping mapping = ColumnMapping.resolve(source.fileName(), source.header(), kind.fields(), explicit);
            requireColumns(source.fileName(), kind.fields(), mapping);
            ImportPlan plan = kind.plan(source.rows(), mapping, options, progress);
            return new Planned(source.fileName(), source.description(), layout, mapping, saved, plan);
        }
    }

    private long apply(ImportKindId kindId, String fileName, ImportOptions options, ImportPlan plan,
                       List<RowOutcome> outcomes, Instant started, ImportProgress progress) {
        return transactions.inTransaction(() -> {
            long jobId = jobs.createJob(kindId, fileName, options.user(), options.mode(), started);
            ImportJobRecorder recorder = new ImportJobRecorder(jobId, batch -> jobs.recordChanges(jobId, batch));
            plan.apply(recorder, progress);
            if (progress.isCancelled()) {
                throw new ImportCancelledException();
            }
            recorder.flush();
            long accepted = outcomes.stream().filter(o -> o.status().isAccepted()).count();
            long refused = outcomes.stream().filter(o -> o.status() == RowStatus.REFUSED).count();
            long unchanged = outcomes.stream().filter(o -> o.status() == RowStatus.UNCHANGED).count();
            jobs.finishJob(jobId, outcomes.size(), accepted, refused, unchanged, clock.instant());
            audit.record(options.user(), new AuditLog.Change("import.apply", "import", String.valueOf(jobId), Map.of(),
                    Map.of("kind", kindId.name(), "file", fileName, "rows", String.valueOf(outcomes.size()),
                            "accepted", String.valueOf(accepted), "refused", String.valueOf(refused))));
            return jobId;
        });
    }

    /**
     * Puts back what a job wrote. Refused, with the records in the way, when anything it wrote has been
     * changed since (or, for inserted records, used since); nothing is changed then.
     */
    public void undo(long jobId, String user) {
        access.require(Permission.IMPORT);
        kept.set(new SoftReference<>(null));
        ImportJob job = jobs.job(jobId).orElseThrow(() -> new RefusedInputException("import.error.noSuchJob", jobId));
        requireRights(job.kind());
        if (job.kind() == ImportKindId.CATALOG) {
            // Putting a catalog import back may put its prices back.
            access.require(Permission.PRICE_CHANGE);
        }
        if (!ImportJob.APPLIED.equals(job.status())) {
            throw new RefusedInputException("import.error.alreadyUndone", jobId);
        }
        transactions.inTransaction(() -> {
            List<ChangeRecord> changes = jobs.changes(jobId);
            Map<String, List<ChangeRecord>> byEntity = new LinkedHashMap<>();
            // Undo runs backwards: the last record written is the first put back.
            for (int i = changes.size() - 1; i >= 0; i--) {
                byEntity.computeIfAbsent(changes.get(i).entity(), e -> new ArrayList<>()).add(changes.get(i));
            }
            // Entity by entity, last written first: what an import created may be used by what it created
            // later (its orders use the SKUs it made), so each check runs after the later records are gone.
            // Any conflict rolls the whole undo back.
            for (Map.Entry<String, List<ChangeRecord>> group : byEntity.entrySet()) {
                UndoHandler handler = handler(group.getKey());
                List<UndoConflict> conflicts = handler.conflicts(group.getValue());
                if (!conflicts.isEmpty()) {
                    UndoConflict first = conflicts.get(0);
                    throw new RefusedInputException("import.error.undoConflict", jobId, conflicts.size(), first.key(),
                            first.reason());
                }
                handler.undo(group.getValue(), user);
            }
            if (!jobs.markUndone(jobId, user, clock.instant())) {
                throw new RefusedInputException("import.error.alreadyUndone", jobId);
            }
            audit.record(user, new AuditLog.Change("import.undo", "import", String.valueOf(jobId),
                    Map.of("status", job.status()),
                    Map.of("status", ImportJob.UNDONE, "changes", String.valueOf(changes.size()))));
        });
        LOG.info("Import job {} undone by {}", jobId, user);
        afterWriting.accept(job.kind());
    }

    /**
     * What a person needs to import a kind: the import right and the right to change what it writes (a catalog
     * file with a price column also needs the price-change right, checked once its header is read).
     */
    public static Set<Permission> requiredRights(ImportKindId kind) {
        Permission edit = switch (kind) {
            case CATALOG -> Permission.CATALOG_EDIT;
            case STOCK_COUNT -> Permission.STOCK_ADJUST;
            case STOCK_SETTINGS -> Permission.STOCK_EDIT;
            case ORDERS, CARRIER_RATES -> Permission.ORDERS_EDIT;
        };
        return EnumSet.of(Permission.IMPORT, edit);
    }

    private void requireRights(ImportKindId kind) {
        access.require(Permission.IMPORT);
        requiredRights(kind).forEach(access::require);
    }

    public List<ImportJob> recentJobs(int limit) {
        return jobs.recentJobs(limit);
    }

    private UndoHandler handler(String entity) {
        UndoHandler handler = undoHandlers.get(entity);
        if (handler == null) {
            throw new IllegalStateException("no undo for " + entity);
        }
        return handler;
    }

    private ImportKind kind(ImportKindId id) {
        ImportKind kind = kinds.get(id);
        if (kind == null) {
            throw new RefusedInputException("import.error.kindNotAvailable", id.cliName());
        }
        return kind;
    }

    private static void requireColumns(String fileName, List<FieldSpec> fields, ColumnMapping mapping) {
        List<String> missing = fields.stream().filter(FieldSpec::required).filter(f -> !mapping.has(f.name()))
                .map(FieldSpec::name).toList();
        if (!missing.isEmpty()) {
            FieldSpec first = fields.stream().filter(f -> f.name().equals(missing.get(0))).findFirst().orElseThrow();
            throw new RefusedInputException("import.error.missingColumn", fileName,
                    new MessageKey("import.field." + first.name()), String.join(", ", first.aliases()));
        }
    }

    /** The same header (in the same order) is the same layout: its saved mapping applies again. */
    static String layoutHash(List<String> header) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(String.join("\u001F", header).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
