package org.wps.commitments.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.wps.commitments.commitment.CommitmentElement;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.mission.MissionOwned;
import org.wps.commitments.mission.MissionScopeCheck;

/**
 * One MARA monitoring review of a commitment over one period: a rating per commitment element, the overall
 * compliance, aggregate indicators with the MARA reference they come from, recommendations, endorsement and
 * the follow-up decided for it. Counts and references only: the tracker is not the MARA incident database.
 */
@Entity
@EntityListeners(MissionScopeCheck.class)
@Table(name = "monitoring_review")
public class MonitoringReview implements MissionOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(name = "mission_code", nullable = false)
    private String missionCode;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "overall_compliance")
    private OverallCompliance overallCompliance;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_element_rating", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "element")
    @Enumerated(EnumType.STRING)
    @Column(name = "rating", nullable = false)
    private Map<CommitmentElement, ElementRating> ratings = new EnumMap<>(CommitmentElement.class);

    @Column(name = "verified_incidents")
    private Integer verifiedIncidents;

    @Column(name = "investigations_opened")
    private Integer investigationsOpened;

    @Column(name = "mara_reference", length = 64)
    private String maraReference;

    @Column(length = 2000)
    private String recommendations;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sensitivity sensitivity;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up")
    private ReviewFollowUp followUp;

    @Column(name = "flagged_for_annual_report", nullable = false)
    private boolean flaggedForAnnualReport;

    @Column(name = "prepared_by")
    private String preparedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "return_comment", length = 2000)
    private String returnComment;

    @Column(name = "endorsed_by")
    private String endorsedBy;

    @Column(name = "endorsed_at")
    private Instant endorsedAt;

    @Column(name = "closed_note", length = 2000)
    private String closedNote;

    @Column(name = "process_instance_id", nullable = false)
    private String processInstanceId;

    @Version
    private long version;

    protected MonitoringReview() {}

    MonitoringReview(
            long commitmentId,
            String missionCode,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate dueDate,
            Sensitivity sensitivity,
            String processInstanceId) {
        this.commitmentId = commitmentId;
        this.missionCode = missionCode;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.dueDate = dueDate;
        this.sensitivity = sensitivity;
        this.processInstanceId = processInstanceId;
        this.status = ReviewStatus.DUE;
    }

    void submit(
            Map<CommitmentElement, ElementRating> ratings,
            OverallCompliance overall,
            int verifiedIncidents,
            int investigationsOpened,
            String maraReference,
            String recommendations,
            Sensitivity sensitivity,
            String preparedBy,
            Instant at) {
        this.ratings.clear();
        this.ratings.putAll(ratings);
        this.overallCompliance = overall;
        this.verifiedIncidents = verifiedIncidents;
        this.investigationsOpened = investigationsOpened;
        this.maraReference = maraReference;
        this.recommendations = recommendations;
        this.sensitivity = sensitivity;
        this.preparedBy = preparedBy;
        this.submittedAt = at;
        this.status = ReviewStatus.SUBMITTED;
    }

    void returnForChanges(String comment) {
        this.returnComment = comment;
        this.status = ReviewStatus.RETURNED;
    }

    void endorse(String by, Instant at) {
        this.endorsedBy = by;
        this.endorsedAt = at;
        this.status = ReviewStatus.ENDORSED;
    }

    void recordFollowUp(ReviewFollowUp followUp, boolean flagged) {
        this.followUp = followUp;
        this.flaggedForAnnualReport = flagged;
    }

    void moveDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    void note(String note) {
        this.closedNote = note;
    }

    void notHeld(String note) {
        this.status = ReviewStatus.NOT_HELD;
        this.closedNote = note;
    }

    /** True when every rated element is fully implemented (and at least one is rated). */
    public boolean allElementsFull() {
        return !ratings.isEmpty() && ratings.values().stream().allMatch(r -> r == ElementRating.FULL);
    }

    public Long getId() {
        return id;
    }

    public Long getCommitmentId() {
        return commitmentId;
    }

    public String getMissionCode() {
        return missionCode;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public OverallCompliance getOverallCompliance() {
        return overallCompliance;
    }

    public Map<CommitmentElement, ElementRating> getRatings() {
        return new LinkedHashMap<>(ratings);
    }

    public Integer getVerifiedIncidents() {
        return verifiedIncidents;
    }

    public Integer getInvestigationsOpened() {
        return investigationsOpened;
    }

    public String getMaraReference() {
        return maraReference;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public Sensitivity getSensitivity() {
        return sensitivity;
    }

    public ReviewFollowUp getFollowUp() {
        return followUp;
    }

    public boolean isFlaggedForAnnualReport() {
        return flaggedForAnnualReport;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public String getEndorsedBy() {
        return endorsedBy;
    }

    public Instant getEndorsedAt() {
        return endorsedAt;
    }

    public String getClosedNote() {
        return closedNote;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    /** "1 Jul 2026 – 30 Sep 2026"-style label of the period, ISO dates. */
    public String periodLabel() {
        return periodStart + " to " + periodEnd;
    }
}
