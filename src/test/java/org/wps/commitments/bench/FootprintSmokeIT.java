package org.wps.commitments.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wps.commitments.cluster.AppNode;

/**
 * W4's benchmark ({@link FootprintBench}) in small, correctness only: one start of the packaged tracker through the
 * same measuring code, which must see it healthy and read a start-up time and a resident memory. No time or memory
 * threshold, and no bare app (it is built only by {@code mvn verify -Pbench}).
 */
class FootprintSmokeIT {

    @Test
    void measuresOneStartOfThePackagedTracker() {
        Footprint footprint =
                Footprint.measure("w4-smoke", AppNode.Program.tracker(), Map.of(), List.of(), Duration.ZERO);

        assertThat(footprint.healthStatus()).isEqualTo(200);
        assertThat(footprint.healthBody()).contains("\"status\":\"UP\"");
        assertThat(footprint.startupMillis()).isPositive();
        assertThat(footprint.startupCpuMillis()).isPositive();
        assertThat(footprint.residentMiB()).isPositive();
        assertThat(footprint.peakResidentMiB()).isGreaterThanOrEqualTo(footprint.residentMiB());
    }
}
