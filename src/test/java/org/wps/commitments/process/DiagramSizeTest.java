package org.wps.commitments.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * Every diagram a designer opens fits one screen at 100% in Camunda Modeler (decision 0011): each plane's shapes,
 * labels and flows lie inside {@value #WIDTH} by {@value #HEIGHT} pixels from the origin, which is what a 1920x1080
 * display shows beside the properties panel. Large processes reach that by drawing sub-processes collapsed, each on
 * a plane of its own that Modeler opens with its drill-down arrow; so every element must sit on the plane Modeler
 * shows it on, or it would be drawn nowhere.
 */
class DiagramSizeTest {

    static final int WIDTH = 1600;
    static final int HEIGHT = 850;

    @Test
    void everyPlaneFitsOneScreen() throws IOException {
        for (Path file : bpmnFiles()) {
            assertThat(sizeProblems(Bpmn.readModelFromFile(file.toFile())))
                    .as(file + " at 100%% must fit %dx%d", WIDTH, HEIGHT)
                    .isEmpty();
        }
    }

    @Test
    void everyElementIsDrawnOnThePlaneModelerShowsItOn() throws IOException {
        for (Path file : bpmnFiles()) {
            assertThat(planeProblems(Bpmn.readModelFromFile(file.toFile())))
                    .as(file.toString())
                    .isEmpty();
        }
    }

    @Test
    void theChecksCanFail() {
        BpmnModelInstance tooWide = Bpmn.createExecutableProcess("too-wide")
                .startEvent("startEvent_a")
                .serviceTask("serviceTask_1")
                .camundaExpression("${true}")
                .serviceTask("serviceTask_2")
                .camundaExpression("${true}")
                .serviceTask("serviceTask_3")
                .camundaExpression("${true}")
                .serviceTask("serviceTask_4")
                .camundaExpression("${true}")
                .serviceTask("serviceTask_5")
                .camundaExpression("${true}")
                .serviceTask("serviceTask_6")
                .camundaExpression("${true}")
                .serviceTask("serviceTask_7")
                .camundaExpression("${true}")
                .serviceTask("serviceTask_8")
                .camundaExpression("${true}")
                .serviceTask("serviceTask_9")
                .camundaExpression("${true}")
                .serviceTask("serviceTask_10")
                .camundaExpression("${true}")
                .serviceTask("serviceTask_11")
                .camundaExpression("${true}")
                .endEvent("endEvent_b")
                .done();
        assertThat(sizeProblems(tooWide)).anySatisfy(p -> assertThat(p).contains("wide"));

        BpmnModelInstance collapsedButDrawnOutside = Bpmn.createExecutableProcess("collapsed")
                .startEvent("startEvent_a")
                .subProcess("subProcess_inner")
                .embeddedSubProcess()
                .startEvent("startEvent_inner")
                .endEvent("endEvent_inner")
                .subProcessDone()
                .endEvent("endEvent_b")
                .done();
        assertThat(planeProblems(collapsedButDrawnOutside)).isEmpty();
        BpmnShape inner = shapeOf(collapsedButDrawnOutside, "subProcess_inner");
        inner.setExpanded(false);
        assertThat(planeProblems(collapsedButDrawnOutside))
                .anySatisfy(p -> assertThat(p).contains("startEvent_inner").contains("subProcess_inner"))
                .anySatisfy(p -> assertThat(p).contains("no plane of its own"));
    }

    private static List<Path> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            List<Path> bpmn =
                    files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(bpmn).isNotEmpty();
            return bpmn;
        }
    }

    static List<String> sizeProblems(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        for (BpmnDiagram diagram : model.getModelElementsByType(BpmnDiagram.class)) {
            BpmnPlane plane = diagram.getBpmnPlane();
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (DiagramElement element : plane.getDiagramElements()) {
                List<double[]> points = new ArrayList<>();
                if (element instanceof BpmnShape shape) {
                    corners(shape.getBounds(), points);
                    label(shape.getBpmnLabel(), points);
                } else if (element instanceof BpmnEdge edge) {
                    for (Waypoint point : edge.getWaypoints()) {
                        points.add(new double[] {point.getX(), point.getY()});
                    }
                    label(edge.getBpmnLabel(), points);
                }
                for (double[] point : points) {
                    minX = Math.min(minX, point[0]);
                    minY = Math.min(minY, point[1]);
                    maxX = Math.max(maxX, point[0]);
                    maxY = Math.max(maxY, point[1]);
                }
            }
            String name = plane.getBpmnElement().getId();
            if (minX < 0 || minY < 0) {
                problems.add(
                        "plane '%s' starts at (%.0f, %.0f), left of or above the origin".formatted(name, minX, minY));
            }
            if (maxX > WIDTH) {
                problems.add("plane '%s' is %.0f px wide".formatted(name, maxX));
            }
            if (maxY > HEIGHT) {
                problems.add("plane '%s' is %.0f px high".formatted(name, maxY));
            }
        }
        return problems;
    }

    private static void corners(Bounds bounds, List<double[]> points) {
        points.add(new double[] {bounds.getX(), bounds.getY()});
        points.add(new double[] {bounds.getX() + bounds.getWidth(), bounds.getY() + bounds.getHeight()});
    }

    private static void label(BpmnLabel label, List<double[]> points) {
        if (label != null && label.getBounds() != null) {
            corners(label.getBounds(), points);
        }
    }

    /**
     * Modeler shows a flow element on the plane of its nearest enclosing process or collapsed sub-process; a
     * collapsed sub-process needs a plane of its own, an expanded one must not have one.
     */
    static List<String> planeProblems(BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        Map<String, String> drawnOn = new HashMap<>();
        Map<String, BpmnShape> shapes = new HashMap<>();
        for (BpmnDiagram diagram : model.getModelElementsByType(BpmnDiagram.class)) {
            BpmnPlane plane = diagram.getBpmnPlane();
            String planeId = plane.getBpmnElement().getId();
            if (plane.getBpmnElement() instanceof SubProcess) {
                BpmnShape shape = shapeOf(model, planeId);
                if (shape != null && shape.isExpanded()) {
                    problems.add("'%s' is drawn expanded but also has a plane of its own".formatted(planeId));
                }
            }
            for (DiagramElement element : plane.getDiagramElements()) {
                BaseElement drawn = element instanceof BpmnShape shape
                        ? shape.getBpmnElement()
                        : element instanceof BpmnEdge edge ? edge.getBpmnElement() : null;
                if (drawn != null) {
                    drawnOn.put(drawn.getId(), planeId);
                    if (element instanceof BpmnShape shape) {
                        shapes.put(drawn.getId(), shape);
                    }
                }
            }
        }
        for (SubProcess subProcess : model.getModelElementsByType(SubProcess.class)) {
            BpmnShape shape = shapes.get(subProcess.getId());
            boolean hasPlane = model.getModelElementsByType(BpmnPlane.class).stream()
                    .anyMatch(p -> p.getBpmnElement() == subProcess);
            if (shape != null && !shape.isExpanded() && !hasPlane) {
                problems.add("'%s' is drawn collapsed but has no plane of its own".formatted(subProcess.getId()));
            }
        }
        List<FlowElement> elements = new ArrayList<>();
        elements.addAll(model.getModelElementsByType(FlowNode.class));
        elements.addAll(model.getModelElementsByType(SequenceFlow.class));
        for (FlowElement element : elements) {
            String expected = expectedPlane(element, shapes);
            String actual = drawnOn.get(element.getId());
            if (actual == null) {
                problems.add("'%s' is not drawn".formatted(element.getId()));
            } else if (!actual.equals(expected)) {
                problems.add("'%s' is drawn on plane '%s' but Modeler shows it on '%s'"
                        .formatted(element.getId(), actual, expected));
            }
        }
        return problems;
    }

    private static String expectedPlane(FlowElement element, Map<String, BpmnShape> shapes) {
        ModelElementInstance parent = element.getParentElement();
        while (parent != null) {
            if (parent instanceof Process process) {
                return process.getId();
            }
            if (parent instanceof SubProcess subProcess) {
                BpmnShape shape = shapes.get(subProcess.getId());
                if (shape != null && !shape.isExpanded()) {
                    return subProcess.getId();
                }
            }
            parent = parent.getParentElement();
        }
        return null;
    }

    private static BpmnShape shapeOf(BpmnModelInstance model, String elementId) {
        return model.getModelElementsByType(BpmnShape.class).stream()
                .filter(s -> s.getBpmnElement() != null
                        && elementId.equals(s.getBpmnElement().getId()))
                .findFirst()
                .orElse(null);
    }
}
