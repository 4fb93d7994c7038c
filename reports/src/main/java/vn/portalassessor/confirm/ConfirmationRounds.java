package vn.portalassessor.confirm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.portalassessor.confirm.JournalEntry.Closed;
import vn.portalassessor.confirm.JournalEntry.Decided;
import vn.portalassessor.confirm.JournalEntry.Decision;
import vn.portalassessor.confirm.JournalEntry.Exported;
import vn.portalassessor.confirm.JournalEntry.Imported;
import vn.portalassessor.confirm.JournalEntry.Rechecked;
import vn.portalassessor.crawl.PageSource;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Criterion;
import vn.portalassessor.criteria.InputFileException;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.RowError;
import vn.portalassessor.evaluate.result.AgencyResult;
import vn.portalassessor.evaluate.result.Assessment;
import vn.portalassessor.evaluate.result.CriterionResult;
import vn.portalassessor.report.OutputFolder;
import vn.portalassessor.report.json.ResultsJson;
import vn.portalassessor.viewer.OwnerOnlyFile;
import vn.portalassessor.viewer.PublicUrl;
import vn.portalassessor.viewer.ViewerTokens;

/**
 * The confirmation rounds of one run directory (methodology §6, steps 3–5): the front door of this
 * package. The crawl's results are kept as {@code confirm/baseline-results.json} the first time the
 * rounds are opened; every export, import, decision, re-check and closing is an entry of
 * {@code confirm/journal.jsonl}; the current results are always derived from the two
 * ({@link ConfirmedResults}). Round 2 opens only once round 1 is closed; a closed round takes no
 * answers, and once round 2 is closed no decision or re-check is taken either. Not thread-safe; the
 * journal itself is safe against concurrent processes and crashes.
 */
public final class ConfirmationRounds {

    private final Path runDir;
    private final Methodology methodology;
    private final Map<String, Agency> agencies = new LinkedHashMap<>();
    private final Journal journal;
    private final Assessment baseline;
    private final Clock clock;
    private OutputFolder.Probe probe = OutputFolder.DISK;

    private ConfirmationRounds(Path runDir, Methodology m, List<Agency> agencies, Assessment baseline, Clock clock) {
        this.runDir = runDir;
        this.methodology = m;
        agencies.forEach(a -> this.agencies.put(a.id(), a));
        this.journal = new Journal(dir(runDir).resolve("journal.jsonl"));
        this.baseline = baseline;
        this.clock = clock;
    }

    /** {@code confirm/} of a run directory. */
    public static Path dir(Path runDir) {
        return runDir.resolve("confirm");
    }

    /**
     * Opens the rounds of a run; the first time, keeps its {@code results.json} as the crawl's
     * baseline (written next to its place and renamed, so it is whole or absent).
     */
    public static ConfirmationRounds open(Path runDir, Methodology m, List<Agency> agencies, Clock clock) {
        Path base = dir(runDir).resolve("baseline-results.json");
        try {
            if (!Files.exists(base)) {
                Path results = runDir.resolve("results.json");
                if (!Files.exists(results)) {
                    throw new ConfirmationException(runDir + " has no results.json to confirm; run 'assessor evaluate --run "
                            + runDir + "' first");
                }
                Files.createDirectories(base.getParent());
                Path tmp = base.resolveSibling(base.getFileName() + ".tmp");
                Files.copy(results, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, base, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return new ConfirmationRounds(runDir, m, agencies, ResultsJson.read(base), clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the confirmation rounds of " + runDir, e);
        }
    }

    /** Writes the folder checks through {@code probe} (tests simulate a full disk with it). */
    void probe(OutputFolder.Probe probe) {
        this.probe = probe;
    }

    /**
     * Before anything is journaled: the run folder (results), {@code confirm/} (the journal) and
     * {@code report/} must all be writable, so a step is never recorded and then reported as failed.
     */
    private void checkWritable() {
        try {
            for (Path d : List.of(runDir, dir(runDir), runDir.resolve("report"))) {
                OutputFolder.prepare(d, probe);
            }
        } catch (OutputFolder.NotWritableException e) {
            throw new ConfirmationException(e.getMessage() + " (nothing was recorded)");
        }
    }

    public Journal journal() {
        return journal;
    }

    public Methodology methodology() {
        return methodology;
    }

    /** The crawl's results, before any confirmation. */
    public Assessment baseline() {
        return baseline;
    }

    /** What the journal adds up to now. */
    public RoundsState state() {
        return new RoundsState(journal.read());
    }

    /** The results with every re-check and decision applied. */
    public Assessment current() {
        return ConfirmedResults.current(methodology, baseline, journal.read());
    }

    /**
     * Writes one workbook per agency, {@code confirm/round-N/<id>.xlsx}, from the current results, with
     * the agency's evidence link and viewer token (created in {@code viewer-tokens.json} when missing).
     */
    public List<Path> export(int round, String by) {
        checkRound(round);
        checkWritable();
        RoundsState state = state();
        if (state.closed(round)) {
            throw new ConfirmationException("round " + round + " is closed; nothing more can be exported for it");
        }
        if (round == 2 && !state.closed(1)) {
            throw new ConfirmationException("round 2 starts once round 1 is closed: run 'assessor confirm close --run "
                    + runDir + " --round 1' first");
        }
        Assessment current = current();
        Map<String, String> tokens = agencyTokens();
        Path out = dir(runDir).resolve("round-" + round);
        List<Path> files = new ArrayList<>();
        Map<String, String> sums = new LinkedHashMap<>();
        java.time.Instant exportedAt = clock.instant();
        String methodologyName = methodology.id() + " (phiên bản " + methodology.version() + ")";
        try {
            SheetSignature signature = SheetSignature.openOrCreate(dir(runDir));
            for (AgencyResult a : current.agencies()) {
                Path file = out.resolve(a.id() + ".xlsx");
                boolean complete = PublicUrl.read(runDir).isPresent();
                String evidence = PublicUrl.link(runDir, "report/agency/" + a.id() + ".html", tokens.get(a.id()));
                String link = complete ? evidence : "report/agency/" + a.id() + ".html (mở qua 'assessor serve --run … --public-url URL',"
                        + " thêm ?token=" + tokens.get(a.id()) + ")";
                AnswerSheetWriter.write(file, a, round, methodologyName, link, tokens.get(a.id()), exportedAt, signature);
                OwnerOnlyFile.write(out.resolve(a.id() + "-truy-cap.txt"), ("Cơ quan: " + a.name() + " (" + a.id() + ")\n"
                        + "Trang bằng chứng: " + evidence + "\n"
                        + "Trang xác nhận: " + PublicUrl.link(runDir, "report/confirm/" + a.id() + ".html", tokens.get(a.id())) + "\n"
                        + "Mã truy cập: " + tokens.get(a.id()) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sums.put(a.id(), AnswerSheetReader.sha256(Files.readAllBytes(file)));
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the round " + round + " workbooks into " + out, e);
        }
        journal.append(new Exported(clock.instant(), by, round, sums));
        return files;
    }

    /**
     * Imports agencies' answered workbooks for a round: all files are checked first and, if any row of
     * any file is wrong, none is imported ({@link InputFileException} lists every bad row). Each file
     * then becomes one journal entry with its SHA-256, the importer and the time.
     */
    public List<Imported> importAnswers(int round, List<Path> files, String by) {
        return importAnswers(round, files, by, null);
    }

    /**
     * As {@link #importAnswers(int, List, String)}; each workbook must also be the one exported for its
     * agency and round, unaltered in its locked cells, and newer than the answers already imported for
     * that agency and round (neither exported nor saved earlier) and not a file already imported (same
     * SHA-256). An older or repeated workbook is imported only with {@code replaceReason}, which the
     * journal keeps.
     *
     * @param replaceReason why an older or repeated workbook replaces the imported answers ({@code
     *                      --replace --reason}); null or blank for an ordinary import
     */
    public List<Imported> importAnswers(int round, List<Path> files, String by, String replaceReason) {
        checkRound(round);
        checkWritable();
        boolean replace = replaceReason != null && !replaceReason.isBlank();
        RoundsState state = state();
        List<RowError> errors = new ArrayList<>();
        if (state.closed(round)) {
            files.forEach(f -> errors.add(new RowError(f.getFileName().toString(), 0, "", "round " + round
                    + " is closed: its answers can no longer be imported")));
        } else if (!state.exported(round)) {
            files.forEach(f -> errors.add(new RowError(f.getFileName().toString(), 0, "", "round " + round
                    + " has not been exported yet ('assessor confirm export --round " + round + "')")));
        }
        if (!errors.isEmpty()) {
            throw new InputFileException(errors);
        }
        Assessment current = current();
        List<AnswerSheetReader.Read> read = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        AnswerSheetReader.Exported exported = exportedSheets();
        for (Path f : files) {
            Optional<AnswerSheetReader.Read> r = AnswerSheetReader.read(f, round, methodology, current, exported, errors);
            if (r.isPresent()) {
                String earlier = seen.putIfAbsent(r.get().agencyId(), r.get().file());
                if (earlier != null) {
                    errors.add(new RowError(r.get().file(), 0, SheetLayout.AGENCY_LABEL, "a second workbook of "
                            + r.get().agencyId() + " in the same import (first: " + earlier + ")"));
                }
                if (!replace) {
                    checkNewer(state, r.get(), round, errors);
                }
                read.add(r.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new InputFileException(errors);
        }
        List<Imported> imported = new ArrayList<>();
        for (AnswerSheetReader.Read r : read) {
            Imported entry = new Imported(clock.instant(), by, round, r.agencyId(), r.file(), r.sha256(), r.answers(),
                    r.exportedAt(), r.savedAt(), replace ? replaceReason.strip() : null);
            journal.append(entry);
            imported.add(entry);
        }
        return imported;
    }

    /** Refuses a workbook already imported, or older than the answers imported for its agency and round. */
    private static void checkNewer(RoundsState state, AnswerSheetReader.Read r, int round, List<RowError> errors) {
        String anyway = "; to import it anyway: --replace --reason \"...\"";
        Imported latest = null;
        for (JournalEntry e : state.entries()) {
            if (e instanceof Imported im && im.agencyId().equals(r.agencyId()) && im.round() == round) {
                if (im.sha256().equals(r.sha256())) {
                    errors.add(new RowError(r.file(), 0, "", "this file (SHA-256 " + r.sha256().substring(0, 12)
                            + "…) was already imported on " + im.at() + " by " + im.by() + " as " + im.file() + anyway));
                    return;
                }
                latest = im;
            }
        }
        if (latest == null) {
            return;
        }
        if (latest.exportedAt() != null && r.exportedAt() != null && r.exportedAt().isBefore(latest.exportedAt())) {
            errors.add(new RowError(r.file(), 0, SheetLayout.EXPORTED_LABEL, "the workbook was exported at " + r.exportedAt()
                    + ", before the one imported on " + latest.at() + " (" + latest.file() + ", exported at "
                    + latest.exportedAt() + "): an older workbook would replace newer answers" + anyway));
        } else if (latest.savedAt() != null && r.savedAt() != null && r.savedAt().isBefore(latest.savedAt())) {
            errors.add(new RowError(r.file(), 0, "", "the workbook was last saved at " + r.savedAt() + ", before the one"
                    + " imported on " + latest.at() + " (" + latest.file() + ", saved at " + latest.savedAt()
                    + "): an older workbook would replace newer answers" + anyway));
        }
    }

    /** The run's signature, the agencies' access codes and the exported workbooks, to check imports against. */
    private AnswerSheetReader.Exported exportedSheets() {
        try {
            SheetSignature signature = SheetSignature.open(dir(runDir).resolve(SheetSignature.KEY_FILE));
            Map<String, String> byToken = new java.util.HashMap<>();
            ViewerTokens.loadOrCreate(runDir, agencies.keySet()).agencies().forEach((id, token) -> byToken.put(token, id));
            return new AnswerSheetReader.Exported(signature, byToken, (agencyId, round) -> {
                Path file = dir(runDir).resolve("round-" + round).resolve(agencyId + ".xlsx");
                return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
            });
        } catch (IOException e) {
            throw new ConfirmationException(e.getMessage());
        }
    }

    /**
     * Records an inspector's decision. ACCEPT takes the agency's corrected value from its latest
     * dispute of the criterion (or, when it gave none, resolves the dispute in its favour on the
     * current result); REJECT keeps the current result; SET overrides with {@code raw}.
     */
    public Decided decide(String agencyId, String criterionId, Decision decision, String raw, String reason, String by) {
        Agency agency = agency(agencyId);
        Criterion c = criterion(agency, criterionId);
        if (reason == null || reason.isBlank()) {
            throw new ConfirmationException("a decision needs a reason: add --reason \"...\"");
        }
        if (state().closed(2)) {
            throw new ConfirmationException("round 2 is closed: the results are final and take no more decisions");
        }
        checkWritable();
        Optional<Answer> answer = state().latestAnswer(agencyId, criterionId);
        Decided d;
        switch (decision) {
            case SET -> {
                CorrectedValue v;
                try {
                    v = CorrectedValue.parse(c, raw == null ? "" : raw);
                } catch (IllegalArgumentException e) {
                    throw new ConfirmationException("--set for " + criterionId + " (" + c.rule() + "): " + e.getMessage());
                }
                d = new Decided(clock.instant(), by, agencyId, criterionId, decision, v.value(), v.components(), v.raw(), reason);
            }
            case ACCEPT, REJECT -> {
                if (answer.isEmpty() || answer.get().agrees()) {
                    throw new ConfirmationException(agencyId + " has not disputed " + criterionId
                            + ": there is nothing to " + (decision == Decision.ACCEPT ? "accept" : "reject")
                            + "; use --set VALUE to override");
                }
                Answer a = answer.get();
                boolean takeValue = decision == Decision.ACCEPT && a.hasCorrection();
                d = new Decided(clock.instant(), by, agencyId, criterionId, decision, takeValue ? a.corrected() : null,
                        takeValue ? a.correctedComponents() : Map.of(), takeValue ? a.correctedRaw() : "", reason);
            }
            default -> throw new IllegalStateException("unknown decision " + decision);
        }
        journal.append(d);
        return d;
    }

    /** A disputed criterion waiting for a re-check. */
    public record Dispute(Agency agency, Criterion criterion, Answer answer) {
    }

    /** The open disputes of criteria judged from the portal, with no re-check since they were raised. */
    public List<Dispute> disputesToRecheck() {
        RoundsState state = state();
        List<Dispute> out = new ArrayList<>();
        for (Agency a : agencies.values()) {
            for (Answer ans : state.openDisputes(a.id())) {
                Criterion c = methodology.criterion(ans.criterionId()).orElseThrow();
                if (c.crawlerCheck().isPresent() && !recheckedSinceDispute(state, a.id(), c.id())) {
                    out.add(new Dispute(a, c, ans));
                }
            }
        }
        return out;
    }

    private static boolean recheckedSinceDispute(RoundsState state, String agencyId, String criterionId) {
        boolean since = false;
        for (JournalEntry e : state.entries()) {
            if (e instanceof Imported im && im.agencyId().equals(agencyId)
                    && im.answers().stream().anyMatch(x -> x.criterionId().equals(criterionId) && !x.agrees())) {
                since = false;
            } else if (e instanceof Rechecked r && r.agencyId().equals(agencyId) && r.criterionId().equals(criterionId)) {
                since = true;
            }
        }
        return since;
    }

    /** Re-checks one dispute through {@code live} and records the old and new result. */
    public Rechecked recheck(Dispute d, PageSource live, String by) {
        if (state().closed(2)) {
            throw new ConfirmationException("round 2 is closed: the results are final and are not re-checked");
        }
        checkWritable();
        CriterionResult before = ConfirmedResults.criterion(current(), d.agency().id(), d.criterion().id()).orElseThrow();
        List<URI> urls;
        try {
            urls = Recheck.urls(d.agency(), before, d.answer().evidenceUrl());
        } catch (IllegalArgumentException e) {
            throw new ConfirmationException("cannot re-check " + d.criterion().id() + " of " + d.agency().id() + ": " + e.getMessage());
        }
        Recheck.Outcome o = Recheck.run(runDir, methodology, d.agency(), d.criterion(), before, urls, live,
                baseline.assessmentDate(), LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()));
        Rechecked entry = new Rechecked(clock.instant(), by, d.agency().id(), d.criterion().id(), before, o.result(), o.fetched());
        journal.append(entry);
        return entry;
    }

    /** Closes a round: it takes no more answers. */
    public Closed close(int round, String by) {
        checkRound(round);
        RoundsState state = state();
        if (state.closed(round)) {
            throw new ConfirmationException("round " + round + " is already closed");
        }
        if (!state.exported(round)) {
            throw new ConfirmationException("round " + round + " was never exported; export it before closing it");
        }
        checkWritable();
        Closed c = new Closed(clock.instant(), by, round);
        journal.append(c);
        return c;
    }

    /** Writes {@code report/confirm/}: the status of every agency and each agency's change table. */
    public void writeReport(Path reportDir) throws IOException {
        List<JournalEntry> entries = journal.read();
        ConfirmReport.write(reportDir.resolve("confirm"), methodology, baseline, entries);
    }

    private Agency agency(String id) {
        Agency a = agencies.get(id);
        if (a == null) {
            throw new ConfirmationException("unknown agency \"" + id + "\"; this run's agencies: " + agencies.keySet());
        }
        return a;
    }

    private Criterion criterion(Agency a, String id) {
        Criterion c = methodology.criterion(id).orElseThrow(() -> new ConfirmationException("unknown criterion \""
                + id + "\" in methodology " + methodology.id() + " v" + methodology.version()));
        if (!c.appliesTo(a.group())) {
            throw new ConfirmationException(id + " does not apply to " + a.id() + " (group " + a.group() + ")");
        }
        return c;
    }

    private static void checkRound(int round) {
        if (round < 1 || round > RoundsState.ROUNDS) {
            throw new ConfirmationException("--round must be 1 or 2, not " + round);
        }
    }

    /** The agencies' viewer tokens, creating missing ones in {@code viewer-tokens.json} (contract §3). */
    private Map<String, String> agencyTokens() {
        try {
            return ViewerTokens.loadOrCreate(runDir, agencies.keySet()).agencies();
        } catch (IOException e) {
            throw new ConfirmationException(e.getMessage());
        }
    }
}
