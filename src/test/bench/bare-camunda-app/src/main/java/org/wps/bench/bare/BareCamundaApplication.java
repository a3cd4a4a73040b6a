package org.wps.bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Camunda's Spring Boot starter as it comes (engine, Cockpit, Tasklist, Admin, engine REST API, H2): the
 * baseline that benchmark W4 compares the tracker's start-up time and memory with.
 */
@SpringBootApplication
public class BareCamundaApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareCamundaApplication.class, args);
    }
}
