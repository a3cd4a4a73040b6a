package org.wps.commitments.annualreport;

/** Descriptor of {@code processes/annual-report-cycle.bpmn}. */
final class AnnualReportCycleProcess {

    public static final String KEY = "annual-report-cycle";
    public static final String RESOURCE = "processes/annual-report-cycle.bpmn";

    /** The bean whose value is the cron cycle of the timer start event. */
    static final String CYCLE_BEAN = "annualReportCycle";

    private AnnualReportCycleProcess() {}

    /** Element ids. */
    public static final class Elements {
        public static final String CALL_FOR_INPUT_OPENS = "startEvent_callForInputOpens";
        public static final String OPEN_MISSION_INPUTS = "serviceTask_openMissionInputs";
        public static final String INPUTS_OPENED = "endEvent_inputsOpened";

        private Elements() {}
    }
}
