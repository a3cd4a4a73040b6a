package org.wps.commitments.input;

import java.util.List;

/**
 * Input that breaks a business rule, with one plain-language problem per field. Answered as a 400 problem
 * detail by the API; task listeners turn it into a form validation error that Tasklist shows.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String summary(List<FieldProblem> problems) {
        StringBuilder text = new StringBuilder("Please correct the following: ");
        for (int i = 0; i < problems.size(); i++) {
            text.append(i == 0 ? "" : " ").append(problems.get(i).message());
        }
        return text.toString();
    }

    /** One problem with one input field. */
    public record FieldProblem(String field, String message) {}
}
