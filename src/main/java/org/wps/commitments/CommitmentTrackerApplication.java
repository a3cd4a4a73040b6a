package org.wps.commitments;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The CRSV Commitment Tracker: a Camunda 7 process application that follows commitments by parties to
 * conflict from engagement to signing and implementation. Processes and forms come from the top-level
 * {@code processes/} and {@code forms/} folders (see {@code META-INF/processes.xml}).
 */
@SpringBootApplication
@EnableProcessApplication("commitment-tracker")
@ConfigurationPropertiesScan
public class CommitmentTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommitmentTrackerApplication.class, args);
    }
}
