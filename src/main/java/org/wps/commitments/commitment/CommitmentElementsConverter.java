package org.wps.commitments.commitment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Stores the elements a text covers as a comma-separated list of codes. */
@Converter
class CommitmentElementsConverter implements AttributeConverter<List<CommitmentElement>, String> {

    @Override
    public String convertToDatabaseColumn(List<CommitmentElement> elements) {
        return elements == null || elements.isEmpty()
                ? null
                : elements.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public List<CommitmentElement> convertToEntityAttribute(String column) {
        return column == null || column.isBlank()
                ? List.of()
                : Arrays.stream(column.split(","))
                        .map(CommitmentElement::valueOf)
                        .toList();
    }
}
