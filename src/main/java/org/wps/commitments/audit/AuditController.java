package org.wps.commitments.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.input.Input;
import org.wps.commitments.web.ForbiddenException;

/** {@code GET /api/audit}: the audit trail, for administrators only. */
@RestController
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/audit")
    List<AuditLog.Entry> trail(
            @RequestParam(name = "user", required = false) String userId,
            @RequestParam(name = "action", required = false) String action,
            @RequestParam(name = "mission", required = false) String mission,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size,
            Actor user) {
        if (!user.groupIds().contains(Roles.ADMINS)) {
            throw new ForbiddenException("Only administrators may read the audit trail.");
        }
        Input input = Input.of(Map.of(
                "action", action == null ? "" : action,
                "page", page == null ? "0" : page,
                "size", size == null ? "100" : size));
        AuditAction actionValue =
                action == null || action.isBlank() ? null : input.requiredChoice("action", "Action", AuditAction.class);
        Integer pageValue = input.requiredInteger("page", "Page", 0, 1_000_000);
        Integer sizeValue = input.requiredInteger("size", "Size", 1, 500);
        input.throwIfInvalid();
        return log.page(
                userId == null || userId.isBlank() ? null : userId.strip(),
                actionValue,
                mission == null || mission.isBlank() ? null : mission.strip().toUpperCase(Locale.ROOT),
                pageValue,
                sizeValue);
    }
}
