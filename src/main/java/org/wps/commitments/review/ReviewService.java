package org.wps.commitments.review;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentElement;
import org.wps.commitments.commitment.CommitmentService;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.system.CommitmentsProperties;
import org.wps.commitments.time.Deadlines;
import org.wps.commitments.web.NotFoundException;

/** Monitoring reviews: opened per period, prepared, endorsed or returned, followed up, or not held. */
@Service
@Transactional
public class ReviewService {

    private final MonitoringReviewRepository reviews;
    private final CommitmentService commitments;
    private final Deadlines deadlines;
    private final CommitmentsProperties properties;

    ReviewService(
            MonitoringReviewRepository reviews,
            CommitmentService commitments,
            Deadlines deadlines,
            CommitmentsProperties properties) {
        this.reviews = reviews;
        this.commitments = commitments;
        this.deadlines = deadlines;
        this.properties = properties;
    }

    /** What an adviser submits for a review. */
    public record Submission(
            Map<CommitmentElement, ElementRating> ratings,
            OverallCompliance overall,
            int verifiedIncidents,
            int investigationsOpened,
            String maraReference,
            String recommendations,
            Sensitivity sensitivity) {}

    /**
     * Opens the review of the period that ended yesterday, which starts the day after the previous review's
     * period (or at signing). Opening twice for the same period (a retried job) returns the same review.
     */
    public MonitoringReview open(long commitmentId, String processInstanceId) {
        Commitment commitment = commitments.get(commitmentId);
        LocalDate periodEnd = deadlines.today().minusDays(1);
        var existing = reviews.findByCommitmentIdAndPeriodEnd(commitmentId, periodEnd);
        if (existing.isPresent()) {
            return existing.get();
        }
        LocalDate periodStart = reviews.findFirstByCommitmentIdOrderByPeriodEndDesc(commitmentId)
                .map(previous -> previous.getPeriodEnd().plusDays(1))
                .orElse(commitment.getSignedOn() != null ? commitment.getSignedOn() : periodEnd);
        if (periodStart.isAfter(periodEnd)) {
            periodStart = periodEnd;
        }
        LocalDate due = periodEnd.plus(properties.reviews().submitWithin());
        return reviews.save(new MonitoringReview(
                commitmentId,
                commitment.getMissionCode(),
                periodStart,
                periodEnd,
                due,
                commitment.getSensitivity(),
                processInstanceId));
    }

    @Transactional(readOnly = true)
    public MonitoringReview get(long id) {
        return reviews.findById(id).orElseThrow(() -> new NotFoundException("No monitoring review " + id));
    }

    @Transactional(readOnly = true)
    public List<MonitoringReview> ofCommitment(long commitmentId) {
        return reviews.findByCommitmentIdOrderByPeriodEndDesc(commitmentId);
    }

    public MonitoringReview submit(long id, Submission s, Actor actor) {
        MonitoringReview review = get(id);
        review.submit(
                s.ratings(),
                s.overall(),
                s.verifiedIncidents(),
                s.investigationsOpened(),
                s.maraReference(),
                s.recommendations(),
                s.sensitivity(),
                actor.userId(),
                deadlines.now());
        return review;
    }

    public MonitoringReview returnForChanges(long id, String comment) {
        MonitoringReview review = get(id);
        review.returnForChanges(comment);
        return review;
    }

    public MonitoringReview endorse(long id, Actor actor) {
        MonitoringReview review = get(id);
        review.endorse(actor.userId(), deadlines.now());
        return review;
    }

    /** The overall compliance of the last endorsed review before this one, or NONE. */
    @Transactional(readOnly = true)
    public String previousCompliance(MonitoringReview review) {
        return reviews.findFirstByCommitmentIdAndStatusAndIdNotOrderByPeriodEndDesc(
                        review.getCommitmentId(), ReviewStatus.ENDORSED, review.getId())
                .filter(previous -> previous.getPeriodEnd().isBefore(review.getPeriodEnd()))
                .map(previous -> previous.getOverallCompliance().name())
                .orElse("NONE");
    }

    public MonitoringReview recordFollowUp(long id, ReviewFollowUp followUp, boolean flagged) {
        MonitoringReview review = get(id);
        review.recordFollowUp(followUp, flagged);
        return review;
    }

    public MonitoringReview moveDueDate(long id, LocalDate dueDate, String note) {
        MonitoringReview review = get(id);
        review.moveDueDate(dueDate);
        review.note(note);
        return review;
    }

    public MonitoringReview note(long id, String note) {
        MonitoringReview review = get(id);
        review.note(note);
        return review;
    }

    public MonitoringReview notHeld(long id, String note) {
        MonitoringReview review = get(id);
        review.notHeld(note);
        return review;
    }

    /** Closes every review of the commitment still owed or awaiting endorsement: the commitment was closed. */
    public int closeOpen(long commitmentId, String note) {
        List<MonitoringReview> open = reviews.findByCommitmentIdAndStatusIn(
                commitmentId, EnumSet.of(ReviewStatus.DUE, ReviewStatus.RETURNED, ReviewStatus.SUBMITTED));
        open.forEach(r -> r.notHeld(note));
        return open.size();
    }

    /** The latest endorsed review of the commitment, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<MonitoringReview> latestEndorsed(long commitmentId) {
        return reviews.findByCommitmentIdOrderByPeriodEndDesc(commitmentId).stream()
                .filter(r -> r.getStatus() == ReviewStatus.ENDORSED)
                .findFirst();
    }
}
