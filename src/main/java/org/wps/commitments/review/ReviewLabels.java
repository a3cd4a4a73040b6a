package org.wps.commitments.review;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wps.commitments.confidentiality.ItemsWithOwnProcess;
import org.wps.commitments.confidentiality.LabelledItems;
import org.wps.commitments.confidentiality.Sensitivity;

/** A review's label covers its own process, whose scopes carry its id ({@code reviewId}). */
@Configuration(proxyBeanMethods = false)
class ReviewLabels {

    @Bean
    LabelledItems labelledReviews(MonitoringReviewRepository reviews) {
        return new ItemsWithOwnProcess(
                MonitoringReviewProcess.Variables.REVIEW_ID.name(),
                id -> reviews.findById(id).map(MonitoringReview::getSensitivity).orElse(null),
                missions ->
                        reviews.findByMissionCodeInAndSensitivity(missions, Sensitivity.STRICTLY_CONFIDENTIAL).stream()
                                .map(MonitoringReview::getProcessInstanceId)
                                .toList());
    }
}
