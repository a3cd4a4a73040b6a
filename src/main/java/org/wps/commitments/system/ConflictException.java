package org.wps.commitments.system;

/** The request is understood but clashes with the state of what it addresses (HTTP 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
