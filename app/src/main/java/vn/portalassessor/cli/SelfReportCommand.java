package vn.portalassessor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.portalassessor.criteria.Agency;
import vn.portalassessor.criteria.Group;
import vn.portalassessor.criteria.Methodology;
import vn.portalassessor.criteria.load.AgencyListReader;
import vn.portalassessor.selfreport.AskedRow;
import vn.portalassessor.selfreport.SelfReport;
import vn.portalassessor.selfreport.SelfReportStatus;
import vn.portalassessor.selfreport.template.PreviousValues;
import vn.portalassessor.selfreport.template.TemplateWriter;

/**
 * {@code assessor selfreport}: the first step of the method, compiling the agencies' own figures — a
 * workbook per agency to fill in, and who has sent what.
 */
@Command(name = "selfreport", mixinStandardHelpOptions = true,
        description = "Collect the agencies' self-reported figures (Circular 06/2013): write one workbook per agency " +
                "to fill in, then see who has reported and which rows are missing. Returned workbooks are imported " +
                "with '--self-reported FOLDER' by run and evaluate.",
        subcommands = {SelfReportCommand.Template.class, SelfReportCommand.Status.class})
final class SelfReportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a sub-command: template or status");
    }

    /** {@code assessor selfreport template}. */
    @Command(name = "template", mixinStandardHelpOptions = true,
            description = "Write one workbook per agency (<id>.xlsx), in Vietnamese: the agency's name and id, one row " +
                    "per figure the methodology asks of its group (id, name, unit, what is asked, allowed range), answer " +
                    "cells checked by the spreadsheet (ratio 0-100%, whole counts, Có/Không), every other cell locked, " +
                    "an instructions sheet and a hidden fingerprint checked on import. Edit the methodology and the " +
                    "templates follow; workbooks made for other rows are refused on import.")
    static final class Template implements Callable<Integer> {

        @Option(names = "--agencies", required = true, paramLabel = "FILE",
                description = "Agencies: CSV/XLSX (id,name,group,portal_url,services_url) or a JSON array.")
        Path agencies;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the workbooks into.")
        Path out;

        @Option(names = "--methodology", paramLabel = "FILE",
                description = "Methodology file, JSON or YAML (default: the shipped 2016-reconstructed).")
        Path methodology;

        @Option(names = "--previous", paramLabel = "RUN",
                description = "Last year's run folder: its results.json values are printed beside each row.")
        Path previous;

        @Override
        public Integer call() throws Exception {
            List<Agency> list = AgencyListReader.read(agencies);
            Methodology m = Pipeline.methodology(methodology);
            PreviousValues last = previous == null ? PreviousValues.NONE : PreviousValues.read(previous);
            List<Path> files = TemplateWriter.writeAll(m, list, last, out);
            Map<Group, Integer> rows = new TreeMap<>();
            list.forEach(a -> rows.put(a.group(), AskedRow.forGroup(m, a.group()).size()));
            System.out.println("Đã viết " + files.size() + " biểu tự báo cáo vào " + out + " (phương pháp " + m.id()
                    + ", phiên bản " + m.version() + (previous == null ? "" : "; số liệu năm trước từ " + previous) + ").");
            rows.forEach((g, n) -> System.out.println("  " + g.vietnameseName() + ": " + n + " số liệu mỗi biểu"));
            System.out.println("Gửi mỗi cơ quan tệp <mã cơ quan>.xlsx của mình; nhận lại vào một thư mục rồi xem tình hình bằng"
                    + " 'assessor selfreport status --self-reported THƯ_MỤC'.");
            return 0;
        }
    }

    /** {@code assessor selfreport status}. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Who has reported, who has not, and which rows are missing per agency, from a folder of " +
                    "returned workbooks (or a CSV/XLSX table). Workbooks with a bad cell are listed with every bad cell " +
                    "(file!sheet!cell: what is wrong, what to write) and not counted. The same table is written as " +
                    "report/tu-bao-cao.html by run and evaluate.")
    static final class Status implements Callable<Integer> {

        @Option(names = "--agencies", required = true, paramLabel = "FILE",
                description = "Agencies: CSV/XLSX (id,name,group,portal_url,services_url) or a JSON array.")
        Path agencies;

        @Option(names = "--self-reported", required = true, paramLabel = "DIR|FILE",
                description = "The folder of returned workbooks, or a CSV/XLSX table (agency_id,criterion_id,value,note).")
        Path selfReported;

        @Option(names = "--methodology", paramLabel = "FILE",
                description = "Methodology file, JSON or YAML (default: the shipped 2016-reconstructed).")
        Path methodology;

        @Override
        public Integer call() {
            List<Agency> list = AgencyListReader.read(agencies);
            Methodology m = Pipeline.methodology(methodology);
            SelfReport report = Pipeline.selfReport(selfReported, m, list);
            System.out.print(SelfReportStatus.of(m, list, report).table());
            return 0;
        }
    }
}
