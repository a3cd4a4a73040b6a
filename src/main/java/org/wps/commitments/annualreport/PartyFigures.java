package org.wps.commitments.annualreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The figures of one party in a mission's annual report input: counts only, never a name of a person or a
 * narrative. Commitments are counted as they stand at the snapshot (closed ones only if closed in the report
 * year); escalations, reviews and concerns are those of the report year.
 */
@Entity
@Table(name = "annual_report_party")
class PartyFigures {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "input_id", nullable = false)
    private Long inputId;

    @Column(name = "party_code", nullable = false)
    private String partyCode;

    @Column(name = "party_name", nullable = false)
    private String partyName;

    @Column(name = "commitments_open", nullable = false)
    private int commitmentsOpen;

    @Column(name = "commitments_closed", nullable = false)
    private int commitmentsClosed;

    @Column(name = "commitments_by_stage", nullable = false, length = 500)
    private String commitmentsByStage;

    @Column(name = "plans_by_status", nullable = false, length = 300)
    private String plansByStatus;

    @Column(name = "plans_validated", nullable = false)
    private int plansValidated;

    @Column(name = "activities_total", nullable = false)
    private int activitiesTotal;

    @Column(name = "activities_completed", nullable = false)
    private int activitiesCompleted;

    @Column(name = "activities_overdue", nullable = false)
    private int activitiesOverdue;

    @Column(name = "activities_unfunded", nullable = false)
    private int activitiesUnfunded;

    @Column(name = "escalations_raised", nullable = false)
    private int escalationsRaised;

    @Column(name = "highest_escalation_level", nullable = false)
    private int highestEscalationLevel;

    @Column(name = "reviews_endorsed", nullable = false)
    private int reviewsEndorsed;

    @Column(name = "reviews_flagged", nullable = false)
    private int reviewsFlagged;

    @Column(name = "latest_compliance", length = 20)
    private String latestCompliance;

    @Column(name = "ratings_not_started", nullable = false)
    private int ratingsNotStarted;

    @Column(name = "ratings_partial", nullable = false)
    private int ratingsPartial;

    @Column(name = "ratings_substantial", nullable = false)
    private int ratingsSubstantial;

    @Column(name = "ratings_full", nullable = false)
    private int ratingsFull;

    @Column(name = "concerns_verified_allegation", nullable = false)
    private int concernsVerifiedAllegation;

    @Column(name = "concerns_denial_of_access", nullable = false)
    private int concernsDenialOfAccess;

    @Column(name = "concerns_amnesty", nullable = false)
    private int concernsAmnesty;

    protected PartyFigures() {}

    PartyFigures(long inputId, AnnualReportFigures.Counts counts) {
        this.inputId = inputId;
        this.partyCode = counts.partyCode();
        this.partyName = counts.partyName();
        this.commitmentsOpen = counts.commitmentsOpen();
        this.commitmentsClosed = counts.commitmentsClosed();
        this.commitmentsByStage = counts.commitmentsByStage();
        this.plansByStatus = counts.plansByStatus();
        this.plansValidated = counts.plansValidated();
        this.activitiesTotal = counts.activitiesTotal();
        this.activitiesCompleted = counts.activitiesCompleted();
        this.activitiesOverdue = counts.activitiesOverdue();
        this.activitiesUnfunded = counts.activitiesUnfunded();
        this.escalationsRaised = counts.escalationsRaised();
        this.highestEscalationLevel = counts.highestEscalationLevel();
        this.reviewsEndorsed = counts.reviewsEndorsed();
        this.reviewsFlagged = counts.reviewsFlagged();
        this.latestCompliance = counts.latestCompliance();
        this.ratingsNotStarted = counts.ratingsNotStarted();
        this.ratingsPartial = counts.ratingsPartial();
        this.ratingsSubstantial = counts.ratingsSubstantial();
        this.ratingsFull = counts.ratingsFull();
        this.concernsVerifiedAllegation = counts.concernsVerifiedAllegation();
        this.concernsDenialOfAccess = counts.concernsDenialOfAccess();
        this.concernsAmnesty = counts.concernsAmnesty();
    }

    /** The stored figures as the value the snapshot computed. */
    public AnnualReportFigures.Counts counts() {
        return new AnnualReportFigures.Counts(
                partyCode,
                partyName,
                commitmentsOpen,
                commitmentsClosed,
                commitmentsByStage,
                plansByStatus,
                plansValidated,
                activitiesTotal,
                activitiesCompleted,
                activitiesOverdue,
                activitiesUnfunded,
                escalationsRaised,
                highestEscalationLevel,
                reviewsEndorsed,
                reviewsFlagged,
                latestCompliance,
                ratingsNotStarted,
                ratingsPartial,
                ratingsSubstantial,
                ratingsFull,
                concernsVerifiedAllegation,
                concernsDenialOfAccess,
                concernsAmnesty);
    }

    public Long getId() {
        return id;
    }

    public Long getInputId() {
        return inputId;
    }

    public String getPartyCode() {
        return partyCode;
    }
}
