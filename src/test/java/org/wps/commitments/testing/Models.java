package org.wps.commitments.testing;

/** BPMN models the HTTP tests deploy through the real REST API. */
public final class Models {

    private Models() {}

    /**
     * A small model that keeps every rule of the deployment guard: a start event, one user task for advisers with
     * a Camunda Form and a due date, a non-interrupting timer on it, and two end events. The comments
     * {@code <!--listeners-->} (inside the user task) and {@code <!--elements-->} (inside the process) mark where a
     * test inserts what it wants judged; {@code userTask_checkGuard} is the task's id.
     */
    public static String deployable(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="definitions_guardCheck"
                    targetNamespace="http://wps.org/commitments">
                  <bpmn:process id="KEY" isExecutable="true" camunda:historyTimeToLive="P30D">
                    <bpmn:startEvent id="startEvent_guardStarted" name="Guard started">
                      <bpmn:outgoing>flow_toCheck</bpmn:outgoing>
                    </bpmn:startEvent>
                    <bpmn:sequenceFlow id="flow_toCheck" sourceRef="startEvent_guardStarted" targetRef="userTask_checkGuard"/>
                    <bpmn:userTask id="userTask_checkGuard" name="Check guard" camunda:candidateGroups="advisers"
                        camunda:formRef="record-signing" camunda:formRefBinding="latest" camunda:dueDate="${due}">
                      <!--listeners-->
                      <bpmn:incoming>flow_toCheck</bpmn:incoming>
                      <bpmn:outgoing>flow_toChecked</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="flow_toChecked" sourceRef="userTask_checkGuard" targetRef="endEvent_guardChecked"/>
                    <bpmn:endEvent id="endEvent_guardChecked" name="Guard checked">
                      <bpmn:incoming>flow_toChecked</bpmn:incoming>
                    </bpmn:endEvent>
                    <bpmn:boundaryEvent id="timer_checkOverdue" name="Check overdue" cancelActivity="false"
                        attachedToRef="userTask_checkGuard">
                      <bpmn:outgoing>flow_toReminded</bpmn:outgoing>
                      <bpmn:timerEventDefinition id="timerDefinition_checkOverdue">
                        <bpmn:timeDate>${due}</bpmn:timeDate>
                      </bpmn:timerEventDefinition>
                    </bpmn:boundaryEvent>
                    <bpmn:sequenceFlow id="flow_toReminded" sourceRef="timer_checkOverdue" targetRef="endEvent_reminded"/>
                    <bpmn:endEvent id="endEvent_reminded" name="Reminded">
                      <bpmn:incoming>flow_toReminded</bpmn:incoming>
                    </bpmn:endEvent>
                    <!--elements-->
                  </bpmn:process>
                </bpmn:definitions>
                """
                .replace("KEY", key);
    }
}
