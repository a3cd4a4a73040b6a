package org.wps.commitments.annualreport;

import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.wps.commitments.audit.AuditAction;
import org.wps.commitments.audit.AuditLog;
import org.wps.commitments.confidentiality.Clearance;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.mission.Mission;
import org.wps.commitments.mission.MissionAccess;
import org.wps.commitments.web.ForbiddenException;
import org.wps.commitments.web.NotFoundException;

/**
 * Who may read a mission's annual report inputs: the mission's advisers, senior advisers and leadership, and the
 * OSRSG-SVC desk and managers, who belong to every mission. A mission the caller does not belong to does not
 * exist for her (404); a role without a part in the report is refused (403).
 */
@Component
class AnnualReportAccess {

    static final Set<String> READERS = Set.of(
            Roles.ADVISERS,
            Roles.SENIOR_ADVISERS,
            Roles.MISSION_LEADERSHIP,
            Roles.OSRSG_SVC,
            Roles.MANAGERS,
            Roles.ADMINS);

    private final MissionAccess missions;
    private final AnnualReportService service;

    private final AuditLog audit;

    AnnualReportAccess(MissionAccess missions, AnnualReportService service, AuditLog audit) {
        this.audit = audit;
        this.missions = missions;
        this.service = service;
    }

    Mission readableMission(String missionCode, Actor user) {
        Mission mission = missions.visibleMission(missionCode, user);
        requireReader(user);
        return mission;
    }

    void requireReader(Actor user) {
        if (user.groupIds().stream().noneMatch(READERS::contains)) {
            throw new ForbiddenException("Only advisers, senior advisers, mission leadership, the OSRSG-SVC desk and "
                    + "managers may read annual report inputs.");
        }
    }

    AnnualReportInput readable(String missionCode, int reportYear, Actor user) {
        AnnualReportInput input = service.get(readableMission(missionCode, user).getCode(), reportYear);
        if (!maySee(input, user)) {
            // as if it did not exist, like another mission's (confidentiality.Clearance)
            throw new NotFoundException(
                    "No annual report input " + reportYear + " of " + input.getMissionCode() + " among your missions.");
        }
        if (input.getSensitivity() == Sensitivity.STRICTLY_CONFIDENTIAL) {
            audit.record(
                    user,
                    AuditAction.READ_STRICTLY_CONFIDENTIAL,
                    input.getMissionCode(),
                    "annual report input " + input.getMissionCode() + " " + reportYear,
                    null);
        }
        return input;
    }

    /** Whether the user's role may see the input's sensitivity (its mission is checked apart). */
    static boolean maySee(AnnualReportInput input, Actor user) {
        return Clearance.maySee(user, input.getMissionCode(), input.getSensitivity());
    }

    /** An approved input handed out as a file or a printable page: recorded in the audit trail. */
    AnnualReportInput exported(String missionCode, int reportYear, Actor user, String how) {
        AnnualReportInput input = downloadable(missionCode, reportYear, user);
        audit.record(
                user,
                AuditAction.EXPORT,
                input.getMissionCode(),
                "annual report input " + input.getMissionCode() + " " + reportYear + " " + how,
                null);
        return input;
    }

    /** An input that may be downloaded: approved, or a 409 problem saying where it stands. */
    AnnualReportInput downloadable(String missionCode, int reportYear, Actor user) {
        AnnualReportInput input = readable(missionCode, reportYear, user);
        if (input.getStatus() != InputStatus.APPROVED) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONFLICT,
                    "The " + reportYear + " input of " + input.getMissionCode() + " is not approved yet (status "
                            + input.getStatus() + "). Only an approved input can be downloaded.");
            problem.setTitle("Not approved yet");
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
        }
        return input;
    }
}
