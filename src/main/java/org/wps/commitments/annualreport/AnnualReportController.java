package org.wps.commitments.annualreport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Actor;

/**
 * {@code /api/annual-report-inputs}: the annual report inputs of the caller's missions, one input with its
 * figures per party, and the CSV of an approved input.
 */
@RestController
@RequestMapping("/api/annual-report-inputs")
class AnnualReportController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AnnualReportService service;
    private final AnnualReportAccess access;

    AnnualReportController(AnnualReportService service, AnnualReportAccess access) {
        this.service = service;
        this.access = access;
    }

    /** Every input of {@code mission}, or of all the caller's missions when no mission is given; newest first. */
    @GetMapping
    List<InputSummary> list(@RequestParam(name = "mission", required = false) String mission, Actor user) {
        List<String> missions = mission == null || mission.isBlank()
                ? List.copyOf(user.missionCodes())
                : List.of(access.readableMission(mission, user).getCode());
        access.requireReader(user);
        return service.ofMissions(missions).stream()
                .filter(input -> AnnualReportAccess.maySee(input, user))
                .map(InputSummary::of)
                .toList();
    }

    @GetMapping("/{mission}/{year}")
    InputDetail get(@PathVariable("mission") String mission, @PathVariable("year") int year, Actor user) {
        AnnualReportInput input = access.readable(mission, year, user);
        return InputDetail.of(input, service.figuresOf(input.getId()));
    }

    @GetMapping("/{mission}/{year}/csv")
    ResponseEntity<String> csv(@PathVariable("mission") String mission, @PathVariable("year") int year, Actor user) {
        AnnualReportInput input = access.exported(mission, year, user, "as CSV");
        String fileName = input.getMissionCode() + "-annual-report-input-" + input.getReportYear() + ".csv";
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(AnnualReportCsv.write(input, service.figuresOf(input.getId())));
    }

    record InputSummary(
            String mission,
            int reportYear,
            InputStatus status,
            Sensitivity sensitivity,
            Instant figuresAsOf,
            String preparedBy,
            Instant preparedAt,
            String approvedBy,
            Instant approvedAt) {
        static InputSummary of(AnnualReportInput i) {
            return new InputSummary(
                    i.getMissionCode(),
                    i.getReportYear(),
                    i.getStatus(),
                    i.getSensitivity(),
                    i.getFiguresAsOf(),
                    i.getPreparedBy(),
                    i.getPreparedAt(),
                    i.getApprovedBy(),
                    i.getApprovedAt());
        }
    }

    record InputDetail(
            String mission,
            int reportYear,
            InputStatus status,
            Sensitivity sensitivity,
            Instant figuresAsOf,
            String preparedBy,
            Instant preparedAt,
            String approvedBy,
            Instant approvedAt,
            String returnComment,
            String highlights,
            List<AnnualReportFigures.Counts> parties) {
        static InputDetail of(AnnualReportInput i, List<AnnualReportFigures.Counts> parties) {
            return new InputDetail(
                    i.getMissionCode(),
                    i.getReportYear(),
                    i.getStatus(),
                    i.getSensitivity(),
                    i.getFiguresAsOf(),
                    i.getPreparedBy(),
                    i.getPreparedAt(),
                    i.getApprovedBy(),
                    i.getApprovedAt(),
                    i.getReturnComment(),
                    i.getHighlights(),
                    parties);
        }
    }
}
